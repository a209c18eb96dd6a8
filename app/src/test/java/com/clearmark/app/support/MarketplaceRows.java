package com.clearmark.app.support;

import com.clearmark.app.enforcement.CaseStatus;
import com.clearmark.app.monitoring.Capture;
import com.clearmark.app.shared.Timestamps;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Third-party sellers, their captured listings and the cases raised on them, written straight into
 * the monitoring and enforcement tables, as a brand's imports and case work would have left them.
 * For the tests of the features that read them (stay-down, seller networks) without running the
 * imports.
 */
public final class MarketplaceRows {

  private final JdbcClient jdbc;
  private final Clock clock;

  public MarketplaceRows(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long organization(String name) {
    return insert(
        jdbc.sql("insert into organizations (name, created_at) values (?, ?)")
            .params(name, Timestamps.now(clock)));
  }

  /** A seller with its contact details as the marketplace shows them. */
  public long seller(
      long org,
      String marketplace,
      String sellerId,
      String name,
      String address,
      String phone,
      String email) {
    return insert(
        jdbc.sql(
                "insert into marketplace_sellers (organization_id, marketplace, seller_id, name,"
                    + " address, phone, email, first_seen_at, last_seen_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(
                org,
                marketplace,
                sellerId,
                name,
                address,
                phone,
                email,
                Timestamps.now(clock),
                Timestamps.now(clock)));
  }

  /** Erases a seller's contact data as monitoring does on request. */
  public void eraseContact(long org, long seller) {
    jdbc.sql(
            "update marketplace_sellers set address = '', phone = '', email = '',"
                + " contact_erased_at = ? where organization_id = ? and id = ?")
        .params(Timestamps.now(clock), org, seller)
        .update();
  }

  /**
   * A snapshot of a listing (created on its first capture), made the listing's latest; the seller's
   * last seen time moves with it, as an import does.
   */
  public Capture capture(
      long org,
      Long seller,
      String marketplace,
      String listingId,
      String title,
      List<String> bullets,
      String description,
      String price) {
    var now = Timestamps.now(clock);
    Long listing =
        jdbc.sql(
                "select id from monitored_listings where organization_id = ? and marketplace = ?"
                    + " and listing_id = ?")
            .params(org, marketplace, listingId)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (listing == null) {
      listing =
          insert(
              jdbc.sql(
                      "insert into monitored_listings (organization_id, marketplace, listing_id,"
                          + " url, seller_ref, first_seen_at, last_seen_at)"
                          + " values (?, ?, ?, ?, ?, ?, ?)")
                  .params(
                      org,
                      marketplace,
                      listingId,
                      "https://" + marketplace + "/dp/" + listingId,
                      seller,
                      now,
                      now));
    }
    String brand = "Zorvix";
    BigDecimal amount = price == null ? null : new BigDecimal(price);
    long id =
        insert(
            jdbc.sql(
                    "insert into captures (organization_id, monitored_listing_id, seller_ref, url,"
                        + " title, brand, bullet_points, description, search_terms, price,"
                        + " currency, category, available, captured_at, received_at,"
                        + " content_hash, decision, score, seller_authorized, registry_version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, '', ?, 'USD', 'Electronics', true, ?,"
                        + " ?, ?, 'BLOCK', 90, false, 0)")
                .params(
                    org,
                    listing,
                    seller,
                    "https://" + marketplace + "/dp/" + listingId,
                    title,
                    brand,
                    String.join("\n", bullets),
                    description,
                    amount,
                    now,
                    now,
                    "0".repeat(64)));
    jdbc.sql("update monitored_listings set latest_capture_id = ?, last_seen_at = ? where id = ?")
        .params(id, now, listing)
        .update();
    if (seller != null) {
      // A moment later than the seller's previous sighting, so a reader can tell it moved.
      jdbc.sql("update marketplace_sellers set last_seen_at = ? where id = ?")
          .params(Timestamps.now(clock).plusNanos(id * 1000), seller)
          .update();
    }
    Instant at = now.toInstant();
    return new Capture(
        id,
        listing,
        seller,
        marketplace,
        listingId,
        "https://" + marketplace + "/dp/" + listingId,
        title,
        brand,
        bullets,
        description,
        "",
        amount,
        "USD",
        "Electronics",
        true,
        at,
        at,
        "0".repeat(64),
        "BLOCK",
        90,
        false);
  }

  /** A case on a capture, in the given state. */
  public long caseOn(long org, Capture capture, CaseStatus status, Long relistingOf) {
    var now = Timestamps.now(clock);
    return insert(
        jdbc.sql(
                "insert into enforcement_cases (organization_id, monitored_listing_id,"
                    + " capture_id, seller_ref, marketplace, rule, mark, registration, status,"
                    + " relisting_of, detected_at, outcome_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, 'COUNTERFEIT_CUE', 'ZORVIX', '6123456', ?, ?, ?,"
                    + " ?, ?)")
            .params(
                org,
                capture.monitoredListingId(),
                capture.id(),
                capture.sellerRef(),
                capture.marketplace(),
                status.name(),
                relistingOf,
                now,
                status == CaseStatus.REMOVED ? now : null,
                now));
  }

  public void testBuy(long org, long caseId, String outcome) {
    jdbc.sql(
            "insert into test_buys (organization_id, case_id, order_id, ordered_on, outcome,"
                + " created_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            org, caseId, "114-" + caseId, Timestamps.today(clock), outcome, Timestamps.now(clock))
        .update();
  }

  private static long insert(JdbcClient.StatementSpec statement) {
    var keys = new GeneratedKeyHolder();
    statement.update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }
}
