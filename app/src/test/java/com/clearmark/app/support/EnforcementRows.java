package com.clearmark.app.support;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows of brand-side enforcement written as the monitoring and enforcement features leave them (a
 * seller, a monitored listing, its capture and finding, a validated case), for tests of the
 * features built on them, such as notices. Dates are the {@link TestClock}'s day.
 */
public final class EnforcementRows {

  private final JdbcClient jdbc;

  public EnforcementRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The brand's notice settings: who the notices are from, and whether a second approver signs. */
  public void settings(long org, boolean secondApprover) {
    jdbc.sql("delete from enforcement_settings where organization_id = ?").param(org).update();
    jdbc.sql(
            "insert into enforcement_settings (organization_id, second_approver_required,"
                + " rights_owner, contact_name, contact_email, contact_phone, contact_address,"
                + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            org,
            secondApprover,
            "Voltra Power Inc.",
            "Jordan Lee",
            "brand-protection@voltra.example",
            "+1 415 555 0100",
            "1 Market St, San Francisco CA 94105",
            now())
        .update();
  }

  public void testBuy(long org, long caseId, String order, String outcome) {
    jdbc.sql(
            "insert into test_buys (organization_id, case_id, order_id, ordered_on, outcome,"
                + " created_at) values (?, ?, ?, ?, ?, ?)")
        .params(org, caseId, order, TestClock.TODAY.minusDays(5), outcome, now())
        .update();
  }

  /**
   * A validated case on one captured charger listing: the brand field, the rule of its finding (on
   * the title), whether the seller is authorized.
   */
  public long listingCase(
      long org,
      String marketplace,
      String listingId,
      String brand,
      String rule,
      boolean authorized) {
    long seller =
        insert(
            "insert into marketplace_sellers (organization_id, marketplace, seller_id, name,"
                + " first_seen_at, last_seen_at) values (?, ?, ?, ?, ?, ?)",
            org,
            marketplace,
            "S-" + listingId,
            "Cheap Chargers GmbH",
            now(),
            now());
    String url = "https://www." + marketplace + "/dp/" + listingId;
    long listing =
        insert(
            "insert into monitored_listings (organization_id, marketplace, listing_id, url,"
                + " seller_ref, first_seen_at, last_seen_at) values (?, ?, ?, ?, ?, ?, ?)",
            org,
            marketplace,
            listingId,
            url,
            seller,
            now(),
            now());
    long capture =
        insert(
            "insert into captures (organization_id, monitored_listing_id, seller_ref, url, title,"
                + " brand, bullet_points, description, search_terms, price, currency, category,"
                + " available, captured_at, received_at, content_hash, decision, score,"
                + " seller_authorized, registry_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            org,
            listing,
            seller,
            url,
            brand + " 65W USB C charger",
            brand,
            "3 ports",
            "Fast charger",
            "",
            new BigDecimal("12.99"),
            "EUR",
            "Electronics > Chargers",
            true,
            now(),
            now(),
            "a".repeat(64),
            "BLOCK",
            80,
            authorized,
            1);
    jdbc.sql("update monitored_listings set latest_capture_id = ? where id = ?")
        .params(capture, listing)
        .update();
    jdbc.sql(
            "insert into capture_findings (organization_id, capture_id, rule, category, severity,"
                + " mark, registration, owner, field, start_offset, end_offset, evidence,"
                + " explanation) values (?, ?, ?, 'TRADEMARK', 'HIGH', 'VOLTRA', '018234567',"
                + " 'Voltra Power Inc.', 'title', 0, 7, ?, 'the mark in the title')")
        .params(org, capture, rule, brand)
        .update();
    return insert(
        "insert into enforcement_cases (organization_id, monitored_listing_id, capture_id,"
            + " seller_ref, marketplace, rule, mark, registration, status, detected_at,"
            + " validated_at, updated_at) values (?, ?, ?, ?, ?, ?, 'VOLTRA', '018234567',"
            + " 'VALIDATED', ?, ?, ?)",
        org,
        listing,
        capture,
        seller,
        marketplace,
        rule,
        now(),
        now(),
        now());
  }

  private long insert(String sql, Object... params) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(sql).params(params).update(keys, "id");
    return keys.getKey().longValue();
  }

  private static OffsetDateTime now() {
    return TestClock.TODAY.atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
