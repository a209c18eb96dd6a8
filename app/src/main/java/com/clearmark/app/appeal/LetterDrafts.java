package com.clearmark.app.appeal;

import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The appeal letters as the seller edited them, one of each kind per complaint. A letter with no
 * row here is the generated draft, rebuilt from the evidence each time it is shown.
 */
@Repository
class LetterDrafts {

  private final JdbcClient jdbc;
  private final Clock clock;

  LetterDrafts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<String> text(long organizationId, long complaintId, LetterKind kind) {
    return jdbc.sql(
            "select body from appeal_letters where organization_id = ? and complaint_id = ? and"
                + " kind = ?")
        .params(organizationId, complaintId, kind.name())
        .query(String.class)
        .optional();
  }

  void save(long organizationId, long complaintId, LetterKind kind, String text, String by) {
    int updated =
        jdbc.sql(
                """
                update appeal_letters set body = ?, updated_by = ?, updated_at = ?
                  where organization_id = ? and complaint_id = ? and kind = ?\
                """)
            .params(text, by, Timestamps.now(clock), organizationId, complaintId, kind.name())
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into appeal_letters (organization_id, complaint_id, kind, body, updated_by,
                updated_at) values (?, ?, ?, ?, ?, ?)\
              """)
          .params(organizationId, complaintId, kind.name(), text, by, Timestamps.now(clock))
          .update();
    }
  }

  /** Forgets the seller's edit, so the generated draft is shown again; whether there was one. */
  boolean discard(long organizationId, long complaintId, LetterKind kind) {
    return jdbc.sql(
                "delete from appeal_letters where organization_id = ? and complaint_id = ? and"
                    + " kind = ?")
            .params(organizationId, complaintId, kind.name())
            .update()
        > 0;
  }
}
