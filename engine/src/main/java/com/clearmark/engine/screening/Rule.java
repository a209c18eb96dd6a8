package com.clearmark.engine.screening;

/** The screening rules, each with the stable id that reports and the evaluation set use. */
public enum Rule {
  TM_EXACT(Category.TRADEMARK),
  TM_LOOKALIKE(Category.TRADEMARK),
  TM_BRAND_LOOKALIKE(Category.TRADEMARK),
  TM_SOURCE_PROOF(Category.TRADEMARK),
  TM_COMPATIBILITY(Category.TRADEMARK),
  POLICY_SEARCH_TERMS(Category.POLICY),
  CF_COUNTERFEIT_TERM(Category.COUNTERFEIT),
  CF_PIRACY(Category.COUNTERFEIT),
  CF_PRICE(Category.COUNTERFEIT),
  /** A listing image copies a registered work (photo, packaging art, logo). */
  CR_IMAGE(Category.COPYRIGHT),
  /** A listing's bullets or description copy a registered text or a brand's own listing copy. */
  CR_TEXT(Category.COPYRIGHT),
  /** A listing's text shows the elements of a patent claim. */
  PT_CLAIM(Category.PATENT);

  private final Category category;

  Rule(Category category) {
    this.category = category;
  }

  public Category category() {
    return category;
  }
}
