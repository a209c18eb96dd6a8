package com.clearmark.app.complaint;

/** What a seller did about a complaint; these fill the plan of action. */
public enum ComplaintAction {
  LISTING_REMOVED("Removed the listing"),
  LISTING_EDITED("Edited the listing"),
  INVENTORY_REMOVED("Removed the inventory"),
  SUPPLIER_CHANGED("Changed the supplier");

  private final String label;

  ComplaintAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
