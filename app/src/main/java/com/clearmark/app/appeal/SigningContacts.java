package com.clearmark.app.appeal;

import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The contact that signs each organization's appeal letters, one per organization. */
@Repository
class SigningContacts {

  private final JdbcClient jdbc;
  private final Clock clock;

  SigningContacts(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<SigningContact> of(long organizationId) {
    return jdbc.sql(
            "select name, email, phone, address from appeal_contacts where organization_id = ?")
        .param(organizationId)
        .query(
            (rs, n) ->
                new SigningContact(
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("phone"),
                    rs.getString("address")))
        .optional();
  }

  void save(long organizationId, SigningContact contact) {
    int updated =
        jdbc.sql(
                """
                update appeal_contacts set name = ?, email = ?, phone = ?, address = ?,
                  updated_at = ? where organization_id = ?\
                """)
            .params(
                contact.name(),
                contact.email(),
                contact.phone(),
                contact.address(),
                Timestamps.now(clock),
                organizationId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into appeal_contacts (organization_id, name, email, phone, address,
                updated_at) values (?, ?, ?, ?, ?, ?)\
              """)
          .params(
              organizationId,
              contact.name(),
              contact.email(),
              contact.phone(),
              contact.address(),
              Timestamps.now(clock))
          .update();
    }
  }
}
