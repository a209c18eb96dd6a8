package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.registry.MarkForm;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.registry.RegistryService;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The registry page tells how many listings a re-screen that stopped short left behind, and its
 * button re-runs the re-screen for an admin. The stopped re-screen is set up by putting a listing
 * back to an older registry version, the state a crash leaves.
 */
class RegistryRescreenButtonTest extends ServiceOnH2 {

  private static final String PASSWORD = "correct horse battery";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryService registry;
  @Autowired RegistryIndexes indexes;
  @Autowired CatalogService catalog;
  @Autowired JdbcClient jdbc;

  @Test
  void anAdminReRunsAStoppedRescreenFromTheRegistryPageAndAViewerOnlySeesTheCount()
      throws Exception {
    long org = accounts.createOrganization("Harbor Lane Outdoor");
    var admin = member(org, "Hana Admin", Role.ADMIN);
    var viewer = member(org, "Vik Viewer", Role.VIEWER);
    var caller = new Caller(admin.id(), "Hana Admin", org, "Harbor Lane Outdoor", Role.ADMIN);
    registry.add(
        caller, new MarkForm("ZORBLAX", "Zorblax Inc.", "EX-77", "US", "9", "LIVE", false, false));
    indexes.awaitIdle(org, Duration.ofSeconds(10));
    catalog.upsert(
        caller,
        new ListingInput(
            "HL-1",
            "",
            "Harbor Lane dry bag 20 L",
            "Harbor Lane",
            List.of(),
            "",
            "",
            null,
            "USD",
            "",
            "US"));
    jdbc.sql(
            "update listings set registry_version = registry_version - 1 where organization_id = ?")
        .param(org)
        .update();

    var viewing = signedIn(viewer);
    assertThat(viewing.get("/registry").body())
        .contains("1 listing is")
        .contains("older registry version")
        .doesNotContain("Re-screen them now");

    var session = signedIn(admin);
    assertThat(session.get("/registry").body()).contains("1 listing is", "Re-screen them now");
    var rerun = session.post("/registry", "/registry/rescreen", Map.of());
    assertThat(rerun.statusCode()).isEqualTo(302);
    assertThat(rerun.headers().firstValue("Location").orElse("")).endsWith("/registry");
    assertThat(session.get("/registry").body()).contains("Re-screening the listings behind");

    indexes.awaitIdle(org, Duration.ofSeconds(10));
    assertThat(indexes.status(org).listingsBehind()).isZero();
    assertThat(session.get("/registry").body())
        .doesNotContain("older registry version")
        .doesNotContain("Re-screen them now");
  }

  @Test
  void aRegistryThatFailedToCompileSaysSoAndOffersTheReScreenThatCompilesItAgain()
      throws Exception {
    long org = accounts.createOrganization("Cedar Row Supply");
    var admin = member(org, "Cato Admin", Role.ADMIN);
    var caller = new Caller(admin.id(), "Cato Admin", org, "Cedar Row Supply", Role.ADMIN);
    registry.add(
        caller, new MarkForm("ZORBLAX", "Zorblax Inc.", "EX-78", "US", "9", "LIVE", false, false));
    indexes.awaitIdle(org, Duration.ofSeconds(10));
    catalog.upsert(
        caller,
        new ListingInput(
            "CR-1",
            "",
            "Cedar Row canvas tote",
            "Cedar Row",
            List.of(),
            "",
            "",
            null,
            "USD",
            "",
            "US"));
    // A mark row no compile accepts, as a hand edit of the database could leave one.
    jdbc.sql("update marks set name = '' where organization_id = ?").param(org).update();
    registry.add(
        caller, new MarkForm("QUIXANO", "Quixano Ltd.", "EX-79", "US", "9", "LIVE", false, false));
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> indexes.status(org).buildFailed());

    var session = signedIn(admin);
    assertThat(session.get("/registry").body())
        .contains("could not be compiled", "1 listing is", "Re-screen them now")
        .doesNotContain("Rebuilding the index");

    jdbc.sql("update marks set name = 'ZORBLAX' where organization_id = ? and name = ''")
        .param(org)
        .update();
    session.post("/registry", "/registry/rescreen", Map.of());
    indexes.awaitIdle(org, Duration.ofSeconds(10));
    assertThat(indexes.status(org).current()).isTrue();
    assertThat(session.get("/registry").body()).doesNotContain("could not be compiled");
  }

  private record Member(long id, String email) {}

  private Member member(long org, String name, Role role) {
    String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@harbor.test";
    long id = accounts.createUser(email, name, passwords.encode(PASSWORD));
    accounts.addMember(org, id, role);
    return new Member(id, email);
  }

  private Visitor signedIn(Member member) {
    var session = new Visitor(port);
    var response = session.signIn(member.email(), PASSWORD);
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return session;
  }
}
