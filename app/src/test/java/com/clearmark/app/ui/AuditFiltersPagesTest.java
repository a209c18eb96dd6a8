package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The audit log is narrowed by action, member and days, each kept in the page's address so the view
 * can be bookmarked and paged, and the same filter exports as CSV.
 */
class AuditFiltersPagesTest extends ServiceOnH2 {

  private static final String PASSPHRASE = "every change on the record";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;

  static long ana;
  static long ben;
  static boolean seeded;

  private Visitor signedInWithHistory() {
    if (!seeded) {
      long org = accounts.createOrganization("Ledger & Sons");
      ana = accounts.createUser("ana@ledger.example", "Ana Archer", passwords.encode(PASSPHRASE));
      ben = accounts.createUser("ben@ledger.example", "Ben Baker", passwords.encode(PASSPHRASE));
      accounts.addMember(org, ana, Role.ADMIN);
      accounts.addMember(org, ben, Role.REVIEWER);
      entry(org, ana, "Ana Archer", "MARK_ADDED", "ZORVIX", 2026, 11, 1, 9);
      entry(org, ben, "Ben Baker", "MARK_ADDED", "VOLTRA", 2026, 11, 2, 23);
      entry(org, ben, "Ben Baker", "SUPPLIER_ADDED", "Northgate, =HYPERLINK(1)", 2026, 11, 3, 0);
      entry(org, ana, "Ana Archer", "MARK_DELETED", "OLDMARK", 2026, 11, 5, 12);
      for (int i = 0; i < 60; i++) {
        entry(org, ana, "Ana Archer", "LISTING_UPDATED", "listing " + i, 2026, 10, 1, 8);
      }
      long other = accounts.createOrganization("Someone Else Ltd");
      entry(other, ana, "Ana Archer", "MARK_ADDED", "NOT-OURS", 2026, 11, 2, 10);
      seeded = true;
    }
    return Visitor.signedIn(port, "ana@ledger.example", PASSPHRASE);
  }

  private void entry(
      long org,
      long actor,
      String name,
      String action,
      String summary,
      int y,
      int m,
      int d,
      int h) {
    jdbc.sql(
            """
            insert into audit_log (organization_id, actor_id, actor_name, action, subject_type,
              subject_id, summary, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)\
            """)
        .params(
            org,
            actor,
            name,
            action,
            "MARK",
            1L,
            summary,
            null,
            OffsetDateTime.of(y, m, d, h, 0, 0, 0, ZoneOffset.UTC))
        .update();
  }

  @Test
  void theDaysFromAndToAreBothIncludedInUtc() {
    var visitor = signedInWithHistory();
    var page = visitor.get("/audit?from=2026-11-02&to=2026-11-03");
    assertThat(page.statusCode()).isEqualTo(200);
    var html = Jsoup.parse(page.body());
    assertThat(html.select("table.audit tbody tr")).hasSize(2);
    assertThat(html.select("table.audit").text())
        .contains("VOLTRA", "Northgate")
        .doesNotContain("ZORVIX", "OLDMARK", "NOT-OURS");
    assertThat(html.select("#from").attr("value")).isEqualTo("2026-11-02");
    assertThat(html.select("#to").attr("value")).isEqualTo("2026-11-03");
    assertThat(html.select("#export-csv").attr("href"))
        .isEqualTo("/audit/export.csv?from=2026-11-02&to=2026-11-03&");
  }

  @Test
  void aMemberAndAnActionNarrowTheLogAndAreKeptInThePageLinks() {
    var visitor = signedInWithHistory();
    var byBen = Jsoup.parse(visitor.get("/audit?user=" + ben).body());
    assertThat(byBen.select("table.audit tbody tr")).hasSize(2);
    assertThat(byBen.select("#user option[selected]").text()).isEqualTo("Ben Baker");
    assertThat(byBen.select("#user option").eachText())
        .containsExactly("Anyone", "Ana Archer", "Ben Baker");

    var added = Jsoup.parse(visitor.get("/audit?action=MARK_ADDED&user=" + ben).body());
    assertThat(added.select("table.audit tbody tr").text())
        .contains("VOLTRA")
        .doesNotContain("Northgate");

    var paged = Jsoup.parse(visitor.get("/audit?user=" + ana).body());
    assertThat(paged.select("#audit-count").text()).isEqualTo("62 entries, newest first.");
    assertThat(paged.select("a[rel=next]").attr("href"))
        .isEqualTo("/audit?user=" + ana + "&page=1");
    var second = Jsoup.parse(visitor.get("/audit?user=" + ana + "&page=1").body());
    assertThat(second.select("table.audit tbody tr")).hasSize(12);
  }

  @Test
  void aDateThatCannotBeReadIsNamedBesideItsFieldAndNothingIsHidden() {
    var visitor = signedInWithHistory();
    var page = visitor.get("/audit?from=2026-13-45&to=2026-11-01");
    assertThat(page.statusCode()).isEqualTo(200);
    var html = Jsoup.parse(page.body());
    assertThat(html.select("#from-error").text()).isEqualTo("From: enter the date as YYYY-MM-DD");
    assertThat(html.select("#from").attr("value")).isEqualTo("2026-13-45");
    assertThat(html.select("#export-csv")).isEmpty();

    var reversed = Jsoup.parse(visitor.get("/audit?from=2026-11-05&to=2026-11-01").body());
    assertThat(reversed.select("#to-error").text())
        .isEqualTo("To: the last day is before the first day");
  }

  @Test
  void theExportHoldsTheFilteredEntriesAsSafeCsvWithLabels() {
    var visitor = signedInWithHistory();
    var csv = visitor.get("/audit/export.csv?from=2026-11-02&to=2026-11-03");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("audit-log.csv");
    var lines = csv.body().split("\n");
    assertThat(lines[0])
        .isEqualTo("when_utc,who,action,action_label,subject_type,subject_id,what,why");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("2026-11-03 00:00:00,Ben Baker,SUPPLIER_ADDED,");
    assertThat(lines[1]).contains("\"Northgate,' =HYPERLINK(1)\"");
    assertThat(lines[2]).startsWith("2026-11-02 23:00:00,Ben Baker,MARK_ADDED,");

    var all = visitor.get("/audit/export.csv");
    assertThat(all.body().split("\n")).hasSize(65);
    assertThat(all.body()).doesNotContain("NOT-OURS");

    assertThat(visitor.get("/audit/export.csv?from=yesterday").statusCode()).isEqualTo(400);
  }
}
