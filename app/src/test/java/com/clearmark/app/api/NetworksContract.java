package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.enforcement.CaseStatus;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.MarketplaceRows;
import com.clearmark.app.support.TestClock;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * A brand's sellers and the networks they form, through the API: a ring of storefronts sharing a
 * phone, a mailbox and a name pattern is one network, explained link by link; an unrelated seller
 * stays alone; erased contact data links nobody; another organization sees none of it. The sellers,
 * captures and cases are written as monitoring and enforcement leave them. Each database gets a
 * subclass ({@code NetworksOnH2Test}, {@code NetworksOnPostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.AsServiceClock.class)
abstract class NetworksContract {

  static final String AMAZON = "amazon.com";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  Tenants tenants;
  MarketplaceRows rows;
  Tenant voltra;

  /** The ring: two storefronts with one phone and one name stem, a third with the second's mail. */
  long kingStore;

  long king24;
  long bazaar;
  long lumen;

  @BeforeEach
  void aBrandWatchingARing() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    rows = new MarketplaceRows(jdbc, clock);
    voltra = tenants.sellerWithAdmin("Voltra Power");
    long org = voltra.organizationId();
    kingStore =
        rows.seller(
            org,
            AMAZON,
            "A1KING0001",
            "ChargeKing Store",
            "",
            "+1 415 555 0100",
            "sales@chargeking.example");
    king24 =
        rows.seller(
            org,
            AMAZON,
            "A1KING0024",
            "ChargeKing 24",
            "",
            "(415) 555-0100",
            "kingcharge@mail.example");
    bazaar =
        rows.seller(org, AMAZON, "A1VOLTBZR1", "Volt Bazaar", "", "", "KingCharge@mail.example");
    lumen =
        rows.seller(
            org,
            AMAZON,
            "A1LUMEN001",
            "Lumen Home Goods",
            "4 Elm Street, Portland",
            "+1 503 555 0199",
            "hello@lumen.example");
    rows.capture(
        org,
        kingStore,
        AMAZON,
        "B0KING0001",
        "Zorvix 65W charger original quality",
        List.of("Fast charging for laptops"),
        "Ships in one day.",
        "19.99");
    rows.capture(
        org,
        lumen,
        AMAZON,
        "B0LAMP0001",
        "Ceramic table lamp with linen shade",
        List.of("Warm light for reading"),
        "Hand glazed in three colours.",
        "49.00");
  }

  static List<Long> ids(JsonNode array) {
    List<Long> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get("id").asLong()));
    return out;
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asString()));
    return out;
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asString()));
    return out;
  }

  @Test
  void aRingLinkedByPhoneMailboxAndNamePatternIsOneNetworkExplainedLinkByLink() {
    var reply = voltra.viewer().get("/api/v1/networks");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode networks = reply.json().get("networks");
    assertThat(networks).hasSize(1);
    JsonNode ring = networks.get(0);
    assertThat(ring.get("id").asLong()).as("known by its smallest seller id").isEqualTo(kingStore);
    assertThat(ids(ring.get("members"))).containsExactly(kingStore, king24, bazaar);
    assertThat(strings(ring.get("linkKinds")))
        .containsExactlyInAnyOrder("PHONE", "EMAIL", "NAME_PATTERN");

    var detail = voltra.viewer().get("/api/v1/networks/" + kingStore);
    assertThat(detail.status()).as(detail.body()).isEqualTo(200);
    JsonNode links = detail.json().get("links");
    assertThat(texts(links, "kind")).contains("PHONE", "EMAIL", "NAME_PATTERN");
    for (JsonNode link : links) {
      assertThat(link.get("evidence").asString()).as("every link says why").isNotBlank();
    }
    assertThat(links)
        .anySatisfy(
            l -> {
              assertThat(l.get("kind").asString()).isEqualTo("PHONE");
              assertThat(List.of(l.get("from").asLong(), l.get("to").asLong()))
                  .containsExactlyInAnyOrder(kingStore, king24);
            });
  }

  @Test
  void aNetworkKeepsItsIdWhenANewStorefrontJoinsIt() {
    assertThat(voltra.viewer().get("/api/v1/networks/" + kingStore).status()).isEqualTo(200);

    long outlet =
        rows.seller(voltra.organizationId(), AMAZON, "A1KING0099", "ChargeKing Outlet", "", "", "");

    var ring = voltra.viewer().get("/api/v1/networks/" + kingStore);
    assertThat(ring.status()).as(ring.body()).isEqualTo(200);
    assertThat(ids(ring.json().get("members"))).containsExactly(kingStore, king24, bazaar, outlet);
  }

  @Test
  void anUnrelatedSellerIsInNoNetwork() {
    var reply = voltra.viewer().get("/api/v1/sellers/" + lumen);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.json().get("networkId").isNull()).isTrue();
    assertThat(reply.json().get("links")).isEmpty();
    assertThat(reply.json().get("riskScore").asInt()).isZero();
    assertThat(voltra.viewer().get("/api/v1/networks/" + lumen).status()).isEqualTo(404);
  }

  @Test
  void aSellersTakedownsRelistingsAndCounterfeitBuysMakeItsRiskWithReasons() {
    long org = voltra.organizationId();
    var original =
        rows.capture(
            org,
            king24,
            AMAZON,
            "B0KING0024",
            "Zorvix charger",
            List.of("Original"),
            "Cheap.",
            "9.99");
    long removed = rows.caseOn(org, original, CaseStatus.REMOVED, null);
    rows.testBuy(org, removed, "COUNTERFEIT");
    var again =
        rows.capture(
            org,
            king24,
            AMAZON,
            "B0KING0025",
            "Zorvix charger",
            List.of("Original"),
            "Cheap.",
            "9.99");
    long relisting = rows.caseOn(org, again, CaseStatus.DETECTED, removed);

    var reply = voltra.viewer().get("/api/v1/sellers/" + king24);

    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    JsonNode seller = reply.json();
    assertThat(ids(seller.get("cases"))).as("newest first").containsExactly(relisting, removed);
    assertThat(seller.get("takedowns").get(0).asLong()).isEqualTo(removed);
    assertThat(seller.get("relistings").get(0).asLong()).isEqualTo(relisting);
    assertThat(seller.get("networkId").asLong()).isEqualTo(kingStore);
    // 25 for the counterfeit buy, 20 for the relisting, 15 for the takedown, 5 for the open case,
    // 15 for two other sellers in its network.
    assertThat(seller.get("riskScore").asInt()).isEqualTo(80);
    assertThat(strings(seller.get("riskReasons")))
        .containsExactly(
            "1 counterfeit test buy (+25)",
            "1 relisting of a removed listing (+20)",
            "1 listing taken down (+15)",
            "1 case open (+5)",
            "linked to 2 other sellers in a network (+15)");
    assertThat(seller.get("contact").get("phone").asString()).isEqualTo("(415) 555-0100");
  }

  @Test
  void erasedContactDataNoLongerLinksNorShows() {
    rows.eraseContact(voltra.organizationId(), king24);

    var seller = voltra.viewer().get("/api/v1/sellers/" + king24).json();
    assertThat(seller.get("contact").isNull()).isTrue();
    assertThat(seller.get("contactErasedAt").isNull()).isFalse();
    assertThat(texts(seller.get("links"), "kind")).containsExactly("NAME_PATTERN");
    assertThat(seller.toString()).doesNotContain("555-0100").doesNotContain("kingcharge@");

    var bazaarNow = voltra.viewer().get("/api/v1/sellers/" + bazaar).json();
    assertThat(bazaarNow.get("networkId").isNull())
        .as("the mailbox was its only link, and it is erased")
        .isTrue();
    var ring = voltra.viewer().get("/api/v1/networks").json().get("networks").get(0);
    assertThat(ids(ring.get("members"))).containsExactly(kingStore, king24);
  }

  @Test
  void anotherOrganizationSeesNoneOfABrandsSellersOrNetworks() {
    Tenant rival = tenants.sellerWithAdmin("Rival Brands");
    ApiClient admin = rival.admin();

    assertThat(admin.get("/api/v1/sellers/" + kingStore).isProblem(404)).isTrue();
    assertThat(admin.get("/api/v1/networks/" + kingStore).isProblem(404)).isTrue();
    var list = admin.get("/api/v1/networks");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.json().get("networks")).isEmpty();
  }

  @Test
  void theSellerAndNetworkRoutesAreInTheOpenApiDocument() {
    var paths = ApiClient.anonymous(port).get("/v3/api-docs").json().get("paths");
    assertThat(paths.has("/api/v1/sellers/{id}")).isTrue();
    assertThat(paths.has("/api/v1/networks")).isTrue();
    assertThat(paths.has("/api/v1/networks/{id}")).isTrue();
  }
}
