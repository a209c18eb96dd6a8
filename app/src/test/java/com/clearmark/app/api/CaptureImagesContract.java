package com.clearmark.app.api;

import static com.clearmark.app.api.ApiContract.awaitRegistryCurrent;
import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.api.Tenants.Tenant;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.ProductPhotos;
import com.clearmark.app.support.TestClock;
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
 * The brand side of the works register through the API: Trailhead Outfitters registers the photo of
 * its bottle, watches third-party listings, gives the images they show, and a copy of its photo
 * opens a case. Each database gets a subclass ({@code CaptureImagesOnH2Test}, {@code
 * CaptureImagesOnPostgresTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClock.AsServiceClock.class)
abstract class CaptureImagesContract {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  Tenants tenants;
  Tenant trailhead;
  long work;

  @BeforeEach
  void aBrandWithItsPhotoRegistered() {
    tenants = new Tenants(accounts, apiTokens, members, passwords, port);
    trailhead = tenants.sellerWithAdmin("Trailhead Outfitters");
    work =
        CopyrightContract.photo(trailhead, "Trail bottle, front photo", "front.png")
            .json()
            .get("id")
            .asLong();
    awaitRegistryCurrent(trailhead.admin());
  }

  @Test
  void aWatchedListingShowingAResizedCopyOfTheBrandsPhotoGetsACopyrightFindingAndACase() {
    long listing = watched(trailhead, "B0COPYCAT7", "Insulated Sports Bottle 750ml", "14.99");
    String images = "/api/v1/monitoring/listings/" + listing + "/images";
    var api = trailhead.reviewer();
    var unrelated = api.uploadFile(images, "box.png", ProductPhotos.stripedSneaker());
    assertThat(unrelated.status()).as("%s", unrelated).isEqualTo(201);
    assertThat(cases(trailhead)).as("an unrelated image opens nothing").isEmpty();

    var copy = api.uploadFile(images, "main.jpg", ProductPhotos.trailBottleShrunk());

    assertThat(copy.status()).as("%s", copy).isEqualTo(201);
    assertThat(copy.json().get("image").get("position").asInt()).isEqualTo(2);
    long snapshot = copy.json().get("snapshotId").asLong();
    JsonNode finding = finding(trailhead, snapshot, "CR_IMAGE");
    assertThat(finding.get("mark").asString()).isEqualTo("Trail bottle, front photo");
    assertThat(finding.get("registration").asString()).isEqualTo(Long.toString(work));
    assertThat(finding.get("owner").asString()).isEqualTo("Trailhead Outfitters LLC");
    assertThat(finding.get("field").asString()).isEqualTo("images[2]");
    assertThat(finding.get("evidence").asString()).isEqualTo("main.jpg");
    var opened = cases(trailhead);
    assertThat(opened).hasSize(1);
    JsonNode c = opened.get(0);
    assertThat(c.get("rule").asString()).isEqualTo("CR_IMAGE");
    assertThat(c.get("mark").asString()).isEqualTo("Trail bottle, front photo");
    assertThat(c.get("registration").asString()).isEqualTo(Long.toString(work));
    assertThat(c.get("captureId").asLong()).isEqualTo(snapshot);
    assertThat(c.get("monitoredListingId").asLong()).isEqualTo(listing);
    assertThat(api.get(images).json().size()).isEqualTo(2);
    assertThat(api.get("/api/v1/audit").body()).contains("CAPTURE_IMAGE_ADDED");
  }

  @Test
  void aListingWithAnOpenCaseIsCapturedAgainAndALaterCaptureStillComparesItsImages() {
    long listing = watched(trailhead, "B0COPYCAT8", "Insulated Sports Bottle 1 l", "16.99");
    String images = "/api/v1/monitoring/listings/" + listing + "/images";
    var api = trailhead.reviewer();
    api.uploadFile(images, "main.jpg", ProductPhotos.trailBottleShrunk());
    api.uploadFile(images, "side.jpg", ProductPhotos.trailBottleAsJpeg());
    var opened = cases(trailhead);
    assertThat(opened).as("still one case").hasSize(1);
    var file = trailhead.viewer().get("/api/v1/cases/" + opened.get(0).get("id").asLong()).json();
    assertThat(EnforcementContract.kinds(file)).containsExactly("OPENED", "CAPTURED_AGAIN");

    var recaptured =
        trailhead
            .reviewer()
            .post(
                "/api/v1/monitoring/listings",
                Map.of(
                    "listings",
                    List.of(captured("B0COPYCAT8", "Insulated Sports Bottle 1 l", "12.99"))));
    long later = recaptured.json().get("captureIds").get(0).asLong();
    assertThat(rules(trailhead, later)).contains("CR_IMAGE");
  }

  @Test
  void aWatchedListingShowingOnlyAnUnrelatedImageGetsNoFindingAndNoCase() {
    long listing = watched(trailhead, "B0SNEAKER1", "Striped Running Sneaker", "49.00");
    var reply =
        trailhead
            .reviewer()
            .uploadFile(
                "/api/v1/monitoring/listings/" + listing + "/images",
                "sneaker.png",
                ProductPhotos.stripedSneaker());

    assertThat(reply.status()).as("%s", reply).isEqualTo(201);
    assertThat(rules(trailhead, reply.json().get("snapshotId").asLong()))
        .doesNotContain("CR_IMAGE");
    assertThat(cases(trailhead)).isEmpty();
  }

  @Test
  void aFileThatIsNoImageIsRefusedNamingTheFileAndNothingIsKept() {
    long listing = watched(trailhead, "B0COPYCAT9", "Insulated Bottle", "9.99");
    String images = "/api/v1/monitoring/listings/" + listing + "/images";

    var reply =
        trailhead
            .reviewer()
            .uploadFile(images, "bottle-side.jpg", ProductPhotos.pdfNamedLikeAPhoto());

    assertThat(reply.isProblem(400)).as("%s", reply).isTrue();
    assertThat(reply.json().get("errors").get("file").asString())
        .contains("bottle-side.jpg")
        .contains("not a JPEG, PNG, GIF or BMP image");
    assertThat(trailhead.viewer().get(images).json().size()).isZero();
    assertThat(trailhead.viewer().uploadFile(images, "x.png", ProductPhotos.trailBottle()).status())
        .as("a viewer gives no images")
        .isEqualTo(403);
  }

  @Test
  void anotherOrganizationsWatchedListingAnswersNotFound() {
    long listing = watched(trailhead, "B0COPYCAT5", "Insulated Bottle", "9.99");
    String images = "/api/v1/monitoring/listings/" + listing + "/images";
    trailhead.reviewer().uploadFile(images, "main.jpg", ProductPhotos.trailBottleShrunk());

    Tenant rival = tenants.sellerWithAdmin("Summit Copycat");
    assertThat(rival.admin().get(images).status()).isEqualTo(404);
    assertThat(rival.admin().uploadFile(images, "x.png", ProductPhotos.stripedSneaker()).status())
        .isEqualTo(404);
    assertThat(trailhead.viewer().get(images).json().size()).isEqualTo(1);
  }

  @Test
  void theOpenApiDocumentDescribesTheImagesOfWatchedListings() {
    JsonNode paths = ApiClient.anonymous(port).get("/v3/api-docs").json().path("paths");
    assertThat(paths.path("/api/v1/monitoring/listings/{id}/images").has("post")).isTrue();
    assertThat(paths.path("/api/v1/monitoring/listings/{id}/images").has("get")).isTrue();
  }

  // ---------------------------------------------------------------- what the tests say

  /** Captures a third party's listing for the brand and returns the watched listing's id. */
  static long watched(Tenant who, String listingId, String title, String price) {
    var reply =
        who.reviewer()
            .post(
                "/api/v1/monitoring/listings",
                Map.of("listings", List.of(captured(listingId, title, price))));
    assertThat(reply.status()).as("%s", reply).isEqualTo(200);
    long capture = reply.json().get("captureIds").get(0).asLong();
    return who.viewer()
        .get("/api/v1/monitoring/captures/" + capture)
        .json()
        .get("capture")
        .get("monitoredListingId")
        .asLong();
  }

  static Map<String, Object> captured(String listingId, String title, String price) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("marketplace", "amazon.com");
    c.put("listingId", listingId);
    c.put("url", "https://marketplace.example/dp/" + listingId);
    c.put("sellerId", "A2SUMMITDEALS");
    c.put("sellerName", "Summit Deals");
    c.put("price", new java.math.BigDecimal(price));
    c.put("currency", "USD");
    c.put("capturedAt", "2026-11-29T09:30:00Z");
    c.put("title", title);
    c.put("brand", "Summit");
    c.put("description", "Keeps drinks cold all day. Ships in two days.");
    c.put("category", "Sports & Outdoors");
    return c;
  }

  static JsonNode finding(Tenant who, long captureId, String rule) {
    for (JsonNode f :
        who.viewer().get("/api/v1/monitoring/captures/" + captureId).json().get("findings")) {
      if (f.get("rule").asString().equals(rule)) {
        return f;
      }
    }
    throw new AssertionError("snapshot " + captureId + " has no " + rule + " finding");
  }

  static List<String> rules(Tenant who, long captureId) {
    List<String> rules = new ArrayList<>();
    for (JsonNode f :
        who.viewer().get("/api/v1/monitoring/captures/" + captureId).json().get("findings")) {
      rules.add(f.get("rule").asString());
    }
    return rules;
  }

  static List<JsonNode> cases(Tenant who) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : who.viewer().get("/api/v1/cases").json()) {
      out.add(c.get("enforcementCase"));
    }
    return out;
  }
}
