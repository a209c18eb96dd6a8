package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.registry.MarkForm;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.registry.RegistryService;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.sourcing.SourcingService;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A new organization's dashboard lists the first steps and ticks each as it is done, until all are
 * and the list goes away; the counters say what they count.
 */
class GettingStartedPagesTest extends ServiceOnH2 {

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryService registry;
  @Autowired RegistryIndexes indexes;
  @Autowired CatalogService catalog;
  @Autowired SourcingService sourcing;

  record Seller(Caller admin, Visitor visitor) {}

  Seller newSeller(String name) {
    long org = accounts.createOrganization(name);
    String email = "admin-" + UUID.randomUUID() + "@example.test";
    long user =
        accounts.createUser(email, name + " admin", passwords.encode("correct horse battery"));
    accounts.addMember(org, user, Role.ADMIN);
    return new Seller(
        new Caller(user, name + " admin", org, name, Role.ADMIN),
        Visitor.signedIn(port, email, "correct horse battery"));
  }

  @Test
  void eachStepIsTickedOnceDoneAndTheListGoesWhenAllAre() throws Exception {
    var seller = newSeller("Fresh Start " + UUID.randomUUID());
    var admin = seller.admin();

    var empty = dashboard(seller);
    assertThat(empty.select("#getting-started li").eachAttr("data-done"))
        .containsExactly("false", "false", "false", "false", "false");
    assertThat(empty.select("#getting-started li a").eachAttr("href"))
        .containsExactly(
            "/registry", "/imports", "/suppliers", "/invoices", "/settings/notifications");
    assertThat(empty.select("#getting-started").text()).contains("0 of 5 steps done");

    registry.add(
        admin, new MarkForm("ZORBLAX", "Zorblax Inc.", "EX-77", "US", "9", "LIVE", false, false));
    indexes.awaitIdle(admin.organizationId(), Duration.ofSeconds(10));
    assertThat(steps(seller)).containsExactly("true", "false", "false", "false", "false");

    catalog.upsert(
        admin,
        new ListingInput(
            "SKU-1",
            "B0TEST0001",
            "Zorblax charger 65W",
            "Generic",
            List.of(),
            "",
            "",
            null,
            "USD",
            "",
            "US"));
    assertThat(steps(seller)).containsExactly("true", "true", "false", "false", "false");

    var supplier =
        sourcing.addSupplier(
            admin,
            new SourcingService.SupplierForm(
                "Northwind Supply", "1 Harbour Road", "+1 555 0100", "sales@northwind.test", ""));
    assertThat(steps(seller)).containsExactly("true", "true", "true", "false", "false");

    sourcing.addInvoice(
        admin,
        new SourcingService.InvoiceForm(
            supplier.id(),
            "INV-1",
            LocalDate.now(),
            List.of(
                new SourcingService.LineForm(
                    "Zorblax", "Charger", "B0TEST0001", "SKU-1", 10L, new BigDecimal("5.00")))));
    assertThat(steps(seller)).containsExactly("true", "true", "true", "true", "false");

    var settings = seller.visitor().get("/settings/notifications");
    var saved =
        seller
            .visitor()
            .post(
                "/settings/notifications",
                "/settings/notifications",
                Map.of("recipients", "ops@example.test", "events", "COMPLAINT_RECEIVED"));
    assertThat(settings.statusCode()).isEqualTo(200);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

    var done = dashboard(seller);
    assertThat(done.select("#getting-started")).as("the list once every step is done").isEmpty();
  }

  @Test
  void theCountersSayWhatTheyCount() {
    var seller = newSeller("Counting " + UUID.randomUUID());
    var admin = seller.admin();
    registry.add(
        admin, new MarkForm("ZORBLAX", "Zorblax Inc.", "EX-77", "US", "9", "LIVE", false, false));
    registry.add(
        admin, new MarkForm("QUORVEN", "Quorven Ltd", "EX-78", "US", "9", "DEAD", false, false));
    registry.add(admin, new MarkForm("Ownly", "Us", "", "US", "9", "LIVE", false, true));

    var page = dashboard(seller);
    assertThat(page.select("[data-stat=marks]").text()).isEqualTo("1");
    assertThat(page.select("a.stat:has([data-stat=marks])").text())
        .contains("Live marks screened against")
        .contains("of 3 registry entries (1 dead, 1 own brands)");
    assertThat(page.select("a.stat:has([data-stat=open-reviews])").text())
        .contains("Waiting for a decision")
        .contains("blocked or to review, not yet accepted or fixed");
    assertThat(page.select("a.stat:has([data-stat=review]) .badge").text()).isEqualTo("To review");
    assertThat(page.select("main p.help")).isNotEmpty();

    var registryPage = Jsoup.parse(seller.visitor().get("/registry").body());
    assertThat(registryPage.select("#mark-counts").text())
        .isEqualTo(
            "3 entries: 1 live marks screened against, 1 dead (kept, not screened), 1 own brands");
  }

  @Test
  void everyPageOfMineHasAShortHelpUnderItsHeading() {
    var seller = newSeller("Helpful " + UUID.randomUUID());
    for (String path : List.of("/", "/imports", "/settings", "/settings/notifications")) {
      var page = Jsoup.parse(seller.visitor().get(path).body());
      assertThat(page.select("main h1 ~ p.help").text()).as("help on %s", path).isNotBlank();
    }
  }

  private List<String> steps(Seller seller) {
    return dashboard(seller).select("#getting-started li").eachAttr("data-done");
  }

  private Document dashboard(Seller seller) {
    var reply = seller.visitor().get("/");
    assertThat(reply.statusCode()).isEqualTo(200);
    return Jsoup.parse(reply.body());
  }
}
