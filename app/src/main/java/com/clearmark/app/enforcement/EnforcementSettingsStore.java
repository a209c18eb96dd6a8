package com.clearmark.app.enforcement;

import com.clearmark.app.shared.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** PLACEHOLDER of helper C's contracted store of enforcement settings. */
@Repository
public class EnforcementSettingsStore {

  private final JdbcClient jdbc;

  EnforcementSettingsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public EnforcementSettings of(OrganizationId org) {
    return jdbc.sql(
            "select second_approver_required, reminder_days, rights_owner, agent_name,"
                + " contact_name, contact_email, contact_phone, contact_address"
                + " from enforcement_settings where organization_id = ?")
        .param(org.value())
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
        .orElse(new EnforcementSettings(false, 14, "", "", "", "", "", ""));
  }
}
