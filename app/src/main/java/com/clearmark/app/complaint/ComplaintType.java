package com.clearmark.app.complaint;

/** The kind of IP complaint a marketplace notifies a seller of. */
public enum ComplaintType {
  TRADEMARK("Trademark"),
  COPYRIGHT("Copyright"),
  PATENT("Patent"),
  COUNTERFEIT("Counterfeit"),
  COUNTERFEIT_NO_TEST_BUY("Counterfeit (no test buy)");

  private final String label;

  ComplaintType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether supplier invoices are the evidence an appeal of this kind rests on. */
  public boolean needsProofOfSource() {
    return this == COUNTERFEIT || this == COUNTERFEIT_NO_TEST_BUY || this == TRADEMARK;
  }
}
