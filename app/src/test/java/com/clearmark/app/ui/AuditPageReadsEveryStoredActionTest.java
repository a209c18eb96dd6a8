package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Audit actions are an enum in the code but text in the table: an entry this build does not know
 * (written by an older or newer version) is shown as stored, and the page and its filter keep
 * working.
 */
class AuditPageReadsEveryStoredActionTest extends ServiceOnH2 {

  private static final String PASSPHRASE = "ledger of every change 2026";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @Test
  void anEntryWithAnActionThisBuildDoesNotKnowIsShownAsStored() {
    long org = accounts.createOrganization("Ledgerline Goods");
    long user =
        accounts.createUser("audit@ledgerline.example", "Lee Ledger", passwords.encode(PASSPHRASE));
    accounts.addMember(org, user, Role.ADMIN);
    audit.record(org, user, "Lee Ledger", AuditAction.MARK_ADDED, "MARK", 1L, "LEDGERLINE", null);
    jdbc.sql(
            """
            insert into audit_log (organization_id, actor_id, actor_name, action, subject_type,
              subject_id, summary, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            org,
            user,
            "Lee Ledger",
            "MARK_ARCHIVED_LATER",
            "MARK",
            1L,
            "archived by a later version",
            null,
            OffsetDateTime.of(2026, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC))
        .update();
    var session = new Visitor(port);
    session.signIn("audit@ledgerline.example", PASSPHRASE);

    var page = session.get("/audit");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("MARK_ADDED", "MARK_ARCHIVED_LATER", "archived by a later version");

    var filtered = session.get("/audit?action=MARK_ARCHIVED_LATER");
    assertThat(filtered.statusCode()).isEqualTo(200);
    assertThat(filtered.body())
        .contains("archived by a later version")
        .doesNotContain("LEDGERLINE");

    assertThat(audit.actions(org)).containsExactly("MARK_ADDED", "MARK_ARCHIVED_LATER");
  }
}
