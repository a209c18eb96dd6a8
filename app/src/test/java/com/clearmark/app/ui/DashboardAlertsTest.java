package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.authorization.AuthorizationService;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.support.Visitor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

@Import(TestClock.AsServiceClock.class)
class DashboardAlertsTest extends ServiceOnH2 {

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired AuthorizationService authorizations;
  @Autowired CatalogService catalog;

  @Test
  void anAuthorizationEndingWithinAWeekIsAlertedWithTheListingsThatDependOnIt() {
    long org = accounts.createOrganization("Harbor Lane Bags");
    long user =
        accounts.createUser(
            "ops@harbor.test", "Harper Ops", passwords.encode("a long enough passphrase"));
    accounts.addMember(org, user, Role.ADMIN);
    var admin = new Caller(user, "Harper Ops", org, "Harbor Lane Bags", Role.ADMIN);
    LocalDate today = TestClock.TODAY;
    authorizations.add(
        admin,
        new AuthorizationService.AuthorizationForm(
            "Letter of authorization",
            "Maison Lumiere SA",
            Set.of("Lumiere"),
            Set.of(),
            Set.of(),
            Set.of(),
            today.minusDays(300),
            today.plusDays(5)));
    catalog.upsert(
        admin,
        new ListingInput(
            "BG-1",
            "B0BAG00001",
            "Lumiere quilted bag",
            "Lumiere",
            List.of(),
            "",
            "",
            null,
            "USD",
            "",
            "US"));
    catalog.upsert(
        admin,
        new ListingInput(
            "BG-2",
            "B0BAG00002",
            "Harbor Lane tote",
            "Harbor Lane",
            List.of(),
            "",
            "",
            null,
            "USD",
            "",
            "US"));

    var session = new Visitor(port);
    session.signIn("ops@harbor.test", "a long enough passphrase");
    String dashboard = session.get("/").body();

    assertThat(dashboard)
        .contains("Authorizations ending within 30 days")
        .contains("Maison Lumiere SA")
        .contains(today.plusDays(5).toString())
        .contains("7-day alert")
        .contains("1 listing depends on it");
  }
}
