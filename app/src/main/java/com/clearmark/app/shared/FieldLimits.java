package com.clearmark.app.shared;

/**
 * The longest value, and the most values, the service accepts for each thing a user supplies: one
 * constant per value, used by every check of it (API, forms and imports) and by the column it is
 * stored in. A value over its limit is refused with a message naming the field, before screening
 * and before anything is written, never cut. The same figures are listed in docs/configuration.md
 * (section "Limits"); the columns of the database schema are at least this wide.
 */
public final class FieldLimits {

  private FieldLimits() {}

  // ---- A listing (API, screening and catalogue imports) ----

  /** A seller SKU. */
  public static final int SKU = 200;

  /** An ASIN as stored; a marketplace ASIN has 10 characters, other identifiers up to 20. */
  public static final int ASIN = 20;

  /** A listing title. */
  public static final int TITLE = 2000;

  /** A listing's brand. */
  public static final int BRAND = 500;

  /** All bullet points of a listing together, counted as stored: one a line. */
  public static final int BULLET_POINTS = 20_000;

  /** A listing description. */
  public static final int DESCRIPTION = 50_000;

  /** A listing's search terms (generic keywords). */
  public static final int SEARCH_TERMS = 5000;

  /** A currency code. */
  public static final int CURRENCY = 8;

  /** A product category. */
  public static final int CATEGORY = 500;

  /** A marketplace code. */
  public static final int MARKETPLACE = 40;

  // ---- A mark (registry forms, API and imports) ----

  /** A mark's name as registered. */
  public static final int MARK_NAME = 500;

  /** A mark's owner. */
  public static final int MARK_OWNER = 500;

  /** A registration or application number. */
  public static final int REGISTRATION = 64;

  /** A trademark office code. */
  public static final int JURISDICTION = 16;

  // ---- Complaints ----

  /** The ASINs one complaint may name; a notice about more is recorded as several complaints. */
  public static final int ASINS_PER_COMPLAINT = 1000;

  /** A complaint ID from the notice. */
  public static final int COMPLAINT_REFERENCE = 100;

  /** The registration number a complaint asserts. */
  public static final int COMPLAINT_REGISTRATION = 100;

  /** A complainant's name, and the brand a complaint is about. */
  public static final int RIGHTS_OWNER = 300;

  /** An email address. */
  public static final int EMAIL = 320;

  /** A pasted notification. */
  public static final int NOTIFICATION_TEXT = 20_000;

  // ---- Proof of source ----

  /** The lines of one invoice. */
  public static final int LINES_PER_INVOICE = 200;

  /** An invoice number. */
  public static final int INVOICE_NUMBER = 100;

  /** A brand on an invoice line. */
  public static final int INVOICE_BRAND = 300;

  /** A product description on an invoice line. */
  public static final int INVOICE_PRODUCT = 500;

  /** A supplier's name, as on its invoices. */
  public static final int SUPPLIER_NAME = 300;

  /** A supplier's postal address. */
  public static final int SUPPLIER_ADDRESS = 1000;

  /** A telephone number. */
  public static final int PHONE = 100;

  /** A website address. */
  public static final int WEBSITE = 500;

  // ---- Authorizations ----

  /** The ASINs one authorization may list. */
  public static final int ASINS_PER_AUTHORIZATION = 1000;

  /** The SKUs one authorization may list. */
  public static final int SKUS_PER_AUTHORIZATION = 1000;

  /** All ASINs, or all SKUs, of one authorization together, one a line, as stored. */
  public static final int AUTHORIZATION_SCOPE_TEXT = 20_000;

  // ---- What a page shows of a long list ----

  /** How many ASINs a list page shows of one record before "and N more". */
  public static final int SHOWN_IN_LISTS = 20;
}
