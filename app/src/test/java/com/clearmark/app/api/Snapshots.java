package com.clearmark.app.api;

import com.clearmark.app.monitoring.CaptureListener;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.monitoring.MarketplaceSellers;
import com.clearmark.app.monitoring.NewCapture;
import com.clearmark.app.shared.OrganizationId;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monitoring's side of an import, as far as enforcement sees it: snapshots of third-party listings
 * written to monitoring's tables and handed to every {@link CaptureListener} inside the import's
 * transaction, as monitoring's import does. Rows are written here directly so that enforcement is
 * tested without the import's file formats.
 */
final class Snapshots {

  private final JdbcClient jdbc;
  private final Captures captures;
  private final MarketplaceSellers sellers;
  private final List<CaptureListener> listeners;
  private final TransactionTemplate transaction;
  private final Clock clock;

  Snapshots(
      JdbcClient jdbc,
      Captures captures,
      MarketplaceSellers sellers,
      List<CaptureListener> listeners,
      TransactionTemplate transaction,
      Clock clock) {
    this.jdbc = jdbc;
    this.captures = captures;
    this.sellers = sellers;
    this.listeners = listeners;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** A finding of a snapshot, as screening gave it. */
  record Finding(String rule, String severity, String mark, String registration) {
    static Finding lookalike(String mark) {
      return new Finding("TM_LOOKALIKE", "HIGH", mark, "6123456");
    }
  }

  long seller(long org, String marketplace, String sellerId, String name) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into marketplace_sellers (organization_id, marketplace, seller_id, name,
              address, phone, email, first_seen_at, last_seen_at)
            values (?, ?, ?, ?, '1 Harbour Road, Shenzhen', '+86 755 0000 0000',
              'shop@seller.example', ?, ?)""")
        .params(org, marketplace, sellerId, name, now(), now())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  long listing(long org, String marketplace, String listingId, Long seller) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into monitored_listings (organization_id, marketplace, listing_id, url,
              seller_ref, first_seen_at, last_seen_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            org,
            marketplace,
            listingId,
            "https://" + marketplace + "/dp/" + listingId,
            seller,
            now(),
            now())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * A new snapshot of the listing, with its decision and findings, as an import makes it; returns
   * the capture's id.
   */
  long capture(
      long org,
      long listing,
      Long seller,
      String decision,
      boolean available,
      boolean authorized,
      Finding... findings) {
    return transaction.execute(
        t -> {
          var keys = new GeneratedKeyHolder();
          jdbc.sql(
                  """
                  insert into captures (organization_id, monitored_listing_id, seller_ref, url,
                    title, brand, bullet_points, description, search_terms, price, currency,
                    category, available, captured_at, received_at, content_hash, decision, score,
                    seller_authorized, registry_version)
                  values (?, ?, ?, '', 'Zorvlx 65W USB C charger', 'Zorvlx', 'Fast charging',
                    'Genuine quality', '', 9.99, 'USD', 'Electronics', ?, ?, ?, ?, ?, ?, ?, 1)""")
              .params(
                  org,
                  listing,
                  seller,
                  available,
                  now(),
                  now(),
                  "a".repeat(64),
                  decision,
                  decision.equals("PASS") ? 0 : 80,
                  authorized)
              .update(keys, "id");
          long id = keys.getKey().longValue();
          for (var f : findings) {
            jdbc.sql(
                    """
                    insert into capture_findings (organization_id, capture_id, rule, category,
                      severity, mark, registration, owner, field, start_offset, end_offset,
                      evidence, explanation)
                    values (?, ?, ?, 'TRADEMARK', ?, ?, ?, 'Zorvix Inc.', 'title', 0, 6, 'Zorvlx',
                      'a look-alike of the mark')""")
                .params(org, id, f.rule(), f.severity(), f.mark(), f.registration())
                .update();
          }
          jdbc.sql("update monitored_listings set latest_capture_id = ? where id = ?")
              .params(id, listing)
              .update();
          var o = OrganizationId.of(org);
          var capture = captures.find(o, id).orElseThrow();
          var fresh =
              new NewCapture(
                  capture,
                  captures.findings(o, id),
                  seller == null ? null : sellers.find(o, seller).orElse(null));
          listeners.forEach(l -> l.captured(o, List.of(fresh)));
          return id;
        });
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
