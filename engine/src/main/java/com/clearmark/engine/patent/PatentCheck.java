package com.clearmark.engine.patent;

import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ListingCheck;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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
 *       patent cannot be enforced, and selling a product alone does not perform a method.
 * </ul>
 *
 * Claims of which half or fewer elements are shown say nothing worth a person's time and make no
 * finding.
 */
public final class PatentCheck implements ListingCheck {

  static final int PATENTS_READ = 5;
  static final int CLAIMS_READ = 5;

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
      Claim best = null;
      Coverage bestCoverage = null;
      int read = 0;
      for (Claim claim : patent.independentClaims()) {
        if (read++ == CLAIMS_READ) {
          break;
        }
        Coverage coverage = ClaimCoverage.judge(claim, listing);
        if (best == null || better(coverage, claim, bestCoverage, best)) {
          best = claim;
          bestCoverage = coverage;
        }
      }
      if (best == null || !bestCoverage.mostShown()) {
        continue;
      }
      out.add(finding(listing, patent, best, bestCoverage));
    }
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
