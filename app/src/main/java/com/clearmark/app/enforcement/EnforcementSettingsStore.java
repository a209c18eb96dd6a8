package com.clearmark.app.enforcement;

import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each organization's enforcement settings; the defaults until it saves its own. */
@Repository
public class EnforcementSettingsStore {

  private final JdbcClient jdbc;
  private final Clock clock;

  EnforcementSettingsStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public EnforcementSettings of(OrganizationId org) {
    return jdbc.sql(
            """
            select second_approver_required, reminder_days, rights_owner, agent_name,
              contact_name, contact_email, contact_phone, contact_address
            from enforcement_settings where organization_id = ?""")
        .params(org.value())
        .query(
            (rs, n) ->
                new EnforcementSettings(
                    rs.getBoolean(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8)))
        .optional()
        .orElseGet(EnforcementSettings::defaults);
  }

  void save(OrganizationId org, EnforcementSettings s) {
    Object[] values = {
      s.secondApproverRequired(),
      s.reminderDays(),
      s.rightsOwner(),
      s.agentName(),
      s.contactName(),
      s.contactEmail(),
      s.contactPhone(),
      s.contactAddress(),
      Timestamps.now(clock),
      org.value()
    };
    int updated =
        jdbc.sql(
                """
                update enforcement_settings set second_approver_required = ?, reminder_days = ?,
                  rights_owner = ?, agent_name = ?, contact_name = ?, contact_email = ?,
                  contact_phone = ?, contact_address = ?, updated_at = ?
                where organization_id = ?""")
            .params(values)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into enforcement_settings (second_approver_required, reminder_days,
                rights_owner, agent_name, contact_name, contact_email, contact_phone,
                contact_address, updated_at, organization_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(values)
          .update();
    }
  }
}
