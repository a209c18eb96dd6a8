package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import com.clearmark.app.web.CsvCells;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Without JavaScript, a reviewer undoes what was decided (restores a dismissed finding, reopens an
 * accepted listing), is asked before a dismissal or a bulk decision takes effect, and works the
 * queue sorted and filtered by the address, down to its CSV export.
 */
@Import(Sellers.class)
class ReviewUndoAndQueuePagesTest extends ServiceOnH2 {

  @Autowired Sellers sellers;

  Sellers.Seller seller;
  Visitor riley;
  long blocked;

  @BeforeEach
  void aSellerWithABlockedListing() throws InterruptedException {
    seller = sellers.seller("Ridgeline " + System.nanoTime());
    sellers.registers(seller, Sellers.SALOMON);
    blocked =
        sellers.lists(seller, Sellers.trailShoes("RL-1", "Salomon Speedcross trail running shoes"));
    riley = Visitor.signedIn(port, seller.reviewer().email(), seller.reviewer().password());
  }

  @Test
  void aDismissalIsConfirmedFirstAndARestoredFindingCountsAgain() {
    String page = "/listings/" + blocked;
    long finding = findingIds(riley.get(page).body()).get(0);
    assertThat(decision(page)).isEqualTo("BLOCK");

    HttpResponse<String> asked =
        riley.post(
            page,
            "/findings/" + finding + "/dismiss",
            Map.of("listingId", String.valueOf(blocked), "reason", "Salomon sells to us directly"));

    assertThat(asked.statusCode()).isEqualTo(200);
    Document confirm = Jsoup.parse(asked.body());
    assertThat(confirm.select("h1").text()).isEqualTo("Dismiss this finding?");
    assertThat(confirm.select("form input[name=confirmed]").val()).isEqualTo("true");
    assertThat(confirm.select("form input[name=reason]").val())
        .isEqualTo("Salomon sells to us directly");
    assertThat(decision(page)).as("nothing changes before the confirmation").isEqualTo("BLOCK");

    var dismissed =
        riley.post(
            page,
            "/findings/" + finding + "/dismiss",
            Map.of(
                "listingId",
                String.valueOf(blocked),
                "reason",
                "Salomon sells to us directly",
                "confirmed",
                "true"));
    assertThat(dismissed.statusCode()).isEqualTo(302);
    Document afterDismissal = Jsoup.parse(riley.get(page).body());
    assertThat(afterDismissal.select(".notice-success").text())
        .startsWith("Finding dismissed as a false positive; RL-1 is now ")
        .contains("(score 0)");
    // A dismissal screens the version again, so its findings are stored afresh.
    Element dismissedRow = afterDismissal.selectFirst("tr[data-finding]");
    assertThat(dismissedRow.hasClass("dismissed")).isTrue();
    assertThat(dismissedRow.select("button").text()).isEqualTo("Restore");
    finding = Long.parseLong(dismissedRow.attr("data-finding"));

    var restored =
        riley.post(
            page,
            "/findings/" + finding + "/restore",
            Map.of("listingId", String.valueOf(blocked), "reason", "The supplier was not Salomon"));
    assertThat(restored.statusCode()).isEqualTo(302);
    Document afterRestore = Jsoup.parse(riley.get(page).body());
    assertThat(afterRestore.select(".notice-success").text())
        .startsWith("Finding restored; it counts again and RL-1 is now ")
        .doesNotContain("(score 0)");
    assertThat(decision(page)).isEqualTo("BLOCK");
    Element restoredRow = afterRestore.selectFirst("tr[data-finding]");
    assertThat(restoredRow.hasClass("dismissed")).isFalse();
    assertThat(restoredRow.select("td").get(3).text()).as("the field in words").isEqualTo("Title");
    finding = Long.parseLong(restoredRow.attr("data-finding"));
    assertThat(afterRestore.select("[data-testid=review-status]").text()).isEqualTo("open");
    assertThat(afterRestore.select("#decide")).isNotEmpty();
    assertThat(historyActions(afterRestore)).contains("Finding restored");

    var again =
        riley.post(
            page,
            "/findings/" + finding + "/restore",
            Map.of("listingId", String.valueOf(blocked)));
    assertThat(Visitor.noticeIn(riley.get(path(again)).body()))
        .isEqualTo("This finding was not dismissed; it counts already.");
  }

  @Test
  void anAcceptedListingShowsItsNewStateAndCanBeReopened() {
    String page = "/listings/" + blocked;
    riley.post(
        page,
        "/listings/" + blocked + "/review",
        Map.of("action", "ACCEPT_RISK", "reason", "Licensed from Salomon SAS, ref. L-77"));

    Document accepted = Jsoup.parse(riley.get(page).body());
    assertThat(accepted.select("[data-testid=review-status]").text()).isEqualTo("accepted");
    assertThat(accepted.select("#decide")).as("the decision form is gone").isEmpty();
    assertThat(accepted.select("#decided h2").text()).isEqualTo("Risk accepted");
    assertThat(accepted.select("#decided button").text()).isEqualTo("Reopen");

    var reopened =
        riley.post(
            page, "/listings/" + blocked + "/reopen", Map.of("reason", "The licence ran out"));
    assertThat(reopened.statusCode()).isEqualTo(302);
    Document open = Jsoup.parse(riley.get(page).body());
    assertThat(open.select(".notice-success").text())
        .isEqualTo("RL-1 is open for review again; the change is in the audit log.");
    assertThat(open.select("[data-testid=review-status]").text()).isEqualTo("open");
    assertThat(open.select("#decide")).isNotEmpty();
    assertThat(open.select("#decided")).isEmpty();
    assertThat(historyActions(open)).contains("Review reopened");
    assertThat(skus(riley.get("/reviews").body())).containsExactly("RL-1");

    var twice = riley.post(page, "/listings/" + blocked + "/reopen", Map.of());
    assertThat(Visitor.noticeIn(riley.get(path(twice)).body()))
        .isEqualTo("Listing RL-1 is already open for review.");
  }

  @Test
  void theQueueShowsTheRuleMarkAndEvidenceAndSortsByTheAddress() {
    sellers.lists(seller, Sellers.trailShoes("RL-3", "Salomon Sense Ride trail shoes"));
    sellers.lists(seller, Sellers.trailShoes("RL-2", "Salomon XA Pro trail running shoes"));

    Document queue = Jsoup.parse(riley.get("/reviews?sort=sku&dir=desc").body());

    assertThat(skus(queue.html())).containsExactly("RL-3", "RL-2", "RL-1");
    Element sku = queue.selectFirst("th[aria-sort] a[data-sort=sku]");
    assertThat(sku).isNotNull();
    assertThat(sku.parent().attr("aria-sort")).isEqualTo("descending");
    assertThat(sku.attr("href")).isEqualTo("/reviews?sort=sku&dir=asc");
    Element row = queue.selectFirst("tr[data-listing=" + blocked + "]");
    assertThat(row.selectFirst("td[data-column=rule] a").attr("href"))
        .startsWith("/help/rules/TM_");
    assertThat(row.selectFirst("td[data-column=rule]").text()).doesNotContain("TM_");
    assertThat(row.selectFirst("td[data-column=mark]").text()).isEqualTo("Salomon");
    assertThat(row.selectFirst("td[data-column=evidence] mark.evidence").text())
        .isEqualTo("Salomon");
    assertThat(row.selectFirst("td[data-column=evidence]").text()).contains("Speedcross");
    assertThat(queue.selectFirst("[data-testid=view-link]").attr("href"))
        .isEqualTo("/reviews?sort=sku&dir=desc");
    assertThat(skus(riley.get("/reviews?sort=sku&dir=asc&q=RL-").body()))
        .containsExactly("RL-1", "RL-2", "RL-3");

    var unknown = riley.get("/reviews?sort=colour");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("sort by one of").doesNotContain("Exception");
  }

  @Test
  void aBulkDecisionIsConfirmedFirstAndAValidationErrorKeepsTheTickedRows() {
    long other = sellers.lists(seller, Sellers.trailShoes("RL-4", "Salomon trail gaiters"));

    var refused =
        riley.post(
            "/reviews",
            "/reviews/bulk",
            Map.of(
                "listingIds",
                String.valueOf(other),
                "action",
                "ACCEPT_RISK",
                "reason",
                " ",
                "sort",
                "sku",
                "dir",
                "desc"));

    assertThat(refused.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.select(".notice-error").text()).isEqualTo("Say why the risk is accepted.");
    assertThat(page.select("input[name=listingIds][checked]").eachAttr("value"))
        .containsExactly(String.valueOf(other));
    assertThat(skus(page.html())).containsExactly("RL-4", "RL-1");

    var asked =
        riley.post(
            "/reviews",
            "/reviews/bulk",
            Map.of("listingIds", String.valueOf(other), "action", "MARK_FIXED"));
    assertThat(Jsoup.parse(asked.body()).select("h1").text()).isEqualTo("Mark 1 listing fixed?");
    assertThat(skus(riley.get("/reviews").body())).contains("RL-4");

    var done =
        riley.post(
            "/reviews",
            "/reviews/bulk",
            Map.of(
                "listingIds",
                String.valueOf(other),
                "action",
                "MARK_FIXED",
                "confirmed",
                "true",
                "sort",
                "sku"));
    assertThat(Visitor.location(done)).endsWith("/reviews?sort=sku&dir=asc");
    assertThat(skus(riley.get("/reviews").body())).containsExactly("RL-1");
  }

  @Test
  void theQueueAndTheListingsExportCarryTheFindings() {
    var queue = CsvCells.parse(riley.get("/reviews/export.csv?sort=sku").body());
    assertThat(queue.get(0))
        .containsSequence("rule", "mark", "severity", "field", "evidence", "further findings");
    List<String> row = queue.get(1);
    assertThat(row.get(0)).isEqualTo("RL-1");
    assertThat(row.get(queue.get(0).indexOf("mark"))).isEqualTo("Salomon");
    assertThat(row.get(queue.get(0).indexOf("rule"))).doesNotContain("TM_").isNotBlank();
    assertThat(row.get(queue.get(0).indexOf("evidence")))
        .isEqualTo("Salomon Speedcross trail running shoes");
    assertThat(queue).hasSize(2);

    var listings = CsvCells.parse(riley.get("/listings/export.csv").body());
    int findings = listings.get(0).indexOf("findings");
    assertThat(findings).isPositive();
    assertThat(listings.get(1).get(findings)).contains(": Salomon in title: Salomon");
  }

  // ---------------------------------------------------------------- reading the pages

  /** Where a redirect goes, as a path on the service. */
  private static String path(HttpResponse<?> redirect) {
    return java.net.URI.create(Visitor.location(redirect)).getRawPath();
  }

  private String decision(String page) {
    // The badge's class names the decision, whatever words it shows.
    Element badge = Jsoup.parse(riley.get(page).body()).selectFirst("main h1 .badge");
    return badge.classNames().stream()
        .filter(c -> c.startsWith("badge-"))
        .map(c -> c.substring(6).toUpperCase(java.util.Locale.ROOT))
        .findFirst()
        .orElse("");
  }

  private static List<Long> findingIds(String html) {
    return Jsoup.parse(html).select("tr[data-finding]").eachAttr("data-finding").stream()
        .map(Long::parseLong)
        .toList();
  }

  private static List<String> skus(String html) {
    return Jsoup.parse(html).select("table.queue tbody tr td.mono").eachText();
  }

  private static List<String> historyActions(Document listing) {
    return listing
        .select("section[aria-labelledby=history-heading] tbody td:nth-child(3)")
        .eachText();
  }
}
