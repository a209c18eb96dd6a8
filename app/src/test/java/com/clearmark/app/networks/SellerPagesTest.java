package com.clearmark.app.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import com.clearmark.app.enforcement.CaseStatus;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.FormPages;
import com.clearmark.app.support.MarketplaceRows;
import java.time.Clock;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The seller pages without JavaScript: a seller's record with its contact data and the buttons to
 * export or erase it, the networks table, and a network's graph with every link's evidence.
 */
class SellerPagesTest extends FormPages {

  static final String AMAZON = "amazon.com";

  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  MarketplaceRows rows;
  Caller brand;
  long kingStore;
  long king24;

  @BeforeEach
  void aBrandWatchingTwoLinkedStorefronts() {
    rows = new MarketplaceRows(jdbc, clock);
    brand = adminOf("D Voltra Power");
    kingStore =
        rows.seller(
            brand.organizationId(),
            AMAZON,
            "A1KING0001",
            "ChargeKing Store",
            "88 Harbour Road, Shenzhen",
            "+1 415 555 0100",
            "sales@chargeking.example");
    king24 =
        rows.seller(
            brand.organizationId(),
            AMAZON,
            "A1KING0024",
            "ChargeKing 24",
            "",
            "(415) 555-0100",
            "");
    rows.capture(
        brand.organizationId(),
        kingStore,
        AMAZON,
        "B0KING0001",
        "Zorvix 65W charger",
        List.of("Fast"),
        "Ships in one day.",
        "19.99");
  }

  MvcResult get(Caller caller, String path) throws Exception {
    return mvc.perform(
            MockMvcRequestBuilders.get(path)
                .with(
                    authentication(
                        new UsernamePasswordAuthenticationToken(
                            caller,
                            null,
                            List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name()))))))
        .andReturn();
  }

  Document page(Caller caller, String path) throws Exception {
    var result = get(caller, path);
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(200);
    return html(result);
  }

  @Test
  void aSellersPageShowsItsContactDataWithExportAndEraseAndItsLinks() throws Exception {
    var page = page(brand, "/sellers/" + kingStore);

    assertThat(page.selectFirst("h1").text()).startsWith("ChargeKing Store");
    assertThat(page.selectFirst("[data-testid=contact]").text())
        .contains("88 Harbour Road, Shenzhen", "+1 415 555 0100", "sales@chargeking.example");
    assertThat(page.selectFirst("#export-contact").attr("href"))
        .isEqualTo("/monitoring/sellers/" + kingStore + "/contact.json");
    var erase = page.selectFirst("#erase-contact").closest("form");
    assertThat(erase.attr("action"))
        .isEqualTo("/monitoring/sellers/" + kingStore + "/erase-contact");
    assertThat(erase.attr("hx-confirm")).startsWith("Erase the address, phone and email");
    assertThat(page.selectFirst("[data-testid=network-link]").attr("href"))
        .isEqualTo("/networks/" + kingStore);
    assertThat(page.select("[data-testid=links] tr[data-kind]"))
        .extracting(e -> e.attr("data-kind"))
        .containsExactlyInAnyOrder("PHONE", "NAME_PATTERN");
    assertThat(page.selectFirst("[data-testid=links]").text()).contains("ChargeKing 24");
  }

  @Test
  void aViewerSeesTheContactDataButNoEraseButton() throws Exception {
    var viewer =
        new Caller(
            brand.userId(),
            "Vic Viewer",
            brand.organizationId(),
            brand.organizationName(),
            Role.VIEWER);

    var page = page(viewer, "/sellers/" + kingStore);

    assertThat(page.selectFirst("#export-contact")).isNotNull();
    assertThat(page.selectFirst("#erase-contact")).isNull();
  }

  @Test
  void erasedContactDataIsNoLongerShown() throws Exception {
    rows.eraseContact(brand.organizationId(), kingStore);

    var page = page(brand, "/sellers/" + kingStore);

    assertThat(page.selectFirst("[data-testid=contact]")).isNull();
    assertThat(page.selectFirst("[data-testid=contact-erased]").text()).startsWith("Erased on");
    assertThat(page.text()).doesNotContain("555 0100").doesNotContain("Harbour Road");
    assertThat(page.select("[data-testid=links] tr[data-kind]"))
        .extracting(e -> e.attr("data-kind"))
        .containsExactly("NAME_PATTERN");
  }

  @Test
  void theNetworksTableListsTheNetworkAndItsPageDrawsTheGraphWithTheEvidence() throws Exception {
    var table = page(brand, "/networks");
    var row = table.selectFirst("tr[data-network=" + kingStore + "]");
    assertThat(row).isNotNull();
    assertThat(row.text()).contains("ChargeKing Store", "ChargeKing 24");

    var network = page(brand, "/networks/" + kingStore);
    var svg = network.selectFirst("svg.network-graph");
    assertThat(svg.select("circle")).hasSize(2);
    assertThat(svg.select("line")).hasSize(1);
    assertThat(svg.selectFirst("line title").text()).contains("415");
    assertThat(network.select("[data-testid=links] tr[data-kind]")).hasSize(2);
    assertThat(network.selectFirst("[data-testid=links]").text()).contains("ChargeKing 24");
  }

  @Test
  void theRiskiestSellersAreListedWithTheirReasons() throws Exception {
    var capture =
        rows.capture(
            brand.organizationId(),
            king24,
            AMAZON,
            "B0KING0024",
            "Zorvix charger",
            List.of("Original"),
            "Cheap.",
            "9.99");
    rows.caseOn(brand.organizationId(), capture, CaseStatus.REMOVED, null);

    var page = page(brand, "/networks");

    var rowsShown = page.select("[data-testid=riskiest] tr[data-seller]");
    assertThat(rowsShown).extracting(e -> e.attr("data-seller")).containsExactly("" + king24);
    assertThat(rowsShown.get(0).text())
        .contains("ChargeKing 24", "1 listing taken down (+15)", "Network " + kingStore);
  }

  @Test
  void anotherOrganizationsSellerAndNetworkAreNotFound() throws Exception {
    Caller rival = adminOf("D Rival Brands");

    assertThat(get(rival, "/sellers/" + kingStore).getResponse().getStatus()).isEqualTo(404);
    assertThat(get(rival, "/networks/" + kingStore).getResponse().getStatus()).isEqualTo(404);
    assertThat(page(rival, "/networks").selectFirst("[data-testid=no-networks]")).isNotNull();
  }
}
