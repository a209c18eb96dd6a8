package com.clearmark.app.enforcement;

import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Detections a reviewer judged not infringing, per monitored listing, rule and mark: a later
 * capture of the listing with the same main finding raises no case. Undoing the dismissal removes
 * the entry, as restoring a finding does in the seller's review queue.
 */
@Repository
class AllowedDetections {

  private final JdbcClient jdbc;
  private final Clock clock;

  AllowedDetections(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  boolean allowed(OrganizationId org, long monitoredListingId, String rule, String mark) {
    return jdbc.sql(
                "select count(*) from enforcement_allowed where organization_id = ? and"
                    + " monitored_listing_id = ? and rule = ? and mark = ?")
            .params(org.value(), monitoredListingId, rule, mark)
            .query(Long.class)
            .single()
        > 0;
  }

  void allow(
      OrganizationId org,
      long monitoredListingId,
      String rule,
      String mark,
      String reason,
      Long userId) {
    if (allowed(org, monitoredListingId, rule, mark)) {
      return;
    }
    jdbc.sql(
            """
            insert into enforcement_allowed (organization_id, monitored_listing_id, rule, mark,
              reason, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(org.value(), monitoredListingId, rule, mark, reason, userId, Timestamps.now(clock))
        .update();
  }

  void disallow(OrganizationId org, long monitoredListingId, String rule, String mark) {
    jdbc.sql(
            "delete from enforcement_allowed where organization_id = ? and monitored_listing_id = ?"
                + " and rule = ? and mark = ?")
        .params(org.value(), monitoredListingId, rule, mark)
        .update();
  }
}
