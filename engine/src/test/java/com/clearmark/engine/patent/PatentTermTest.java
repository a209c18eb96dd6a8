package com.clearmark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatentTermTest {

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private static Patent utility(String filed, String granted) {
    return grant(PatentType.UTILITY, filed, filed, granted, 0, false, null, null);
  }

  private static Patent grant(
      PatentType type,
      String filed,
      String earliest,
      String granted,
      int pta,
      boolean disclaimer,
      String disclaimed,
      String lapsed) {
    return new Patent(
        "10123456",
        type == PatentType.DESIGN ? "S1" : "B2",
        type,
        "Insulated drinking bottle with a folding straw",
        "Altura Outdoor Inc.",
        filed == null ? null : day(filed),
        day(granted),
        earliest == null ? null : day(earliest),
        pta,
        disclaimer,
        disclaimed == null ? null : day(disclaimed),
        lapsed == null ? null : day(lapsed),
        List.of("A47G 19/2266"),
        List.of());
  }

  @Test
  void utilityPatentRunsTwentyYearsFromFiling() {
    var expiry = PatentTerm.expiry(utility("2012-03-15", "2015-09-01"));

    assertThat(expiry.date()).isEqualTo(day("2032-03-15"));
    assertThat(expiry.explanation())
        .containsExactly(
            "A utility patent runs 20 years from its filing on 2012-03-15, to 2032-03-15.");
  }

  @Test
  void termAdjustmentAddsItsDays() {
    var expiry =
        PatentTerm.expiry(
            grant(
                PatentType.UTILITY,
                "2012-03-15",
                "2012-03-15",
                "2016-01-05",
                412,
                false,
                null,
                null));

    assertThat(expiry.date()).isEqualTo(day("2033-05-01"));
    assertThat(expiry.explanation().get(1)).contains("adds 412 days").contains("2033-05-01");
  }

  @Test
  void continuationCountsFromTheEarliestNonProvisionalFiling() {
    var expiry =
        PatentTerm.expiry(
            grant(
                PatentType.UTILITY,
                "2016-06-01",
                "2011-02-10",
                "2018-11-13",
                0,
                false,
                null,
                null));

    assertThat(expiry.date()).isEqualTo(day("2031-02-10"));
    assertThat(expiry.explanation().get(0))
        .contains("earliest US non-provisional filing on 2011-02-10")
        .contains("filed on 2016-06-01");
  }

  @Test
  void applicationFiledBeforeEightJune1995GetsTheLongerOfTheTwoTerms() {
    // Granted late: 17 years from grant outlasts 20 years from filing.
    var late = PatentTerm.expiry(utility("1994-01-10", "1999-05-04"));
    assertThat(late.date()).isEqualTo(day("2016-05-04"));

    // Granted quickly: 20 years from filing is the longer.
    var quick = PatentTerm.expiry(utility("1995-06-07", "1996-02-20"));
    assertThat(quick.date()).isEqualTo(day("2015-06-07"));
    assertThat(quick.explanation().get(0)).contains("filed before 8 June 1995");
  }

  @Test
  void applicationFiledOnEightJune1995TakesTheTwentyYearTermOnly() {
    var expiry = PatentTerm.expiry(utility("1995-06-08", "1997-02-20"));

    assertThat(expiry.date()).isEqualTo(day("2015-06-08"));
  }

  @Test
  void termAdjustmentIsNotAddedUnderThePre1995Rule() {
    var expiry =
        PatentTerm.expiry(
            grant(
                PatentType.UTILITY,
                "1994-01-10",
                "1994-01-10",
                "1999-05-04",
                300,
                false,
                null,
                null));

    assertThat(expiry.date()).isEqualTo(day("2016-05-04"));
  }

  @Test
  void terminalDisclaimerCapsTheTerm() {
    var expiry =
        PatentTerm.expiry(
            grant(
                PatentType.UTILITY,
                "2014-05-01",
                "2014-05-01",
                "2017-08-08",
                200,
                true,
                "2031-02-10",
                null));

    assertThat(expiry.date()).isEqualTo(day("2031-02-10"));
    assertThat(expiry.explanation()).last().asString().contains("terminal disclaimer ends");
  }

  @Test
  void terminalDisclaimerWithoutADateIsSaidToMayEndEarlier() {
    var expiry =
        PatentTerm.expiry(
            grant(
                PatentType.UTILITY, "2014-05-01", "2014-05-01", "2017-08-08", 0, true, null, null));

    assertThat(expiry.date()).isEqualTo(day("2034-05-01"));
    assertThat(expiry.explanation()).last().asString().contains("may end earlier");
  }

  @Test
  void designFiledFromThirteenMay2015RunsFifteenYearsFromGrant() {
    var expiry =
        PatentTerm.expiry(
            grant(
                PatentType.DESIGN,
                "2015-05-13",
                "2015-05-13",
                "2017-03-07",
                90,
                false,
                null,
                null));

    assertThat(expiry.date()).isEqualTo(day("2032-03-07"));
  }

  @Test
  void designFiledBeforeThirteenMay2015RunsFourteenYearsFromGrant() {
    var expiry =
        PatentTerm.expiry(
            grant(
                PatentType.DESIGN, "2015-05-12", "2015-05-12", "2016-10-04", 0, false, null, null));

    assertThat(expiry.date()).isEqualTo(day("2030-10-04"));
    assertThat(expiry.explanation().get(0)).contains("before 13 May 2015").contains("14 years");
  }

  @Test
  void unpaidMaintenanceFeeEndsTheTermAtTheLapse() {
    var expiry =
        PatentTerm.expiry(
            grant(
                PatentType.UTILITY,
                "2010-01-04",
                "2010-01-04",
                "2013-06-11",
                0,
                false,
                null,
                "2021-06-11"));

    assertThat(expiry.date()).isEqualTo(day("2021-06-11"));
    assertThat(expiry.inForceOn(day("2021-06-11"))).isTrue();
    assertThat(expiry.inForceOn(day("2021-06-12"))).isFalse();
    assertThat(expiry.explanation()).last().asString().contains("maintenance fee");
  }

  @Test
  void patentIsInForceFromGrantToTheLastDayOfItsTerm() {
    var expiry = PatentTerm.expiry(utility("2012-03-15", "2015-09-01"));

    assertThat(expiry.inForceOn(day("2015-08-31"))).isFalse();
    assertThat(expiry.inForceOn(day("2015-09-01"))).isTrue();
    assertThat(expiry.inForceOn(day("2032-03-15"))).isTrue();
    assertThat(expiry.inForceOn(day("2032-03-16"))).isFalse();
  }

  @Test
  void reissueKeepsTheOriginalsTerm() {
    var expiry =
        PatentTerm.expiry(
            grant(
                PatentType.REISSUE,
                "2019-04-02",
                "2009-07-20",
                "2020-12-01",
                0,
                false,
                null,
                null));

    assertThat(expiry.date()).isEqualTo(day("2029-07-20"));
    assertThat(expiry.explanation().get(0)).contains("reissue");
  }
}
