package com.clearmark.app.api;

import static com.clearmark.app.api.ApiContract.awaitRegistryCurrent;
import static com.clearmark.app.api.ApiContract.listing;
import static com.clearmark.app.api.ApiContract.listingView;
import static com.clearmark.app.api.ApiContract.putListing;
import static com.clearmark.app.api.ApiContract.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.ProductPhotos;
import com.clearmark.app.support.TestClock;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The register of protected works and the images of listings through the API: Trailhead Outfitters
 * registers the photo of its bottle and its own listing copy, uploads images to its listings, and
 * sees what another organization can and cannot reach. Each database gets a subclass ({@code
 * CopyrightOnH2Test}, {@code CopyrightOnPostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.AsServiceClock.class)
abstract class CopyrightContract {

  static final String BOTTLE_COPY =
      "Our double-walled trail bottle keeps water cold for twenty-four hours on the hottest"
          + " switchbacks, with a leakproof bamboo cap and a loop that clips to any pack strap.";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  Tenants tenants;
  Tenant trailhead;

  @BeforeEach
  void aBrand() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    trailhead = tenants.sellerWithAdmin("Trailhead Outfitters");
  }

  @Test
  void anImageWorkIsRegisteredWithItsFileAndServedWithTheTypeReadFromItsContent() {
    var reply = photo(trailhead, "Trail bottle, front photo", "bottle-front.png");

    assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    JsonNode work = reply.json();
    assertThat(work.get("kind").asString()).isEqualTo("PHOTO");
    assertThat(work.get("owner").asString()).isEqualTo("Trailhead Outfitters LLC");
    assertThat(work.get("image").get("type").asString()).isEqualTo("png");
    assertThat(work.get("image").get("originalName").asString()).isEqualTo("bottle-front.png");
    long id = work.get("id").asLong();

    var image = trailhead.viewer().get("/api/v1/works/" + id + "/image");
    assertThat(image.status()).isEqualTo(200);
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(trailhead.viewer().get("/api/v1/works").json().size()).isEqualTo(1);
  }

  @Test
  void aTextWorkKeepsItsTextAndATextWithoutOneIsRefusedByField() {
    var added = trailhead.admin().post("/api/v1/works", text("Trail bottle listing copy"));
    assertThat(added.status()).as("%s", added).isEqualTo(201);
    assertThat(added.json().get("text").asString()).isEqualTo(BOTTLE_COPY);
    assertThat(added.json().get("image").isNull()).isTrue();

    Map<String, Object> empty = text("Bottle copy without its text");
    empty.put("text", " ");
    var refused = trailhead.admin().post("/api/v1/works", empty);
    assertThat(refused.isProblem(400)).as("%s", refused).isTrue();
    assertThat(refused.json().get("errors").get("text").asString()).contains("paste the text");
  }

  @Test
  void aFileThatIsNoImageIsRefusedNamingTheFileWhateverItsName() {
    var reply =
        trailhead
            .admin()
            .uploadForm(
                "/api/v1/works",
                Map.of("kind", "PHOTO", "title", "Trail bottle, side"),
                "file",
                "bottle-side.jpg",
                ProductPhotos.pdfNamedLikeAPhoto());

    assertThat(reply.isProblem(400)).as("%s", reply).isTrue();
    assertThat(reply.json().get("errors").get("file").asString())
        .contains("bottle-side.jpg")
        .contains("not a JPEG, PNG, GIF or BMP image");
    assertThat(trailhead.admin().get("/api/v1/works").json().size()).isZero();
  }

  @Test
  void onlyAnAdminRegistersAndCorrectsWorks() {
    assertThat(trailhead.viewer().post("/api/v1/works", text("Copy")).status()).isEqualTo(403);
    assertThat(trailhead.reviewer().post("/api/v1/works", text("Copy")).status()).isEqualTo(403);
    long id = trailhead.admin().post("/api/v1/works", text("Copy")).json().get("id").asLong();
    assertThat(trailhead.reviewer().delete("/api/v1/works/" + id).status()).isEqualTo(403);
  }

  @Test
  void aCorrectionOverAStaleRevisionIsRefusedAndTheAuditLogKeepsEachChange() {
    long id =
        trailhead.admin().post("/api/v1/works", text("Bottle copy")).json().get("id").asLong();
    Map<String, Object> corrected = text("Trail bottle copy, 2026 edition");
    var first = trailhead.admin().put("/api/v1/works/" + id + "?revision=0", corrected);
    assertThat(first.status()).as("%s", first).isEqualTo(200);
    assertThat(first.json().get("title").asString()).isEqualTo("Trail bottle copy, 2026 edition");
    assertThat(first.json().get("revision").asLong()).isEqualTo(1);

    var stale = trailhead.admin().put("/api/v1/works/" + id + "?revision=0", text("Other"));
    assertThat(stale.isProblem(409)).as("%s", stale).isTrue();

    assertThat(trailhead.admin().delete("/api/v1/works/" + id + "?revision=1").status())
        .isEqualTo(204);
    assertThat(trailhead.admin().get("/api/v1/works/" + id).status()).isEqualTo(404);
    String audit = trailhead.admin().get("/api/v1/audit").body();
    assertThat(audit).contains("WORK_ADDED").contains("WORK_CORRECTED").contains("WORK_DELETED");
  }

  @Test
  void anotherOrganizationsWorksAndListingImagesAnswerNotFound() {
    long work =
        photo(trailhead, "Trail bottle, front photo", "front.png").json().get("id").asLong();
    long listing =
        putListing(
            trailhead.reviewer(), listing("TH-BOTTLE-1", "Trail Bottle 750 ml", "Trailhead"));
    assertThat(
            trailhead
                .reviewer()
                .uploadFile(
                    "/api/v1/listings/" + listing + "/images",
                    "main.jpg",
                    ProductPhotos.trailBottleAsJpeg())
                .status())
        .isEqualTo(201);

    Tenant rival = tenants.sellerWithAdmin("Summit Copycat");
    var admin = rival.admin();
    assertThat(admin.get("/api/v1/works/" + work).status()).isEqualTo(404);
    assertThat(admin.get("/api/v1/works/" + work + "/image").status()).isEqualTo(404);
    assertThat(admin.put("/api/v1/works/" + work, text("Stolen")).status()).isEqualTo(404);
    assertThat(admin.delete("/api/v1/works/" + work).status()).isEqualTo(404);
    assertThat(
            admin
                .uploadFile(
                    "/api/v1/works/" + work + "/image", "x.png", ProductPhotos.stripedSneaker())
                .status())
        .isEqualTo(404);
    assertThat(admin.get("/api/v1/works").json().size()).isZero();
    assertThat(admin.get("/api/v1/listings/" + listing + "/images").status()).isEqualTo(404);
    assertThat(admin.get("/api/v1/listings/" + listing + "/images/1").status()).isEqualTo(404);
    assertThat(admin.delete("/api/v1/listings/" + listing + "/images/1").status()).isEqualTo(404);
    assertThat(
            admin
                .uploadFile(
                    "/api/v1/listings/" + listing + "/images",
                    "x.png",
                    ProductPhotos.stripedSneaker())
                .status())
        .isEqualTo(404);
    assertThat(trailhead.viewer().get("/api/v1/works/" + work + "/image").status()).isEqualTo(200);
  }

  @Test
  void theImagesAfterARemovedOneMoveUpOnePlace() {
    long listing =
        putListing(trailhead.reviewer(), listing("TH-BOTTLE-2", "Trail Bottle 1 l", "Trailhead"));
    String path = "/api/v1/listings/" + listing + "/images";
    var api = trailhead.reviewer();
    assertThat(
            api.uploadFile(path, "main.png", ProductPhotos.trailBottle())
                .json()
                .get("position")
                .asInt())
        .isEqualTo(1);
    assertThat(
            api.uploadFile(path, "side.jpg", ProductPhotos.trailBottleAsJpeg())
                .json()
                .get("position")
                .asInt())
        .isEqualTo(2);
    assertThat(trailhead.viewer().uploadFile(path, "x.png", ProductPhotos.trailBottle()).status())
        .isEqualTo(403);

    assertThat(api.delete(path + "/1").status()).isEqualTo(204);
    JsonNode left = api.get(path).json();
    assertThat(left.size()).isEqualTo(1);
    assertThat(left.get(0).get("position").asInt()).isEqualTo(1);
    assertThat(left.get(0).get("image").get("originalName").asString()).isEqualTo("side.jpg");
    assertThat(api.get(path + "/1").contentType()).isEqualTo("image/jpeg");
    assertThat(api.get(path + "/2").status()).isEqualTo(404);
  }

  @Test
  void aListingCopyingARegisteredTextIsFoundWhenTheTextIsRegisteredAfterIt() {
    Map<String, Object> copycat = listing("SC-BOTTLE-9", "Insulated Bottle 750ml", "Summit");
    copycat.put(
        "description",
        "Great gift. Our double-walled trail bottle keeps water cold for twenty-four hours on the"
            + " hottest switchbacks, with a leakproof bamboo cap. Ships fast.");
    long id = putListing(trailhead.reviewer(), copycat);
    assertThat(rules(trailhead, id)).doesNotContain("CR_TEXT");

    long work =
        trailhead
            .admin()
            .post("/api/v1/works", text("Trail bottle listing copy"))
            .json()
            .get("id")
            .asLong();
    awaitRegistryCurrent(trailhead.admin());

    JsonNode finding = findingOf(trailhead, id, "CR_TEXT");
    assertThat(finding.get("mark").asString()).isEqualTo("Trail bottle listing copy");
    assertThat(finding.get("registration").asString()).isEqualTo(Long.toString(work));
    assertThat(finding.get("owner").asString()).isEqualTo("Trailhead Outfitters LLC");
    assertThat(finding.get("field").asString()).isEqualTo("description");
    assertThat(finding.get("evidence").asString())
        .startsWith("Our double-walled trail bottle")
        .contains("leakproof bamboo cap");

    assertThat(trailhead.admin().delete("/api/v1/works/" + work).status()).isEqualTo(204);
    awaitRegistryCurrent(trailhead.admin());
    assertThat(rules(trailhead, id)).doesNotContain("CR_TEXT");
  }

  @Test
  void aListingImageCopyingARegisteredPhotoIsACopyrightFindingNamingBothImages() {
    long work =
        photo(trailhead, "Trail bottle, front photo", "front.png").json().get("id").asLong();
    long copy =
        putListing(trailhead.reviewer(), listing("SC-BOTTLE-2", "Insulated Bottle", "Summit"));
    long own =
        putListing(trailhead.reviewer(), listing("SC-SNEAKER-1", "Striped Sneaker", "Summit"));
    var api = trailhead.reviewer();
    api.uploadFile(
        "/api/v1/listings/" + copy + "/images", "box.png", ProductPhotos.stripedSneaker());
    api.uploadFile(
        "/api/v1/listings/" + copy + "/images", "main.jpg", ProductPhotos.trailBottleShrunk());
    api.uploadFile(
        "/api/v1/listings/" + own + "/images", "main.png", ProductPhotos.stripedSneaker());
    awaitRegistryCurrent(trailhead.admin());

    JsonNode finding = findingOf(trailhead, copy, "CR_IMAGE");
    assertThat(finding.get("category").asString()).isEqualTo("COPYRIGHT");
    assertThat(finding.get("severity").asString()).isEqualTo("HIGH");
    assertThat(finding.get("mark").asString()).isEqualTo("Trail bottle, front photo");
    assertThat(finding.get("registration").asString()).isEqualTo(Long.toString(work));
    assertThat(finding.get("field").asString()).isEqualTo("images[2]");
    assertThat(finding.get("evidence").asString()).isEqualTo("main.jpg");
    assertThat(summary(trailhead.viewer(), copy).get("decision").asString()).isEqualTo("BLOCK");
    assertThat(rules(trailhead, own)).doesNotContain("CR_IMAGE");

    assertThat(api.delete("/api/v1/listings/" + copy + "/images/2").status()).isEqualTo(204);
    awaitRegistryCurrent(trailhead.admin());
    assertThat(rules(trailhead, copy)).doesNotContain("CR_IMAGE");
  }

  @Test
  void aCapturedThirdPartyListingCopyingTheBrandsTextOpensACopyrightCase() {
    long work =
        trailhead
            .admin()
            .post("/api/v1/works", text("Trail bottle listing copy"))
            .json()
            .get("id")
            .asLong();
    awaitRegistryCurrent(trailhead.admin());
    Map<String, Object> captured = new LinkedHashMap<>();
    captured.put("marketplace", "amazon.com");
    captured.put("listingId", "B0COPYCAT1");
    captured.put("url", "https://marketplace.example/dp/B0COPYCAT1");
    captured.put("sellerId", "A2SUMMITDEALS");
    captured.put("sellerName", "Summit Deals");
    captured.put("price", 14.99);
    captured.put("currency", "USD");
    captured.put("capturedAt", "2026-11-29T09:30:00Z");
    captured.put("title", "Insulated Sports Bottle 750ml");
    captured.put("brand", "Summit");
    captured.put("description", BOTTLE_COPY);
    captured.put("category", "Sports & Outdoors");

    var reply =
        trailhead
            .reviewer()
            .post("/api/v1/monitoring/listings", Map.of("listings", List.of(captured)));

    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    JsonNode cases = trailhead.viewer().get("/api/v1/cases").json();
    assertThat(cases.size()).as("%s", cases).isEqualTo(1);
    JsonNode opened = cases.get(0).get("enforcementCase");
    assertThat(opened.get("rule").asString()).isEqualTo("CR_TEXT");
    assertThat(opened.get("mark").asString()).isEqualTo("Trail bottle listing copy");
    assertThat(opened.get("registration").asString()).isEqualTo(Long.toString(work));
  }

  @Test
  void anotherOrganizationsWorksAreNeverComparedWithItsListings() {
    trailhead.admin().post("/api/v1/works", text("Trail bottle listing copy"));
    Tenant rival = tenants.sellerWithAdmin("Summit Copycat");
    Map<String, Object> copycat = listing("SC-BOTTLE-1", "Insulated Bottle", "Summit");
    copycat.put("description", BOTTLE_COPY);

    long id = putListing(rival.reviewer(), copycat);

    assertThat(rules(rival, id)).doesNotContain("CR_TEXT");
  }

  @Test
  void theOpenApiDocumentDescribesTheWorksAndTheListingImages() {
    JsonNode paths = ApiClient.anonymous(port).get("/v3/api-docs").json().path("paths");
    assertThat(paths.has("/api/v1/works")).isTrue();
    assertThat(paths.path("/api/v1/works").has("post")).isTrue();
    assertThat(paths.has("/api/v1/works/{id}/image")).isTrue();
    assertThat(paths.has("/api/v1/listings/{id}/images")).isTrue();
    assertThat(paths.has("/api/v1/listings/{id}/images/{position}")).isTrue();
  }

  // ---------------------------------------------------------------- what the tests say

  static ApiClient.Reply photo(Tenant who, String title, String fileName) {
    return who.admin()
        .uploadForm(
            "/api/v1/works",
            Map.of(
                "kind", "PHOTO",
                "title", title,
                "owner", "Trailhead Outfitters LLC",
                "description", "Studio shot of the 750 ml bottle on a mountain backdrop"),
            "file",
            fileName,
            ProductPhotos.trailBottle());
  }

  static List<String> rules(Tenant who, long listingId) {
    List<String> rules = new ArrayList<>();
    for (JsonNode f : listingView(who.viewer(), listingId).path("version").path("findings")) {
      rules.add(f.path("rule").asString());
    }
    return rules;
  }

  /** The listing's finding of a rule, once a re-screen has written it. */
  static JsonNode findingOf(Tenant who, long listingId, String rule) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              for (JsonNode f :
                  listingView(who.viewer(), listingId).path("version").path("findings")) {
                if (f.path("rule").asString().equals(rule)) {
                  return f;
                }
              }
              return null;
            },
            f -> f != null);
  }

  static Map<String, Object> text(String title) {
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("kind", "TEXT");
    w.put("title", title);
    w.put("owner", "Trailhead Outfitters LLC");
    w.put("description", "The description of our own listings");
    w.put("text", BOTTLE_COPY);
    return w;
  }
}
