package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.MarketplaceRows;
import com.clearmark.app.support.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The patent register through the API: a patent's term computed and explained, its claims split
 * into elements, listings checked against the watched patents and sent to review (never blocked)
 * when a listing shows every element of a claim, own patents never screened against, corrections
 * guarded by revision, imports by line, claim charts against captured listings, and another
 * organization seeing none of it. Each database gets a subclass ({@code PatentsOnH2Test}, {@code
 * PatentsOnPostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.AsServiceClock.class)
abstract class PatentsContract {

  static final String BOTTLE_CLAIM =
      "1. A drinking bottle comprising: a double-walled body; a lid threaded onto the body; a"
          + " straw extending through the lid; and a carabiner loop formed on the lid.\n\n"
          + "2. The drinking bottle of claim 1, wherein the straw is made of silicone.";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  Tenants tenants;
  Tenant northwind;

  @BeforeEach
  void aDrinkwareSeller() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    northwind = tenants.sellerWithAdmin("Trailhead Outfitters");
  }

  static Map<String, Object> bottlePatent(boolean own) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("number", "US 11,234,567");
    p.put("kind", "B2");
    p.put("title", "Insulated drinking bottle with a straw lid");
    p.put("assignee", "Northwind Drinkware LLC");
    p.put("filed", "2019-03-01");
    p.put("granted", "2021-06-15");
    p.put("termAdjustmentDays", 100);
    p.put("cpc", "A47G 19/2266");
    p.put("claims", BOTTLE_CLAIM);
    p.put("own", own);
    return p;
  }

  static Map<String, Object> bottleListing(String sku) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("sku", sku);
    l.put("asin", "B0BOTTLE01");
    l.put("title", "Trail 750 ml insulated drinking bottle with straw lid");
    l.put("brand", "Trailhead");
    l.put(
        "bulletPoints",
        List.of(
            "Double-walled body keeps drinks cold for 24 hours",
            "Lid threaded onto the body, with a straw extending through the lid",
            "Carabiner loop formed on the lid clips to your pack"));
    l.put("category", "Kitchen & Dining > Water Bottles");
    l.put("price", 24.99);
    l.put("currency", "USD");
    return l;
  }

  static List<String> rules(JsonNode verdict) {
    List<String> out = new ArrayList<>();
    verdict.get("findings").forEach(f -> out.add(f.get("rule").asString()));
    return out;
  }

  long added(Map<String, Object> patent) {
    var reply = northwind.admin().post("/api/v1/patents", patent);
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json().get("id").asLong();
  }

  @Test
  void aPatentsTermIsComputedAndExplainedAndItsClaimsSplitIntoElements() {
    long id = added(bottlePatent(false));

    JsonNode p = northwind.viewer().get("/api/v1/patents/" + id).json();
    assertThat(p.get("number").asString()).as("US and commas dropped").isEqualTo("11234567");
    assertThat(p.get("type").asString()).isEqualTo("UTILITY");
    // 20 years from the filing of 1 March 2019, plus 100 days of adjustment.
    assertThat(p.get("expires").asString()).isEqualTo("2039-06-09");
    assertThat(p.get("inForce").asBoolean()).isTrue();
    assertThat(p.get("expiryExplanation").toString()).contains("100");
    JsonNode claims = p.get("claims");
    assertThat(claims).hasSize(2);
    assertThat(claims.get(0).get("dependsOn").asInt()).isZero();
    assertThat(claims.get(0).get("elements")).hasSize(4);
    assertThat(claims.get(0).get("elements").get(0).get("text").asString())
        .isEqualTo("a double-walled body");
    assertThat(claims.get(1).get("dependsOn").asInt()).isEqualTo(1);
  }

  @Test
  void aListingShowingEveryElementOfAWatchedPatentGoesToReviewNeverToBlock() {
    added(bottlePatent(false));

    JsonNode verdict = northwind.reviewer().post("/api/v1/screen", bottleListing("BTL-1")).json();

    assertThat(rules(verdict)).containsExactly("PT_CLAIM");
    JsonNode finding = verdict.get("findings").get(0);
    assertThat(finding.get("severity").asString()).isEqualTo("MEDIUM");
    assertThat(finding.get("mark").asString()).isEqualTo("US 11234567");
    assertThat(verdict.get("decision").asString()).isEqualTo("REVIEW");
  }

  @Test
  void anOwnPatentIsNeverScreenedAgainstTheOwnersListings() {
    added(bottlePatent(true));

    JsonNode verdict = northwind.reviewer().post("/api/v1/screen", bottleListing("BTL-1")).json();

    assertThat(rules(verdict)).doesNotContain("PT_CLAIM");
    assertThat(verdict.get("decision").asString()).isEqualTo("PASS");
  }

  @Test
  void aRemovedPatentNoLongerFlagsListingsAndAStaleCorrectionIsRefused() {
    long id = added(bottlePatent(false));
    long revision = northwind.admin().get("/api/v1/patents/" + id).json().get("revision").asLong();
    var corrected = bottlePatent(false);
    corrected.put("title", "Insulated bottle");
    assertThat(
            northwind
                .admin()
                .put("/api/v1/patents/" + id + "?revision=" + revision, corrected)
                .status())
        .isEqualTo(200);
    assertThat(
            northwind
                .admin()
                .put("/api/v1/patents/" + id + "?revision=" + revision, corrected)
                .isProblem(409))
        .as("the revision read before the first correction")
        .isTrue();

    assertThat(northwind.admin().delete("/api/v1/patents/" + id).status()).isEqualTo(204);

    JsonNode verdict = northwind.reviewer().post("/api/v1/screen", bottleListing("BTL-1")).json();
    assertThat(rules(verdict)).doesNotContain("PT_CLAIM");
    assertThat(northwind.admin().get("/api/v1/patents/" + id).isProblem(404)).isTrue();
  }

  @Test
  void aPatentWithoutAGrantDateOrWithAClaimReferringAheadIsRefusedByField() {
    var p = bottlePatent(false);
    p.put("granted", "");
    p.put("claims", "1. The bottle of claim 2.\n2. A bottle comprising a body.");
    var reply = northwind.admin().post("/api/v1/patents", p);

    assertThat(reply.isProblem(400)).as(reply.body()).isTrue();
    assertThat(reply.body()).contains("granted").contains("claims");
    assertThat(northwind.admin().get("/api/v1/patents").json().get("totalElements").asLong())
        .isZero();
  }

  @Test
  void anImportAddsPatentsUpdatesByNumberAndListsMalformedRowsByLine() {
    added(bottlePatent(false));
    String csv =
        "number,title,granted,filed,claims\n"
            + "11234567,Insulated bottle (corrected),2021-06-15,2019-03-01,"
            + "\"1. A drinking bottle comprising: a body; and a lid.\"\n"
            + "D912345,Bottle ornamental design,2021-02-02,2019-05-05,"
            + "\"1. The ornamental design for a bottle, as shown.\"\n"
            + "10999999,No grant date,,2015-01-01,\"1. A cup comprising a handle.\"\n";

    var upload = northwind.admin().upload("patents", "patents.csv", csv);
    assertThat(upload.status()).as(upload.body()).isEqualTo(202);
    long job = upload.json().get("id").asLong();
    JsonNode done =
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(50))
            .until(
                () -> northwind.admin().get("/api/v1/imports/" + job).json(),
                j -> !j.path("finishedAt").isNull() && !j.path("finishedAt").isMissingNode());

    assertThat(done.get("status").asString()).as("%s", done).isEqualTo("SUCCEEDED");
    assertThat(done.get("message").asString()).contains("1 patents added, 1 updated");
    String rejected = northwind.admin().get("/api/v1/imports/" + job + "/rejected").body();
    assertThat(rejected).contains("4").contains("granted");
    JsonNode list = northwind.viewer().get("/api/v1/patents").json().get("items");
    List<String> titles = new ArrayList<>();
    list.forEach(p -> titles.add(p.get("number").asString() + " " + p.get("type").asString()));
    assertThat(titles).containsExactly("11234567 UTILITY", "D912345 DESIGN");
    assertThat(northwind.viewer().upload("patents", "p.csv", csv).isProblem(403)).isTrue();
  }

  static String grantXml(String number, String title, String extra) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + extra
        + "<us-patent-grant lang=\"EN\" id=\"us-patent-grant\" country=\"US\">\n"
        + "<us-bibliographic-data-grant>\n"
        + "<publication-reference><document-id><country>US</country><doc-number>"
        + number
        + "</doc-number><kind>B2</kind><date>20210615</date></document-id>"
        + "</publication-reference>\n"
        + "<application-reference appl-type=\"utility\"><document-id><country>US</country>"
        + "<doc-number>16000001</doc-number><date>20190301</date></document-id>"
        + "</application-reference>\n"
        + "<invention-title id=\"t1\">"
        + title
        + "</invention-title>\n"
        + "</us-bibliographic-data-grant>\n"
        + "<claims id=\"claims\"><claim id=\"CLM-00001\" num=\"00001\"><claim-text>1. A bottle"
        + " comprising: a body; and a lid.</claim-text></claim></claims>\n"
        + "</us-patent-grant>\n";
  }

  static JsonNode finished(ApiClient who, long job) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> who.get("/api/v1/imports/" + job).json(),
            j -> !j.path("finishedAt").isNull() && !j.path("finishedAt").isMissingNode());
  }

  @Test
  void aUsptoGrantFileIsImportedAndAGrantDeclaringAnExternalEntityIsRejectedUnread() {
    var upload =
        northwind
            .admin()
            .upload("patents", "ipg210615.xml", grantXml("11234567", "Drinking bottle", ""));
    assertThat(upload.status()).as(upload.body()).isEqualTo(202);
    assertThat(
            finished(northwind.admin(), upload.json().get("id").asLong()).get("status").asString())
        .isEqualTo("SUCCEEDED");
    JsonNode list = northwind.viewer().get("/api/v1/patents").json();
    assertThat(list.get("totalElements").asLong()).isEqualTo(1);
    assertThat(list.get("items").get(0).get("title").asString()).isEqualTo("Drinking bottle");

    String hostile =
        grantXml(
            "11234568",
            "&secret;",
            "<!DOCTYPE us-patent-grant [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n");
    var refused = northwind.admin().upload("patents", "evil.xml", hostile);
    JsonNode job = finished(northwind.admin(), refused.json().get("id").asLong());
    assertThat(job.get("message").asString()).as("%s", job).contains("0 patents added");
    String rejected =
        northwind.admin().get("/api/v1/imports/" + job.get("id").asLong() + "/rejected").body();
    assertThat(rejected).containsIgnoringCase("entit").doesNotContain("root:");
    assertThat(northwind.viewer().get("/api/v1/patents").json().get("totalElements").asLong())
        .isEqualTo(1);
    assertThat(northwind.viewer().get("/api/v1/patents").body()).doesNotContain("root:");
  }

  @Test
  void aClaimChartQuotesWhatEachCapturedListingShowsOfEveryElement() {
    long id = added(bottlePatent(true));
    var rows = new MarketplaceRows(jdbc, clock);
    long org = northwind.organizationId();
    long seller = rows.seller(org, "amazon.com", "A1COPYCAT1", "Copycat Bottles", "", "", "");
    rows.capture(
        org,
        seller,
        "amazon.com",
        "B0COPYCAT1",
        "Insulated drinking bottle with straw lid",
        List.of(
            "Double-walled body",
            "Lid threaded onto the body and a straw extending through the lid",
            "Carabiner loop formed on the lid"),
        "Keeps water cold.",
        "12.99");
    rows.capture(
        org,
        seller,
        "amazon.com",
        "B0PLAINCUP",
        "Ceramic coffee mug",
        List.of("Dishwasher safe"),
        "A mug with a handle.",
        "8.99");

    var reply =
        northwind
            .viewer()
            .get("/api/v1/patents/" + id + "/chart?claim=1&asins=B0COPYCAT1,b0plaincup,B0UNKNOWN1");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode chart = reply.json();
    List<String> sources = new ArrayList<>();
    chart
        .get("columns")
        .forEach(c -> sources.add(c.get("asin").asString() + " " + c.get("source").asString()));
    assertThat(sources).containsExactly("B0COPYCAT1 CAPTURED", "B0PLAINCUP CAPTURED");
    assertThat(chart.get("notFound").toString()).contains("B0UNKNOWN1");
    assertThat(chart.has("chart")).as("the engine's chart stays inside").isFalse();
    JsonNode rowsOfChart = chart.get("rows");
    assertThat(rowsOfChart).hasSize(4);
    assertThat(rowsOfChart.get(0).get("label").asString()).isEqualTo("1[a]");
    JsonNode article = chart.get("article");
    assertThat(article.get("label").asString()).isEqualTo("1[pre]");
    assertThat(article.get("cells").get(0).get("shown").asString())
        .as("an insulated drinking bottle is the claimed article")
        .isEqualTo("SHOWN");
    assertThat(article.get("cells").get(1).get("shown").asString())
        .as("a coffee mug is not")
        .isNotEqualTo("SHOWN");
    JsonNode body = rowsOfChart.get(0).get("cells");
    assertThat(body.get(0).get("shown").asString()).isEqualTo("SHOWN");
    assertThat(body.get(0).get("evidence").asString().toLowerCase()).contains("double-walled body");
    assertThat(body.get(1).get("shown").asString()).isEqualTo("NOT_SHOWN");

    assertThat(
            northwind
                .viewer()
                .get("/api/v1/patents/" + id + "/chart?claim=2&asins=B0COPYCAT1")
                .isProblem(400))
        .as("claim 2 depends on claim 1")
        .isTrue();
    String tooMany = String.join(",", java.util.Collections.nCopies(1, "B0COPYCAT1"));
    StringBuilder many = new StringBuilder(tooMany);
    for (int i = 0; i < 20; i++) {
      many.append(",B0MANY").append(String.format("%04d", i));
    }
    assertThat(
            northwind
                .viewer()
                .get("/api/v1/patents/" + id + "/chart?claim=1&asins=" + many)
                .isProblem(400))
        .as("21 ASINs")
        .isTrue();
  }

  @Test
  void anotherOrganizationSeesNoneOfTheRegisterAndAViewerCannotChangeIt() {
    long id = added(bottlePatent(false));
    Tenant rival = tenants.sellerWithAdmin("Rival Drinkware");
    ApiClient admin = rival.admin();

    assertThat(admin.get("/api/v1/patents/" + id).isProblem(404)).isTrue();
    assertThat(admin.put("/api/v1/patents/" + id, bottlePatent(false)).isProblem(404)).isTrue();
    assertThat(admin.delete("/api/v1/patents/" + id).isProblem(404)).isTrue();
    assertThat(
            admin.get("/api/v1/patents/" + id + "/chart?claim=1&asins=B0COPYCAT1").isProblem(404))
        .isTrue();
    assertThat(admin.get("/api/v1/patents").json().get("totalElements").asLong()).isZero();
    assertThat(rules(admin.post("/api/v1/screen", bottleListing("BTL-1")).json()))
        .doesNotContain("PT_CLAIM");
    assertThat(northwind.viewer().post("/api/v1/patents", bottlePatent(false)).isProblem(403))
        .isTrue();
  }

  @Test
  void thePatentRoutesAreInTheOpenApiDocument() {
    var paths = ApiClient.anonymous(port).get("/v3/api-docs").json().get("paths");
    assertThat(paths.has("/api/v1/patents")).isTrue();
    assertThat(paths.has("/api/v1/patents/{id}")).isTrue();
    assertThat(paths.has("/api/v1/patents/{id}/chart")).isTrue();
  }
}
