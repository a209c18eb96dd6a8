package com.clearmark.engine.patent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The term of a US patent, computed by the statute and explained rule by rule.
 *
 * <ul>
 *   <li><b>Utility and plant</b> (35 U.S.C. 154(a)(2), 161): the term ends 20 years from the
 *       earliest non-provisional US filing date the application claims, through continuations,
 *       divisionals and continuations-in-part. A provisional application never starts the term.
 *       Patent term adjustment under 154(b) adds days.
 *   <li><b>Filed before 8 June 1995</b> (154(c)(1), the Uruguay Round transition): the term is the
 *       longer of 17 years from grant and 20 years from the earliest filing. The adjustment under
 *       154(b) did not exist for those applications and is not added.
 *   <li><b>Terminal disclaimer</b> (35 U.S.C. 253): the term cannot run past the disclaimed date,
 *       normally the expiry of the patent it was disclaimed over. When the data gives no date, the
 *       explanation says the term may end earlier.
 *   <li><b>Design</b> (35 U.S.C. 173): 15 years from grant for applications filed on or after 13
 *       May 2015, 14 years before. No term adjustment.
 *   <li><b>Reissue</b> (35 U.S.C. 251): the unexpired part of the original patent's term, so the
 *       original's filing date must be given as {@link Patent#earliestUsFiling()}.
 *   <li><b>Maintenance fees</b> (35 U.S.C. 41(b)): a utility patent lapses when a fee due 3.5, 7.5
 *       or 11.5 years after grant is not paid; a recorded lapse date ends the term then.
 * </ul>
 *
 * <p>Each term "ends 20 years from" a date: the last day in force is that date's anniversary.
 */
public final class PatentTerm {

  /** The day the Uruguay Round Agreements Act's 20-year term took effect. */
  static final LocalDate URAA = LocalDate.of(1995, 6, 8);

  /** The day the Patent Law Treaties Implementation Act's 15-year design term took effect. */
  static final LocalDate PLTIA = LocalDate.of(2015, 5, 13);

  private PatentTerm() {}

  public static Expiry expiry(Patent patent) {
    List<String> why = new ArrayList<>();
    LocalDate granted = patent.granted();
    LocalDate end =
        switch (patent.type()) {
          case DESIGN -> designTerm(patent, why);
          case UTILITY, PLANT, REISSUE -> utilityTerm(patent, why);
        };
    if (patent.terminalDisclaimer() && patent.type() != PatentType.DESIGN) {
      LocalDate disclaimed = patent.disclaimedExpiry();
      if (disclaimed == null) {
        why.add(
            "A terminal disclaimer was filed but the data gives no date for it, so the term may"
                + " end earlier, with the patent it was disclaimed over.");
      } else if (disclaimed.isBefore(end)) {
        why.add("A terminal disclaimer ends the term on " + disclaimed + ".");
        end = disclaimed;
      } else {
        why.add("A terminal disclaimer ties the term to " + disclaimed + ", no earlier than this.");
      }
    }
    LocalDate lapsed = patent.lapsed();
    if (lapsed != null && lapsed.isBefore(end)) {
      why.add("It lapsed on " + lapsed + " because a maintenance fee was not paid.");
      end = lapsed;
    }
    if (end.isBefore(granted)) {
      end = granted;
    }
    return new Expiry(granted, end, why);
  }

  private static LocalDate designTerm(Patent patent, List<String> why) {
    LocalDate filed = patent.filed();
    boolean fifteen = filed == null || !filed.isBefore(PLTIA);
    int years = fifteen ? 15 : 14;
    LocalDate end = patent.granted().plusYears(years);
    why.add(
        "A design patent "
            + (filed == null
                ? "(filing date unknown, so the newer rule is assumed)"
                : fifteen ? "filed on or after 13 May 2015" : "filed before 13 May 2015")
            + " runs "
            + years
            + " years from its grant on "
            + patent.granted()
            + ", to "
            + end
            + ".");
    return end;
  }

  private static LocalDate utilityTerm(Patent patent, List<String> why) {
    LocalDate earliest = patent.earliestUsFiling();
    String kind = patent.type() == PatentType.PLANT ? "A plant patent" : "A utility patent";
    if (patent.type() == PatentType.REISSUE) {
      why.add(
          "A reissue keeps what is left of the original patent's term, counted from the filing"
              + " date given for the original.");
      kind = "The original patent";
    }
    if (earliest == null) {
      LocalDate end = patent.granted().plusYears(17);
      why.add(
          "The data gives no filing date, so the term is taken as 17 years from the grant on "
              + patent.granted()
              + ", to "
              + end
              + "; check the filing date.");
      return end;
    }
    LocalDate twenty = earliest.plusYears(20);
    String from =
        earliest.equals(patent.filed())
            ? "its filing on " + earliest
            : "its earliest US non-provisional filing on "
                + earliest
                + " (it was itself filed on "
                + patent.filed()
                + ")";
    if (earliest.isBefore(URAA)) {
      LocalDate seventeen = patent.granted().plusYears(17);
      LocalDate end = seventeen.isAfter(twenty) ? seventeen : twenty;
      why.add(
          kind
              + " filed before 8 June 1995 runs the longer of 17 years from grant ("
              + seventeen
              + ") and 20 years from "
              + from
              + " ("
              + twenty
              + "): to "
              + end
              + ".");
      return end;
    }
    why.add(kind + " runs 20 years from " + from + ", to " + twenty + ".");
    int days = patent.termAdjustmentDays();
    if (days > 0) {
      LocalDate adjusted = twenty.plusDays(days);
      why.add(
          "Patent term adjustment adds "
              + days
              + (days == 1 ? " day" : " days")
              + " for delays at the Patent Office, to "
              + adjusted
              + ".");
      return adjusted;
    }
    return twenty;
  }
}
