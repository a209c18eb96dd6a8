package com.clearmark.app.notice;

import static com.clearmark.app.notice.NoticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.enforcement.TestBuyOutcome;
import com.clearmark.app.notice.AccuracyPolicy.ClassesCoverGoods;
import com.clearmark.app.notice.AccuracyPolicy.CopyrightNamesWork;
import com.clearmark.app.notice.AccuracyPolicy.GenuineResaleNeedsCounterfeitEvidence;
import com.clearmark.app.notice.AccuracyPolicy.ListingStillLive;
import com.clearmark.app.notice.AccuracyPolicy.OneIpType;
import com.clearmark.app.notice.AccuracyPolicy.RegimeElementsPresent;
import com.clearmark.app.notice.AccuracyPolicy.RegistrationLive;
import com.clearmark.app.notice.AccuracyPolicy.SellerNotAuthorized;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticePoliciesTest {

  private static final Set<Integer> CHARGERS = Set.of(9);

  private static Notice amazonDe(String registration, int asins) {
    return notice("amazon.de", amazonContent(registration), items(asins, "amazon.de"));
  }

  @Test
  void genuineResellerOnAmazonDeWithOnlyAUsRegistrationFailsRegistrationLive() {
    var resale =
        listed(genuineResaleOnAmazonDe(), "TM_EXACT", List.of("TM_EXACT"), List.of(), CHARGERS);
    var check =
        new RegistrationLive()
            .check(evidence(amazonDe("6123456", 1), Optional.of(usRegistration()), resale));

    assertThat(check.passed()).isFalse();
    assertThat(check.reason()).contains("US registration").contains("DE").contains("amazon.de");
  }

  @Test
  void anEuTradeMarkCoversAmazonDe() {
    var replica =
        listed(replicaOnAmazonDe(), "TM_LOOKALIKE", List.of("TM_LOOKALIKE"), List.of(), CHARGERS);
    var check =
        new RegistrationLive()
            .check(evidence(amazonDe("018234567", 1), Optional.of(euRegistration()), replica));

    assertThat(check.passed()).as(check.reason()).isTrue();
  }

  @Test
  void aUsRegistrationCoversAmazonComButNotAmazonCoUk() {
    var us = usRegistration();
    var onCom =
        new RegistrationLive()
            .check(
                evidence(
                    notice("amazon.com", amazonContent("6123456"), items(1, "amazon.com")),
                    Optional.of(us)));
    var onUk =
        new RegistrationLive()
            .check(
                evidence(
                    notice("amazon.co.uk", amazonContent("6123456"), items(1, "amazon.co.uk")),
                    Optional.of(us)));

    assertThat(onCom.passed()).isTrue();
    assertThat(onUk.passed()).isFalse();
    assertThat(onUk.reason()).contains("GB");
  }

  @Test
  void aLapsedRegistrationOrOneNotInTheRegistryFails() {
    var lapsed =
        new RegistrationLive()
            .check(evidence(amazonDe("018234567", 1), Optional.of(lapsedEuRegistration())));
    var unknown =
        new RegistrationLive().check(evidence(amazonDe("018999999", 1), Optional.empty()));

    assertThat(lapsed.passed()).isFalse();
    assertThat(lapsed.reason()).contains("dead");
    assertThat(unknown.passed()).isFalse();
    assertThat(unknown.reason()).contains("not in the registry");
  }

  @Test
  void aReplicaListingWithACounterfeitFindingPassesTheResaleCheck() {
    var replica =
        listed(
            replicaOnAmazonDe(),
            "CF_COUNTERFEIT_TERM",
            List.of("CF_COUNTERFEIT_TERM"),
            List.of(),
            CHARGERS);
    var check =
        new GenuineResaleNeedsCounterfeitEvidence()
            .check(evidence(amazonDe("018234567", 1), Optional.of(euRegistration()), replica));

    assertThat(check.passed()).as(check.reason()).isTrue();
  }

  @Test
  void aReplicaWhoseTestBuyCameBackGenuineIsLeftOutOfTheNotice() {
    var replica =
        listed(
            replicaOnAmazonDe(),
            "CF_COUNTERFEIT_TERM",
            List.of("CF_COUNTERFEIT_TERM"),
            List.of(testBuy(1, TestBuyOutcome.GENUINE)),
            CHARGERS);
    var check =
        new GenuineResaleNeedsCounterfeitEvidence()
            .check(evidence(amazonDe("018234567", 1), Optional.of(euRegistration()), replica));

    assertThat(check.passed()).isFalse();
    assertThat(check.reason()).contains("came back genuine");
  }

  @Test
  void aListingThatLooksLikeGenuineResaleNeedsACounterfeitTestBuy() {
    var resale = genuineResaleOnAmazonDe();
    var noBuy = listed(resale, "TM_EXACT", List.of("TM_EXACT"), List.of(), CHARGERS);
    var genuineBuy =
        listed(
            resale,
            "TM_EXACT",
            List.of("TM_EXACT"),
            List.of(testBuy(1, TestBuyOutcome.GENUINE)),
            CHARGERS);
    var counterfeitBuy =
        listed(
            resale,
            "TM_EXACT",
            List.of("TM_EXACT"),
            List.of(testBuy(1, TestBuyOutcome.COUNTERFEIT)),
            CHARGERS);
    var policy = new GenuineResaleNeedsCounterfeitEvidence();
    var n = amazonDe("018234567", 1);

    assertThat(policy.check(evidence(n, Optional.of(euRegistration()), noBuy)).passed()).isFalse();
    assertThat(policy.check(evidence(n, Optional.of(euRegistration()), noBuy)).reason())
        .contains("genuine resale")
        .contains("B0VOLTRA01");
    assertThat(policy.check(evidence(n, Optional.of(euRegistration()), genuineBuy)).passed())
        .isFalse();
    assertThat(policy.check(evidence(n, Optional.of(euRegistration()), counterfeitBuy)).passed())
        .isTrue();
  }

  @Test
  void aPriceFarBelowTheBrandsIsNotGenuineResale() {
    var cheap =
        listed(
            genuineResaleOnAmazonDe(),
            "TM_EXACT",
            List.of("TM_EXACT", "CF_PRICE"),
            List.of(),
            CHARGERS);

    assertThat(
            new GenuineResaleNeedsCounterfeitEvidence()
                .check(evidence(amazonDe("018234567", 1), Optional.of(euRegistration()), cheap))
                .passed())
        .isTrue();
  }

  @Test
  void aChargerRegistrationDoesNotCoverAListingOfShoes() {
    var shoes =
        listed(
            listing(
                5,
                "amazon.de",
                "B0SHOES005",
                "Voltra",
                "Clothing, Shoes & Jewelry > Men > Shoes",
                "59.00",
                false,
                true),
            "TM_EXACT",
            List.of(),
            List.of(),
            new GoodsClasses().of("Clothing, Shoes & Jewelry > Men > Shoes"));
    var chargers = listed(genuineResaleOnAmazonDe(), "TM_EXACT", List.of(), List.of(), CHARGERS);
    var n = amazonDe("018234567", 2);

    var check =
        new ClassesCoverGoods().check(evidence(n, Optional.of(euRegistration()), chargers, shoes));
    var chargersOnly =
        new ClassesCoverGoods().check(evidence(n, Optional.of(euRegistration()), chargers));

    assertThat(check.passed()).isFalse();
    assertThat(check.reason()).contains("B0SHOES005").contains("25");
    assertThat(chargersOnly.passed()).as(chargersOnly.reason()).isTrue();
  }

  @Test
  void anUnknownCategoryIsNotTakenAsCovered() {
    var odd =
        listed(
            listing(6, "amazon.de", "B0ODD00006", "Voltra", "Value Bazaar", "19.00", false, true),
            "TM_EXACT",
            List.of(),
            List.of(),
            Set.of());

    assertThat(
            new ClassesCoverGoods()
                .check(evidence(amazonDe("018234567", 1), Optional.of(euRegistration()), odd))
                .passed())
        .isFalse();
  }

  @Test
  void theShippedCategoryTableGivesClassesForMarketplaceCategories() {
    var goods = new GoodsClasses();

    assertThat(goods.of("Clothing, Shoes & Jewelry > Women > Watches")).isNotEmpty();
    assertThat(goods.of("Clothing, Shoes & Jewelry")).contains(25);
    assertThat(goods.of("")).isEmpty();
  }

  @Test
  void aListingSoldByAnAuthorizedSellerIsNotReported() {
    var authorized =
        listed(
            listing(7, "amazon.de", "B0AUTH0007", "Voltra", "Electronics", "49.99", true, true),
            "TM_EXACT",
            List.of(),
            List.of(),
            CHARGERS);

    var check =
        new SellerNotAuthorized()
            .check(evidence(amazonDe("018234567", 1), Optional.empty(), authorized));

    assertThat(check.passed()).isFalse();
    assertThat(check.reason()).contains("B0AUTH0007");
  }

  @Test
  void aCopyrightNoticeMustNameTheWork() {
    var content = dmcaContent();
    var unnamed =
        new NoticeContent(
            content.regime(),
            content.ipType(),
            "",
            "",
            "",
            content.body(),
            "",
            content.submitter(),
            content.rightsOwner(),
            "",
            content.contactName(),
            content.contactEmail(),
            content.contactPhone(),
            content.contactAddress(),
            Set.of(),
            "",
            content.signature(),
            true,
            true);

    assertThat(
            new CopyrightNamesWork()
                .check(
                    evidence(notice("etsy.com", unnamed, items(1, "etsy.com")), Optional.empty()))
                .passed())
        .isFalse();
    assertThat(
            new CopyrightNamesWork()
                .check(
                    evidence(notice("etsy.com", content, items(1, "etsy.com")), Optional.empty()))
                .passed())
        .isTrue();
  }

  @Test
  void aTrademarkNoticeCannotCarryAPiracyCase() {
    var mark = listed(genuineResaleOnAmazonDe(), "TM_EXACT", List.of(), List.of(), CHARGERS);
    var piracy = listed(replicaOnAmazonDe(), "CF_PIRACY", List.of(), List.of(), CHARGERS);
    var counterfeit =
        listed(replicaOnAmazonDe(), "CF_COUNTERFEIT_TERM", List.of(), List.of(), CHARGERS);
    var n = amazonDe("018234567", 2);

    var mixed = new OneIpType().check(evidence(n, Optional.empty(), mark, piracy));
    var allMarks = new OneIpType().check(evidence(n, Optional.empty(), mark, counterfeit));

    assertThat(mixed.passed()).isFalse();
    assertThat(mixed.reason()).contains("COPYRIGHT");
    assertThat(allMarks.passed()).isTrue();
  }

  @Test
  void aListingFoundGoneAtItsLastCaptureFailsListingStillLive() {
    var gone =
        listed(
            listing(8, "amazon.de", "B0GONE0008", "Voltrra", "Electronics", "9.99", false, false),
            "TM_LOOKALIKE",
            List.of(),
            List.of(),
            CHARGERS);

    var check =
        new ListingStillLive().check(evidence(amazonDe("018234567", 1), Optional.empty(), gone));

    assertThat(check.passed()).isFalse();
    assertThat(check.reason()).contains("gone");
  }

  @Test
  void anAmazonNoticeTakesAtMostFiftyAsins() {
    var fifty =
        new RegimeElementsPresent().check(evidence(amazonDe("018234567", 50), Optional.empty()));
    var fiftyOne =
        new RegimeElementsPresent().check(evidence(amazonDe("018234567", 51), Optional.empty()));

    assertThat(fifty.passed()).as(fifty.reason()).isTrue();
    assertThat(fiftyOne.passed()).isFalse();
    assertThat(fiftyOne.reason()).contains("51 ASINs");
  }

  @Test
  void anAmazonNoticeNamesItsListingsByAsin() {
    var n =
        notice(
            "amazon.de",
            amazonContent("018234567"),
            List.of(
                new NoticeItem(1, "256012345678", "https://www.amazon.de/dp/256012345678", "")));

    var check = new RegimeElementsPresent().check(evidence(n, Optional.empty()));

    assertThat(check.passed()).isFalse();
    assertThat(check.reason()).contains("'256012345678' is not an ASIN");
  }

  @Test
  void aVeroMessageToTheSellerHasAtMostAThousandCharacters() {
    List<NoticeItem> items =
        List.of(
            new NoticeItem(
                1, "256012345678", "https://www.ebay.de/itm/256012345678", "TM_COUNTERFEIT"));
    var thousand =
        new RegimeElementsPresent()
            .check(
                evidence(
                    notice("ebay.de", veroContent("x".repeat(1000)), items), Optional.empty()));
    var tooLong =
        new RegimeElementsPresent()
            .check(
                evidence(
                    notice("ebay.de", veroContent("x".repeat(1001)), items), Optional.empty()));

    assertThat(thousand.passed()).as(thousand.reason()).isTrue();
    assertThat(tooLong.passed()).isFalse();
    assertThat(tooLong.reason()).contains("1001");
  }

  @Test
  void aVeroItemNeedsAReasonCode() {
    List<NoticeItem> items =
        List.of(new NoticeItem(1, "256012345678", "https://www.ebay.de/itm/256012345678", ""));

    var check =
        new RegimeElementsPresent()
            .check(evidence(notice("ebay.de", veroContent(""), items), Optional.empty()));

    assertThat(check.passed()).isFalse();
    assertThat(check.reason()).contains("reason code for item 256012345678");
  }

  @Test
  void aDmcaNoticeWithoutASignatureFails() {
    var c = dmcaContent();
    var unsigned =
        new NoticeContent(
            c.regime(),
            c.ipType(),
            c.mark(),
            c.registration(),
            c.work(),
            c.body(),
            "",
            c.submitter(),
            c.rightsOwner(),
            "",
            c.contactName(),
            c.contactEmail(),
            c.contactPhone(),
            c.contactAddress(),
            Set.of(),
            "",
            "",
            true,
            true);

    var signed =
        new RegimeElementsPresent()
            .check(evidence(notice("etsy.com", c, items(1, "etsy.com")), Optional.empty()));
    var check =
        new RegimeElementsPresent()
            .check(evidence(notice("etsy.com", unsigned, items(1, "etsy.com")), Optional.empty()));

    assertThat(signed.passed()).as(signed.reason()).isTrue();
    assertThat(check.passed()).isFalse();
    assertThat(check.reason()).contains("signature");
  }

  @Test
  void aDmcaNoticeNeedsBothStatementsAndAUrlPerListing() {
    var c = dmcaContent();
    var unsworn =
        new NoticeContent(
            c.regime(),
            c.ipType(),
            c.mark(),
            c.registration(),
            c.work(),
            c.body(),
            "",
            c.submitter(),
            c.rightsOwner(),
            "",
            c.contactName(),
            c.contactEmail(),
            c.contactPhone(),
            c.contactAddress(),
            Set.of(),
            "",
            c.signature(),
            false,
            false);
    var noUrl = List.of(new NoticeItem(1, "1234567890", "", ""));

    var reason =
        new RegimeElementsPresent()
            .check(evidence(notice("etsy.com", unsworn, noUrl), Optional.empty()))
            .reason();

    assertThat(reason).contains("good-faith").contains("penalty of perjury").contains("URL");
  }

  @Test
  void aDsaNoticeNeedsTheBonaFideStatement() {
    var items = items(1, "zalando.de");

    var without =
        new RegimeElementsPresent()
            .check(evidence(notice("zalando.de", dsaContent(false), items), Optional.empty()));
    var with =
        new RegimeElementsPresent()
            .check(evidence(notice("zalando.de", dsaContent(true), items), Optional.empty()));

    assertThat(without.passed()).isFalse();
    assertThat(without.reason()).contains("bona fide");
    assertThat(with.passed()).as(with.reason()).isTrue();
  }

  @Test
  void theRegimeFollowsTheMarketplace() {
    assertThat(NoticeRegime.forMarketplace("amazon.de")).isEqualTo(NoticeRegime.AMAZON);
    assertThat(NoticeRegime.forMarketplace("ebay.co.uk")).isEqualTo(NoticeRegime.EBAY_VERO);
    assertThat(NoticeRegime.forMarketplace("zalando.de")).isEqualTo(NoticeRegime.EU_DSA);
    assertThat(NoticeRegime.forMarketplace("etsy.com")).isEqualTo(NoticeRegime.DMCA);
  }
}
