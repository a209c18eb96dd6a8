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
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import com.clearmark.engine.io.ListingFormat;
import com.clearmark.engine.io.ListingReader;
import com.clearmark.engine.listing.Listing;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Fix in place through the pages: the suggested correction of a finding is previewed as a diff with
 * the decision the corrected text would get, saved as the next version screened at once, and
 * downloaded in the category flat-file layout; a correction of a listing that changed meanwhile is
 * refused, and nothing is saved from a form with a bad field.
 */
class FixInPlacePagesTest extends ServiceOnH2 {

  private static final String PASSWORD = "correct horse battery";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired RegistryService registry;
  @Autowired RegistryIndexes indexes;
  @Autowired CatalogService catalog;

  @TempDir Path files;

  private Caller reviewer;
  private Member reviewerMember;
  private Member viewerMember;

  record Member(long id, String email) {}

  @BeforeEach
  void aTrailShoeSellerWithTheSalomonMark() throws Exception {
    long org = accounts.createOrganization("Ridgeway Trail Co " + UUID.randomUUID());
    var admin = member(org, "Ada Admin", Role.ADMIN);
    reviewerMember = member(org, "Rui Reviewer", Role.REVIEWER);
    viewerMember = member(org, "Vera Viewer", Role.VIEWER);
    registry.add(
        new Caller(admin.id(), "Ada Admin", org, "Ridgeway", Role.ADMIN),
        new MarkForm("Salomon", "Salomon SAS", "1234567", "US", "25", "LIVE", false, false));
    indexes.awaitIdle(org, Duration.ofSeconds(10));
    reviewer = new Caller(reviewerMember.id(), "Rui Reviewer", org, "Ridgeway", Role.REVIEWER);
  }

  /** Trail shoes of the seller's own make whose backend keywords name Salomon. */
  private long shoesWithSalomonInTheSearchTerms() {
    return catalog
        .upsert(
            reviewer,
            new ListingInput(
                "RW-100",
                "B0RIDGE100",
                "Ridgeway trail running shoes",
                "Ridgeway",
                List.of("Grippy lugs", "Quick laces"),
                "Trail shoes for wet ground.",
                "salomon trail shoes",
                new BigDecimal("79.00"),
                "USD",
                "Clothing, Shoes & Jewelry",
                "US"))
        .listingId();
  }

  @Test
  void theSuggestedRemovalOfAMarkFromTheSearchTermsIsPreviewedSavedScreenedAndDownloaded()
      throws Exception {
    long id = shoesWithSalomonInTheSearchTerms();
    var session = signedIn(reviewerMember);
    var listingPage = Jsoup.parse(session.get("/listings/" + id).body());
    var preview = listingPage.selectFirst("[data-testid=finding-suggestion] a");
    assertThat(preview).as("a Preview fix link on the finding").isNotNull();
    assertThat(listingPage.select("[data-testid=fix-all]")).hasSize(1);
    assertThat(listingPage.selectFirst("[data-testid=finding-suggestion]").text())
        .containsIgnoringCase("search terms");

    String fixPath = preview.attr("href");
    var fixResponse = session.get(fixPath);
    assertThat(fixResponse.statusCode()).isEqualTo(200);
    var fixPage = Jsoup.parse(fixResponse.body());
    assertThat(fixPage.selectFirst("form[action$=/edit]")).as(fixResponse.body()).isNotNull();
    assertThat(fixPage.select("[data-testid=diff] del").text()).containsIgnoringCase("salomon");
    assertThat(fixPage.selectFirst("[data-testid=preview-outcome]").attr("data-decision"))
        .isEqualTo("PASS");
    assertThat(fixPage.selectFirst("#searchTerms").val()).doesNotContainIgnoringCase("salomon");

    var saved = session.post(fixPath, "/listings/" + id + "/edit", formOf(fixPage));
    assertThat(saved.statusCode()).isEqualTo(302);
    var after = session.get("/listings/" + id).body();
    assertThat(Visitor.noticeIn(after)).startsWith("Saved version 2 and screened it: ");
    var afterPage = Jsoup.parse(after);
    assertThat(afterPage.selectFirst("[data-testid=score]").text()).isEqualTo("0");
    assertThat(afterPage.selectFirst("[data-testid=corrected-download]")).isNotNull();
    assertThat(afterPage.select("[data-testid=fix-all]")).as("nothing left to fix").isEmpty();

    var download = session.getBytes("/listings/corrected/flat-file.txt");
    assertThat(download.statusCode()).isEqualTo(200);
    Path flat = files.resolve("corrected.txt");
    Files.write(flat, download.body());
    List<Listing> read = readListings(flat);
    assertThat(read).hasSize(1);
    assertThat(read.get(0).sku()).isEqualTo("RW-100");
    assertThat(read.get(0).searchTerms()).doesNotContainIgnoringCase("salomon").contains("trail");
    assertThat(read.get(0).title()).isEqualTo("Ridgeway trail running shoes");
  }

  @Test
  void aCorrectionOfAListingThatChangedSinceTheFormOpenedIsRefusedAndNothingIsSaved() {
    long id = shoesWithSalomonInTheSearchTerms();
    var session = signedIn(reviewerMember);
    var fixPage = Jsoup.parse(session.get("/listings/" + id + "/fix").body());
    // An import changes the listing while the seller is looking at the preview.
    catalog.upsert(
        reviewer,
        new ListingInput(
            "RW-100",
            "B0RIDGE100",
            "Ridgeway trail running shoes, wide fit",
            "Ridgeway",
            List.of("Grippy lugs"),
            "Trail shoes for wet ground.",
            "salomon trail shoes",
            new BigDecimal("79.00"),
            "USD",
            "Clothing, Shoes & Jewelry",
            "US"));

    var refused =
        session.post("/listings/" + id + "/fix", "/listings/" + id + "/edit", formOf(fixPage));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("changed while you were editing it", "now at version 2");
    var listing = Jsoup.parse(session.get("/listings/" + id).body());
    assertThat(listing.selectFirst("p.lead").text())
        .isEqualTo("Ridgeway trail running shoes, wide fit");
    assertThat(listing.select("table.data tbody tr td.num a").eachText())
        .contains("2")
        .doesNotContain("3");
  }

  @Test
  void aBlankTitleIsRefusedBesideItsFieldWithTheTypedTextKept() {
    long id = shoesWithSalomonInTheSearchTerms();
    var session = signedIn(reviewerMember);
    var editPage = Jsoup.parse(session.get("/listings/" + id + "/edit").body());
    var fields = formOf(editPage);
    fields.put("title", "  ");
    fields.put("description", "Trail shoes for wet ground, now with a wider toe box.");

    var refused = session.post("/listings/" + id + "/edit", "/listings/" + id + "/edit", fields);
    assertThat(refused.statusCode()).isEqualTo(200);
    var page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst("#title-error").text()).isEqualTo("a listing needs a title");
    assertThat(page.selectFirst("#description").text()).contains("wider toe box");
    assertThat(session.get("/listings/" + id).body()).doesNotContain("Saved version");
  }

  @Test
  void aViewerCannotOpenTheEditor() {
    long id = shoesWithSalomonInTheSearchTerms();
    var session = signedIn(viewerMember);
    assertThat(session.get("/listings/" + id + "/edit").statusCode()).isEqualTo(403);
    assertThat(
            Jsoup.parse(session.get("/listings/" + id).body())
                .select("[data-testid=finding-suggestion]"))
        .isEmpty();
  }

  /** The fields of the editor form as the page filled them, as a browser would send them. */
  private static Map<String, String> formOf(org.jsoup.nodes.Document page) {
    Map<String, String> fields = new HashMap<>();
    var form = page.selectFirst("form[action$=/edit]");
    for (var input : form.select("input[name], textarea[name]")) {
      if (!input.attr("name").equals("_csrf")) {
        fields.put(
            input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
      }
    }
    return fields;
  }

  private static List<Listing> readListings(Path file) throws Exception {
    List<Listing> out = new ArrayList<>();
    try (var reader = ListingReader.open(file, StandardCharsets.UTF_8, true, p -> {})) {
      assertThat(reader.format()).isEqualTo(ListingFormat.CATEGORY_FLAT_FILE);
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  private Member member(long org, String name, Role role) {
    String email =
        role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@ridgeway.test";
    long id = accounts.createUser(email, name, passwords.encode(PASSWORD));
    accounts.addMember(org, id, role);
    return new Member(id, email);
  }

  private Visitor signedIn(Member member) {
    var session = new Visitor(port);
    var response = session.signIn(member.email(), PASSWORD);
    assertThat(response.statusCode()).isEqualTo(302);
    return session;
  }
}
