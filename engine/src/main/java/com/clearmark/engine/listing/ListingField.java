package com.clearmark.engine.listing;

/** The text fields of a listing that screening reads, with the names used in reports. */
public enum ListingField {
  TITLE("title"),
  BRAND("brand"),
  BULLET_POINT("bullet_points"),
  DESCRIPTION("description"),
  SEARCH_TERMS("search_terms");

  private final String label;

  ListingField(String label) {
    this.label = label;
  }

  /**
   * The report name; bullets are numbered from 1, as sellers number them: {@code bullet_points[2]}.
   */
  public String label(int index) {
    return this == BULLET_POINT ? label + "[" + (index + 1) + "]" : label;
  }
}
