package com.clearmark.app.support;

/** Valid files of the service's own importers, for tests to start from. */
public final class ValidFiles {

  private ValidFiles() {}

  /** A complaints CSV of three complaints, in the date layouts sellers type. */
  public static final String COMPLAINTS =
      """
      complaint_id,type,notice_date,asins,titles,registration,rights_owner,rights_owner_email,account_health_below_100,brand
      CR-1001,Trademark,2026-10-02,B0CHARGER1|B0CABLE001,Charger|Cable,6123456,Voltra Power Inc.,legal@voltra.example,no,Voltra
      CR-1002,Counterfeit (no test buy),10/5/2026,B0BOTTLE01,Water bottle,,Aquila Brands,brand@aquila.example,yes,Aquila
      CR-1003,Copyright,"October 7, 2026",B0CASE0001,Phone case,VA0001234,Studio Nine,,no,
      """;

  /** A business report by date, as Seller Central saves it. */
  public static final String BUSINESS_REPORT =
      """
      Date,(Parent) ASIN,(Child) ASIN,Title,SKU,Sessions - Total,Units Ordered
      2026-09-14,B0PARENT01,B0CHARGER1,"Zorvix 65W Charger, White",ZV-1001,"1,204","1,130"
      9/15/2026,B0PARENT01,B0CABLE001,Zorvix Cable,ZV-1002,310,42
      2026-09-16,B0PARENT01,B0CABLE001,Zorvix Cable,ZV-1002,290,38
      """;

  /** A trademark notice as a seller pastes it. */
  public static final String NOTICE =
      """
      Date: 2026-10-02

      We removed one or more of your listings because we received a report from a rights owner.

      ASIN: B0CHARGER1
      Title: Zorvix 65W USB C Charger, 3-Port GaN Wall Charger
      Infringement type: Trademark
      Trademark asserted: 6123456
      Complaint ID: 9876543210

      Rights owner name: Voltra Power Inc.
      Rights owner email: brand-protection@voltra.example
      """;
}
