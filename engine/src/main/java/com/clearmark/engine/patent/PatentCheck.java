package com.clearmark.engine.patent;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ListingCheck;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a listing against a patent register: {@link Rule#PT_CLAIM}.
 *
 * <p>For each listing the {@link PatentIndex} retrieves at most {@value #PATENTS_READ} patents;
 * each of their independent claims (at most {@value #CLAIMS_READ} per patent) is judged element by
 * element ({@link ClaimCoverage}) and the best-covered claim of a patent makes at most one finding:
 *
 * <ul>
 *   <li>{@link Severity#MEDIUM} (review) when the listing's text shows every element of a product
 *       claim of a patent in force. Text never proves infringement, so a patent finding alone never
 *       blocks a listing;
 *   <li>{@link Severity#LOW} when more than half of that claim's elements are shown;
 *   <li>{@link Severity#INFO} when the patent has expired or the claim is to a method: an expired
 *       patent cannot be enforced, and selling a product alone does not perform a method;
 *   <li>{@link Severity#INFO} for a design patent in force whose article the listing names: its
 *       claim is to an appearance, which text cannot show, so it is named for a look at the
 *       product, never judged element by element.
 * </ul>
 *
 * Claims of which half or fewer elements are shown say nothing worth a person's time and make no
 * finding, and so does a claim to another article than the listing's ({@link
 * Coverage#subjectMet()}: capsules against "a liquid dietary supplement"). Only claims that could
 * make a finding compete for the patent's one finding, so a product claim the listing does not meet
 * never hides a method claim it does. A method claim's steps are read as the parts they use ({@code
 * ClaimCoverage.judgeAsThing}): a listing cannot show a step being done, only that it sells what
 * the steps use, which is what the INFO finding says.
 */
public final class PatentCheck implements ListingCheck {

  static final int PATENTS_READ = 5;
  static final int CLAIMS_READ = 5;

  private static final Pattern ARTICLE =
      Pattern.compile(
          "ornamental design for (?:an? |the )?(.{1,200}?)(?:,|\\s+as shown|\\.|$)",
          Pattern.CASE_INSENSITIVE);

  private final PatentIndex index;
  private final LocalDate today;

  public PatentCheck(PatentIndex index, LocalDate today) {
    this.index = Objects.requireNonNull(index, "index");
    this.today = Objects.requireNonNull(today, "today");
  }

  @Override
  public void check(Listing listing, List<Finding> out) {
    for (PatentIndex.Hit hit : index.search(listing, PATENTS_READ)) {
      Patent patent = hit.patent();
      if (patent.type() == PatentType.DESIGN) {
        Finding design = designFinding(listing, patent);
        if (design != null) {
          out.add(design);
        }
        continue;
      }
      Claim best = null;
      Coverage bestCoverage = null;
      int read = 0;
      for (Claim claim : patent.independentClaims()) {
        if (read++ == CLAIMS_READ) {
          break;
        }
        Coverage coverage =
            claim.method()
                ? ClaimCoverage.judgeAsThing(claim, listing)
                : ClaimCoverage.judge(claim, listing);
        if (!coverage.subjectMet() || !coverage.mostShown()) {
          continue;
        }
        if (best == null || better(coverage, claim, bestCoverage, best)) {
          best = claim;
          bestCoverage = coverage;
        }
      }
      if (best == null) {
        continue;
      }
      out.add(finding(listing, patent, best, bestCoverage));
    }
  }

  /**
   * A design patent in force whose article the listing names ("the ornamental design for a drinking
   * bottle" and a listing that says "drinking bottle"), as an INFO finding: a design patent
   * protects how a product looks, which no text can show, so a person compares the product with the
   * drawings. Null when the article is not named or the patent is not in force.
   */
  private Finding designFinding(Listing listing, Patent patent) {
    if (patent.claims().isEmpty()) {
      return null;
    }
    Claim claim = patent.claims().get(0);
    Matcher m = ARTICLE.matcher(claim.text());
    if (!m.find()) {
      return null;
    }
    String article = m.group(1).strip();
    Expiry expiry = PatentTerm.expiry(patent);
    if (article.isEmpty() || !expiry.inForceOn(today)) {
      return null;
    }
    var element = new ClaimElement(0, "a " + article);
    Claim asThing = new Claim(claim.number(), 0, false, "", List.of(element), claim.text());
    ElementCoverage shown = ClaimCoverage.judge(asThing, listing).elements().get(0);
    if (shown.shown() != Shown.SHOWN) {
      return null;
    }
    return new Finding(
        Rule.PT_CLAIM,
        Severity.INFO,
        "US " + patent.number(),
        patent.number(),
        patent.assignee(),
        shown.field(),
        shown.start(),
        shown.end(),
        shown.evidence(listing),
        "US "
            + patent.number()
            + (patent.title().isEmpty() ? "" : " (" + patent.title() + ")")
            + " is a design patent on the ornamental design for "
            + article
            + ", and the listing names the article. Text cannot show a product's appearance:"
            + " compare the product with the patent's drawings. In force until "
            + expiry.date()
            + ".");
  }

  /** A product claim beats a method claim; then the claim with more elements shown wins. */
  private static boolean better(Coverage c, Claim claim, Coverage bestCoverage, Claim best) {
    if (c.allShown() != bestCoverage.allShown()) {
      return c.allShown();
    }
    if (claim.method() != best.method()) {
      return !claim.method();
    }
    return c.count(Shown.SHOWN) * bestCoverage.elements().size()
        > bestCoverage.count(Shown.SHOWN) * c.elements().size();
  }

  private Finding finding(Listing listing, Patent patent, Claim claim, Coverage coverage) {
    Expiry expiry = PatentTerm.expiry(patent);
    boolean inForce = expiry.inForceOn(today);
    Severity severity;
    String verdict;
    if (!inForce) {
      severity = Severity.INFO;
      verdict =
          " The patent "
              + (today.isBefore(expiry.granted())
                  ? "is not yet granted."
                  : "expired on " + expiry.date() + ", so it cannot be enforced.");
    } else if (claim.method()) {
      severity = Severity.INFO;
      verdict =
          " Claim "
              + claim.number()
              + " is a method claim: selling the product alone does not perform the method.";
    } else if (coverage.allShown()) {
      severity = Severity.MEDIUM;
      verdict =
          " Every element of this claim appears in the listing; a person must compare the product"
              + " itself with the claim. In force until "
              + expiry.date()
              + ".";
    } else {
      severity = Severity.LOW;
      verdict = " Not every element is shown. In force until " + expiry.date() + ".";
    }
    String field = coverage.mainField();
    int start = 0;
    int end = 0;
    String text = "";
    for (ElementCoverage e : coverage.elements()) {
      if (e.shown() == Shown.SHOWN && e.field().equals(field)) {
        start = e.start();
        end = e.end();
        text = e.evidence(listing);
        break;
      }
    }
    String explanation =
        "US "
            + patent.number()
            + (patent.title().isEmpty() ? "" : " (" + patent.title() + ")")
            + ", claim "
            + claim.number()
            + ": "
            + coverage.summary()
            + "."
            + verdict;
    return new Finding(
        Rule.PT_CLAIM,
        severity,
        "US " + patent.number(),
        patent.number(),
        patent.assignee(),
        field,
        start,
        end,
        text,
        explanation);
  }
}
