package com.clearmark.engine.screening;

import com.clearmark.engine.context.SellerContext;
import com.clearmark.engine.listing.Listing;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Suggested corrections for findings, one named policy per rule:
 *
 * <ul>
 *   <li>{@link Rule#POLICY_SEARCH_TERMS}: {@link SearchTermRemoval}, remove the term.
 *   <li>{@link Rule#CF_COUNTERFEIT_TERM}: {@link NeutralWording}, drop the copy wording (and the
 *       mark right next to it), or turn a grade into "high quality".
 *   <li>{@link Rule#TM_EXACT}: {@link CompatibilityStatement}, a compatibility statement with a
 *       non-affiliation line for accessories, else removal of the mark.
 *   <li>{@link Rule#TM_BRAND_LOOKALIKE}: {@link OwnBrandCorrection}, the seller's own brand.
 *   <li>{@link Rule#TM_LOOKALIKE}: {@link LookalikeRemoval}, remove the look-alike.
 *   <li>{@link Rule#TM_SOURCE_PROOF}, {@link Rule#CF_PIRACY}, {@link Rule#CF_PRICE}: {@link
 *       AdviceOnly}, a summary without edits.
 *   <li>{@link Rule#TM_COMPATIBILITY}: none; a compatibility statement is already the allowed use.
 * </ul>
 *
 * A suggestion is made for the listing the finding was screened on: when the field no longer holds
 * the finding's evidence at its offsets, there is none. Each policy reads the one field, in time
 * linear in its length.
 */
public final class Suggestions {

  private static final Map<Rule, CorrectionPolicy> POLICIES = new EnumMap<>(Rule.class);

  static {
    POLICIES.put(Rule.POLICY_SEARCH_TERMS, new SearchTermRemoval());
    POLICIES.put(Rule.CF_COUNTERFEIT_TERM, new NeutralWording());
    POLICIES.put(Rule.TM_EXACT, new CompatibilityStatement());
    POLICIES.put(Rule.TM_BRAND_LOOKALIKE, new OwnBrandCorrection());
    POLICIES.put(Rule.TM_LOOKALIKE, new LookalikeRemoval());
    var advice = new AdviceOnly();
    POLICIES.put(Rule.TM_SOURCE_PROOF, advice);
    POLICIES.put(Rule.CF_PIRACY, advice);
    POLICIES.put(Rule.CF_PRICE, advice);
  }

  private Suggestions() {}

  /**
   * The correction for one finding of the listing, or empty when the rule needs none or the finding
   * does not match the listing's text.
   *
   * @param context the seller's brands, for {@link Rule#TM_BRAND_LOOKALIKE}; {@link
   *     SellerContext#NONE} when unknown
   */
  public static Optional<Suggestion> forFinding(
      Listing listing, Finding finding, SellerContext context) {
    Objects.requireNonNull(listing, "listing");
    Objects.requireNonNull(finding, "finding");
    CorrectionPolicy policy = POLICIES.get(finding.rule());
    if (policy == null) {
      return Optional.empty();
    }
    String text = FieldText.of(listing, finding.field());
    if (policy instanceof AdviceOnly) {
      return policy.suggest(listing, finding, text == null ? "" : text, context);
    }
    if (text == null
        || finding.end() > text.length()
        || !text.substring(finding.start(), finding.end()).equals(finding.text())
        || finding.start() == finding.end()) {
      return Optional.empty();
    }
    return policy.suggest(listing, finding, text, context == null ? SellerContext.NONE : context);
  }
}
