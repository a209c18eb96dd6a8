package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.MarketplaceRows;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.support.Visitor;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Without JavaScript, a brand owner registers its patent through the form (hearing of every mistake
 * at once, by field), reads its term and claim elements, charts a claim against a copycat's
 * captured listing and downloads the chart, and removes the patent after confirming.
 */
@Import(TestClock.AsServiceClock.class)
class PatentPagesTest extends ServiceOnH2 {

  static final String PASSWORD = "correct horse battery";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  long org;
  Visitor admin;

  @BeforeEach
  void aBrandOwner() {
    org = accounts.createOrganization("Northwind Drinkware " + UUID.randomUUID());
    String email = "admin-" + UUID.randomUUID() + "@example.test";
    long user = accounts.createUser(email, "Nora", passwords.encode(PASSWORD));
    accounts.addMember(org, user, Role.ADMIN);
    admin = Visitor.signedIn(port, email, PASSWORD);
  }

  static Map<String, String> bottle() {
    var f = new LinkedHashMap<String, String>();
    f.put("number", "11234567");
    f.put("kind", "B2");
    f.put("title", "Insulated drinking bottle with a straw lid");
    f.put("assignee", "Northwind Drinkware LLC");
    f.put("filed", "2019-03-01");
    f.put("granted", "2021-06-15");
    f.put("termAdjustmentDays", "0");
    f.put("cpc", "A47G 19/2266");
    f.put(
        "claims",
        "1. A drinking bottle comprising: a double-walled body; a lid threaded onto the body; a"
            + " straw extending through the lid; and a carabiner loop formed on the lid.\n"
            + "2. The drinking bottle of claim 1, wherein the straw is made of silicone.");
    f.put("own", "true");
    return f;
  }

  @Test
  void aBrandOwnerRegistersItsPatentAndChartsAClaimAgainstACopycatsListing() {
    var wrong = bottle();
    wrong.put("granted", "15/06/2021");
    wrong.put("claims", "1. The bottle of claim 3.");
    var refused = admin.post("/patents/new", "/patents", wrong);
    var form = Jsoup.parse(refused.body());
    assertThat(form.select("#granted-error").text()).contains("YYYY-MM-DD");
    assertThat(form.select("#claims-error").text()).contains("claim 3");
    assertThat(form.select("#title").val())
        .as("what was typed stays")
        .isEqualTo(wrong.get("title"));

    var added = admin.post("/patents/new", "/patents", bottle());
    assertThat(added.statusCode()).isEqualTo(302);
    String patentPage = Visitor.location(added).replaceFirst("^https?://[^/]+", "");
    var detail = Jsoup.parse(admin.get(patentPage).body());
    assertThat(detail.select("#term").text()).contains("In force until 2039-03-01");
    assertThat(detail.select("[data-claim=1] .elements li").eachText())
        .containsExactly(
            "a double-walled body",
            "a lid threaded onto the body",
            "a straw extending through the lid",
            "a carabiner loop formed on the lid");
    assertThat(detail.select("[data-claim=2]").text()).contains("depends on claim 1");
    assertThat(
            Jsoup.parse(admin.get("/patents").body())
                .select("#patents [data-number]")
                .eachAttr("data-number"))
        .containsExactly("11234567");

    var rows = new MarketplaceRows(jdbc, clock);
    long seller = rows.seller(org, "amazon.com", "A1COPY0001", "Copycat Bottles", "", "", "");
    rows.capture(
        org,
        seller,
        "amazon.com",
        "B0COPYCAT1",
        "Insulated drinking bottle with straw lid",
        List.of(
            "Double-walled body", "Lid threaded onto the body, straw extending through the lid"),
        "Carabiner loop formed on the lid.",
        "12.99");
    String chartPath = patentPage + "/chart?claim=1&asins=B0COPYCAT1";
    var chart = Jsoup.parse(admin.get(chartPath).body());
    assertThat(chart.select("#chart-table td").eachAttr("data-shown")).first().isEqualTo("SHOWN");
    assertThat(chart.select("#chart-article").text())
        .contains("1[pre]")
        .contains("the claimed article");
    assertThat(chart.select("#chart-summary").text()).startsWith("1 of 1 listings");
    var csv = admin.get(patentPage + "/chart.csv?claim=1&asins=B0COPYCAT1");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body())
        .contains("US 11234567")
        .contains("1[a]")
        .contains("a double-walled body")
        .contains("Shown: ");

    var tooMany = Jsoup.parse(admin.get(patentPage + "/chart?claim=1&asins=nonsense").body());
    assertThat(tooMany.select(".notice-error").text()).contains("not an ASIN");

    var ask = admin.post(patentPage, patentPage + "/delete", Map.of());
    assertThat(Jsoup.parse(ask.body()).text()).contains("Remove US 11234567 from the register?");
    var removed = admin.post(patentPage, patentPage + "/delete", Map.of("confirm", "yes"));
    assertThat(removed.statusCode()).isEqualTo(302);
    assertThat(Jsoup.parse(admin.get("/patents").body()).select("#no-patents")).isNotEmpty();
  }
}
