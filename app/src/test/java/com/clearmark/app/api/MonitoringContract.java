package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.monitoring.CaptureListener;
import com.clearmark.app.monitoring.NewCapture;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.TestClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Monitoring through the API: third-party listings captured as immutable snapshots, screened
 * against the brand's own marks, with their sellers' personal data exported and erased on request.
 * Each database gets a subclass ({@code MonitoringOnH2Test}, {@code MonitoringOnPostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClock.AsServiceClock.class, MonitoringContract.Listening.class})
abstract class MonitoringContract {

  /** Remembers every new snapshot a listener is told of, with its organization. */
  static final class Told implements CaptureListener {
    record Heard(long org, NewCapture capture) {}

    final List<Heard> heard = new CopyOnWriteArrayList<>();

    @Override
    public void captured(OrganizationId org, List<NewCapture> batch) {
      batch.forEach(n -> heard.add(new Heard(org.value(), n)));
    }

    List<NewCapture> of(long org) {
      return heard.stream().filter(h -> h.org() == org).map(Heard::capture).toList();
    }
  }

  @TestConfiguration
  static class Listening {
    @Bean
    Told told() {
      return new Told();
    }
  }

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  @Autowired Told told;
  Tenants tenants;
  Tenant brand;

  @BeforeEach
  void aBrand() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    brand = tenants.sellerWithAdmin("Brindlecove");
  }

  static Map<String, Object> listing(String listingId, String title) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("marketplace", "amazon.com");
    m.put("listingId", listingId);
    m.put("url", "https://marketplace.example/dp/" + listingId);
    m.put("sellerId", "A2SELLER" + listingId);
    m.put("sellerName", "Cheap Finds Outlet");
    m.put("sellerAddress", "12 Harbour Road, Shenzhen");
    m.put("sellerPhone", "+86 755 0000 1111");
    m.put("sellerEmail", "sales@cheapfinds.example");
    m.put("price", 19.99);
    m.put("currency", "USD");
    m.put("capturedAt", "2026-11-29T09:30:00Z");
    m.put("title", title);
    m.put("brand", "Brindlecove");
    m.put("bulletPoints", List.of("Waxed canvas", "Brass buckles"));
    m.put("description", "A satchel for every day.");
    m.put("category", "Bags");
    return m;
  }

  static Map<String, Object> batch(Object... listings) {
    return Map.of("listings", List.of(listings));
  }

  JsonNode capture(ApiClient api, Object... listings) {
    var reply = api.post("/api/v1/monitoring/listings", batch(listings));
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    return reply.json();
  }

  long capturesOf(Tenant t) {
    return jdbc.sql("select count(*) from captures where organization_id = ?")
        .param(t.organizationId())
        .query(Long.class)
        .single();
  }

  @Test
  void capturingTheSameListingAgainMakesNoSecondSnapshot() {
    var first = capture(brand.reviewer(), listing("B0SATCHEL1", "Brindlecove leather satchel"));
    var again = listing("B0SATCHEL1", "Brindlecove leather satchel");
    again.put("capturedAt", "2026-11-30T08:00:00Z");
    again.put("url", "https://marketplace.example/dp/B0SATCHEL1?ref=crawl");
    var second = capture(brand.reviewer(), again);

    assertThat(first.get("snapshots").asInt()).isEqualTo(1);
    assertThat(second.get("snapshots").asInt()).isZero();
    assertThat(second.get("unchanged").asInt()).isEqualTo(1);
    assertThat(capturesOf(brand)).isEqualTo(1);
  }

  @Test
  void aChangedListingGetsASecondSnapshotAndTheFirstStaysAsItWas() {
    long firstId =
        capture(brand.reviewer(), listing("B0SATCHEL2", "Brindlecove leather satchel"))
            .get("captureIds")
            .get(0)
            .asLong();
    String before = brand.viewer().get("/api/v1/monitoring/captures/" + firstId).body();
    long secondId =
        capture(brand.reviewer(), listing("B0SATCHEL2", "Brindlecove leather satchel GENUINE"))
            .get("captureIds")
            .get(0)
            .asLong();

    assertThat(secondId).isNotEqualTo(firstId);
    assertThat(brand.viewer().get("/api/v1/monitoring/captures/" + firstId).body())
        .isEqualTo(before);
    var first = brand.viewer().get("/api/v1/monitoring/captures/" + firstId).json().get("capture");
    var second =
        brand.viewer().get("/api/v1/monitoring/captures/" + secondId).json().get("capture");
    assertThat(first.get("contentHash").asString()).hasSize(64);
    assertThat(second.get("contentHash").asString())
        .isNotEqualTo(first.get("contentHash").asString());
    assertThat(second.get("monitoredListingId").asLong())
        .isEqualTo(first.get("monitoredListingId").asLong());

    var history =
        brand
            .viewer()
            .get("/api/v1/monitoring/listings/" + first.get("monitoredListingId").asLong())
            .json();
    assertThat(history.get("listing").get("latestCaptureId").asLong()).isEqualTo(secondId);
    List<Long> ids = new ArrayList<>();
    history.get("snapshots").forEach(s -> ids.add(s.get("id").asLong()));
    assertThat(ids).containsExactly(secondId, firstId);
  }

  @Test
  void theContentHashIsTheSameForTheSameContentInAnotherOrganization() {
    var other = tenants.sellerWithAdmin("Brindlecove Twin");
    long a =
        capture(brand.reviewer(), listing("B0HASH0001", "Brindlecove tote"))
            .get("captureIds")
            .get(0)
            .asLong();
    long b =
        capture(other.reviewer(), listing("B0HASH0001", "Brindlecove tote"))
            .get("captureIds")
            .get(0)
            .asLong();
    String hashA =
        brand
            .viewer()
            .get("/api/v1/monitoring/captures/" + a)
            .json()
            .get("capture")
            .get("contentHash")
            .asString();
    String hashB =
        other
            .viewer()
            .get("/api/v1/monitoring/captures/" + b)
            .json()
            .get("capture")
            .get("contentHash")
            .asString();
    assertThat(hashA).isEqualTo(hashB).matches("[0-9a-f]{64}");
  }

  @Test
  void aListingOfAnAuthorizedSellerIsFlagged() {
    jdbc.sql(
            "insert into authorized_sellers (organization_id, marketplace, seller_id, seller_name,"
                + " valid_from, created_at, updated_at) values (?, 'amazon.com', 'A2SELLERB0AUTH0001',"
                + " 'Official Store', ?, current_timestamp, current_timestamp)")
        .params(brand.organizationId(), TestClock.TODAY.minusDays(30))
        .update();
    long authorized =
        capture(brand.reviewer(), listing("B0AUTH0001", "Brindlecove satchel"))
            .get("captureIds")
            .get(0)
            .asLong();
    long other =
        capture(brand.reviewer(), listing("B0AUTH0002", "Brindlecove satchel"))
            .get("captureIds")
            .get(0)
            .asLong();

    assertThat(
            brand
                .viewer()
                .get("/api/v1/monitoring/captures/" + authorized)
                .json()
                .get("capture")
                .get("sellerAuthorized")
                .asBoolean())
        .isTrue();
    assertThat(
            brand
                .viewer()
                .get("/api/v1/monitoring/captures/" + other)
                .json()
                .get("capture")
                .get("sellerAuthorized")
                .asBoolean())
        .isFalse();
  }

  @Test
  void aListingNamingTheBrandsOwnMarkIsScreenedAgainstIt() {
    Map<String, Object> mark = new LinkedHashMap<>();
    mark.put("name", "Brindlecove");
    mark.put("owner", "Brindlecove Goods Ltd");
    mark.put("registration", "7012345");
    mark.put("jurisdiction", "US");
    mark.put("niceClasses", "18");
    mark.put("own", true);
    var added = brand.admin().post("/api/v1/marks", mark);
    assertThat(added.status()).as("%s", added).isEqualTo(201);

    var fake = listing("B0FAKE0001", "Brindlecove satchel replica");
    fake.put("brand", "Generic");
    long id = capture(brand.reviewer(), fake).get("captureIds").get(0).asLong();

    var page = brand.viewer().get("/api/v1/monitoring/captures/" + id).json();
    assertThat(page.get("findings").size()).isPositive();
    assertThat(page.get("capture").get("decision").asString()).isNotEqualTo("PASS");
  }

  @Test
  void aPriceUnderHalfTheReferencePriceIsAFinding() {
    jdbc.sql(
            "insert into reference_prices (organization_id, brand, product, price, currency,"
                + " created_at) values (?, 'Brindlecove', 'satchel', 240.00, 'USD',"
                + " current_timestamp)")
        .param(brand.organizationId())
        .update();
    long cheap =
        capture(brand.reviewer(), listing("B0CHEAP001", "Brindlecove satchel"))
            .get("captureIds")
            .get(0)
            .asLong();
    var fair = listing("B0FAIR0001", "Brindlecove satchel");
    fair.put("price", 199.00);
    long fairId = capture(brand.reviewer(), fair).get("captureIds").get(0).asLong();

    var page = brand.viewer().get("/api/v1/monitoring/captures/" + cheap).json();
    List<String> rules = new ArrayList<>();
    page.get("findings").forEach(f -> rules.add(f.get("rule").asString()));
    assertThat(rules).contains("PRICE_BELOW_REFERENCE");
    assertThat(page.get("capture").get("decision").asString()).isIn("REVIEW", "BLOCK");
    var fairPage = brand.viewer().get("/api/v1/monitoring/captures/" + fairId).json();
    fairPage
        .get("findings")
        .forEach(f -> assertThat(f.get("rule").asString()).isNotEqualTo("PRICE_BELOW_REFERENCE"));
  }

  @Test
  void aBadRowIsRefusedWithItsIndexAndFieldAndNothingIsWritten() {
    var bad = listing("B0BAD00002", "Brindlecove satchel");
    bad.put("sellerEmail", "not an email");
    var reply =
        brand
            .reviewer()
            .post(
                "/api/v1/monitoring/listings",
                batch(listing("B0BAD00001", "Brindlecove satchel"), bad));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").has("listings[1].seller_email")).isTrue();
    assertThat(reply.body()).doesNotContain("Exception");
    assertThat(capturesOf(brand)).isZero();
  }

  @Test
  void aMissingTitleOrABadTimeNamesTheField() {
    var untitled = listing("B0BAD00003", "");
    var reply = brand.reviewer().post("/api/v1/monitoring/listings", batch(untitled));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("errors").has("listings[0].title")).isTrue();

    var late = listing("B0BAD00004", "Brindlecove satchel");
    late.put("capturedAt", "yesterday");
    var badTime = brand.reviewer().post("/api/v1/monitoring/listings", batch(late));
    assertThat(badTime.status()).isEqualTo(400);
    assertThat(badTime.json().get("errors").has("listings[0].captured_at")).isTrue();
  }

  @Test
  void aBatchOfMoreThanAThousandListingsIsRefused() {
    List<Object> many = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      many.add(listing("B0MANY" + i, "Brindlecove satchel " + i));
    }
    var reply = brand.reviewer().post("/api/v1/monitoring/listings", Map.of("listings", many));
    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("errors").has("listings")).isTrue();
    assertThat(capturesOf(brand)).isZero();
  }

  @Test
  void aViewerCannotCapture() {
    var reply =
        brand
            .viewer()
            .post("/api/v1/monitoring/listings", batch(listing("B0VIEW0001", "Brindlecove")));
    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void anotherOrganizationsSnapshotsListingsAndSellersAnswer404() {
    var other = tenants.sellerWithAdmin("Fenwick");
    long id =
        capture(brand.reviewer(), listing("B0MINE0001", "Brindlecove satchel"))
            .get("captureIds")
            .get(0)
            .asLong();
    var capture = brand.viewer().get("/api/v1/monitoring/captures/" + id).json().get("capture");
    long listingId = capture.get("monitoredListingId").asLong();
    long sellerId = capture.get("sellerRef").asLong();

    assertThat(other.admin().get("/api/v1/monitoring/captures/" + id).status()).isEqualTo(404);
    assertThat(other.admin().get("/api/v1/monitoring/listings/" + listingId).status())
        .isEqualTo(404);
    assertThat(other.admin().get("/api/v1/monitoring/sellers/" + sellerId + "/contact").status())
        .isEqualTo(404);
    assertThat(other.admin().delete("/api/v1/monitoring/sellers/" + sellerId + "/contact").status())
        .isEqualTo(404);
    assertThat(
            brand
                .viewer()
                .get("/api/v1/monitoring/sellers/" + sellerId + "/contact")
                .json()
                .get("email")
                .asString())
        .isEqualTo("sales@cheapfinds.example");
  }

  @Test
  void theListenerIsToldOfExactlyTheNewSnapshots() {
    var gone = listing("B0LSTN0003", "Brindlecove satchel");
    gone.put("available", false);
    var outcome =
        capture(
            brand.reviewer(),
            listing("B0LSTN0001", "Brindlecove satchel"),
            listing("B0LSTN0002", "Brindlecove tote"),
            gone);
    capture(
        brand.reviewer(),
        listing("B0LSTN0001", "Brindlecove satchel"),
        listing("B0LSTN0002", "Brindlecove tote in red"));

    List<Long> toldIds =
        told.of(brand.organizationId()).stream().map(n -> n.capture().id()).toList();
    assertThat(toldIds).hasSize(4);
    List<Long> firstIds = new ArrayList<>();
    outcome.get("captureIds").forEach(i -> firstIds.add(i.asLong()));
    assertThat(toldIds).containsAll(firstIds).doesNotHaveDuplicates();
    assertThat(told.of(brand.organizationId()))
        .anySatisfy(n -> assertThat(n.capture().available()).isFalse())
        .allSatisfy(n -> assertThat(n.seller()).isNotNull());
  }

  @Test
  void anErasedContactIsBlankAndStaysBlankWhenTheSellerIsCapturedAgain() {
    long id =
        capture(brand.reviewer(), listing("B0ERASE001", "Brindlecove satchel"))
            .get("captureIds")
            .get(0)
            .asLong();
    long seller =
        brand
            .viewer()
            .get("/api/v1/monitoring/captures/" + id)
            .json()
            .get("capture")
            .get("sellerRef")
            .asLong();
    String path = "/api/v1/monitoring/sellers/" + seller + "/contact";

    assertThat(brand.reviewer().delete(path).status()).isEqualTo(403);
    var erased = brand.admin().delete(path);
    assertThat(erased.status()).as("%s", erased).isEqualTo(200);
    capture(brand.reviewer(), listing("B0ERASE001", "Brindlecove satchel, new photos"));

    var contact = brand.viewer().get(path).json();
    assertThat(contact.get("email").asString()).isEmpty();
    assertThat(contact.get("phone").asString()).isEmpty();
    assertThat(contact.get("address").asString()).isEmpty();
    assertThat(contact.get("name").asString()).isEqualTo("Cheap Finds Outlet");
    assertThat(contact.get("contactErasedAt").isNull()).isFalse();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_log where organization_id = ? and action in"
                        + " ('SELLER_CONTACT_ERASED', 'SELLER_CONTACT_EXPORTED')")
                .param(brand.organizationId())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }
}
