package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ProductPhotos;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Through the works pages a brand registers the photos and texts it protects and uploads the images
 * of its listings: what is right is stored and shown, a wrong file is named beside its field (never
 * a stack trace), a viewer only looks, and nothing of another organization is reachable.
 */
class WorksPagesTest extends ServiceOnH2 {

  static final String PASSWORD = "correct horse battery";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired CatalogService catalog;

  record Brand(Caller admin, String adminEmail, String viewerEmail, long listingId) {}

  Brand trailhead;

  @BeforeEach
  void aBrand() {
    trailhead = brand("Trailhead Outfitters");
  }

  @Test
  void anAdminRegistersAPhotoThroughTheFormAndSeesItInTheRegister() {
    var page = signedIn(trailhead.adminEmail());

    var response = registerPhoto(page, "Trail bottle, front photo", "bottle-front.png");

    assertThat(response.statusCode()).isEqualTo(302);
    String workPage = Visitor.location(response);
    assertThat(workPage).matches(".*/works/\\d+$");
    var work = html(page.get(path(workPage)));
    assertThat(work.select(".notice-success").text())
        .isEqualTo("\"Trail bottle, front photo\" registered; listings are screened against it.");
    assertThat(work.select("dl.facts").text()).contains("Product photo").contains("Trailhead LLC");
    String src = work.selectFirst("img[data-testid=work-image]").attr("src");
    HttpResponse<byte[]> image = page.getBytes(src);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");

    var register = html(page.get("/works"));
    assertThat(register.select("table.data tbody tr").text())
        .contains("Trail bottle, front photo")
        .contains("Product photo");
  }

  @Test
  void aFileThatIsNoImageIsNamedBesideTheFileFieldAndNothingIsRegistered() {
    var page = signedIn(trailhead.adminEmail());

    var response =
        page.upload(
            "/works/new",
            "/works",
            "bottle-side.jpg",
            ProductPhotos.pdfNamedLikeAPhoto(),
            Map.of("kind", "PHOTO", "title", "Trail bottle, side"));

    assertThat(response.statusCode()).isEqualTo(200);
    var form = html(response);
    assertThat(form.selectFirst("#file-error").text())
        .isEqualTo("bottle-side.jpg is not a JPEG, PNG, GIF or BMP image (judged by its content)");
    assertThat(form.selectFirst("#title").val()).isEqualTo("Trail bottle, side");
    assertThat(html(page.get("/works")).select("[data-testid=no-works]")).hasSize(1);
  }

  @Test
  void aPhotoWithoutItsFileAndAWorkWithoutATitleAreRefusedByField() {
    var page = signedIn(trailhead.adminEmail());

    var noFile =
        page.post("/works/new", "/works", Map.of("kind", "LOGO", "title", "Trailhead logo"));
    assertThat(html(noFile).selectFirst("#file-error").text())
        .isEqualTo("choose the image file of the work");

    var noTitle =
        page.post(
            "/works/new",
            "/works",
            Map.of("kind", "TEXT", "title", " ", "text", "Keeps water cold all day."));
    assertThat(html(noTitle).selectFirst("#title-error").text())
        .isEqualTo("give the work a title a person recognises");
    assertThat(html(page.get("/works")).select("[data-testid=no-works]")).hasSize(1);
  }

  @Test
  void aTextWorkIsCorrectedAndDeletedAfterTheQuestionAPageWithoutJavaScriptAsks() {
    var page = signedIn(trailhead.adminEmail());
    var added =
        page.post(
            "/works/new",
            "/works",
            Map.of(
                "kind", "TEXT",
                "title", "Bottle listing copy",
                "text", "Our trail bottle keeps water cold for a whole day on the trail."));
    String work = path(Visitor.location(added));

    var corrected =
        page.post(
            work + "/edit",
            work,
            Map.of(
                "kind", "TEXT",
                "title", "Bottle listing copy, 2026",
                "text", "Our trail bottle keeps water cold for a whole day on the trail.",
                "revision", "0"));
    assertThat(corrected.statusCode()).isEqualTo(302);
    assertThat(html(page.get(work)).select("h1").text()).isEqualTo("Bottle listing copy, 2026");

    var stale =
        page.post(
            work + "/edit",
            work,
            Map.of("kind", "TEXT", "title", "Other", "text", "Other text.", "revision", "0"));
    assertThat(html(stale).select(".notice-error").text()).contains("changed by someone else");

    var asked = page.post(work, work + "/delete", Map.of());
    assertThat(html(asked).select("h1").text())
        .isEqualTo("Delete the work \"Bottle listing copy, 2026\"?");
    var deleted = page.post(work, work + "/delete", Map.of("confirm", "yes", "revision", "1"));
    assertThat(Visitor.location(deleted)).endsWith("/works");
    assertThat(page.get(work).statusCode()).isEqualTo(404);
  }

  @Test
  void aViewerSeesTheRegisterButNeitherTheFormNorTheUploads() {
    var admin = signedIn(trailhead.adminEmail());
    String work = path(Visitor.location(registerPhoto(admin, "Trail bottle", "front.png")));
    var viewer = signedIn(trailhead.viewerEmail());

    var register = html(viewer.get("/works"));
    assertThat(register.select("#add-work")).isEmpty();
    assertThat(register.select("tbody tr").text()).contains("Trail bottle");
    assertThat(viewer.get("/works/new").statusCode()).isEqualTo(403);
    assertThat(html(viewer.get(work)).select("form[action$=/image]")).isEmpty();
    var images = html(viewer.get("/listings/" + trailhead.listingId() + "/images"));
    assertThat(images.select("#upload-listing-image")).isEmpty();
  }

  @Test
  void aListingImageUploadedOnItsPageIsShownThereAndOnTheListing() {
    var page = signedIn(trailhead.adminEmail());
    String images = "/listings/" + trailhead.listingId() + "/images";

    var uploaded =
        page.upload(images, images, "main.jpg", ProductPhotos.trailBottleAsJpeg(), Map.of());

    assertThat(uploaded.statusCode()).isEqualTo(302);
    var shown = html(page.get(images));
    assertThat(shown.select(".notice-success").text())
        .isEqualTo("Image 1 added; the listing is screened again against your works.");
    assertThat(shown.select(".image-list figcaption").text()).isEqualTo("1. main.jpg");
    assertThat(page.getBytes(images + "/1").headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("image/jpeg");
    var listing = html(page.get("/listings/" + trailhead.listingId()));
    assertThat(listing.selectFirst("#listing-images").attr("hx-get")).isEqualTo(images);

    var notImage =
        page.upload(images, images, "manual.png", ProductPhotos.pdfNamedLikeAPhoto(), Map.of());
    assertThat(Visitor.location(notImage)).endsWith(images);
    assertThat(html(page.get(images)).select(".notice-error").text())
        .isEqualTo(
            "Not attached: manual.png is not a JPEG, PNG, GIF or BMP image (judged by its"
                + " content).");
  }

  @Test
  void anotherOrganizationsWorksAndListingImagesAnswerNotFound() {
    var admin = signedIn(trailhead.adminEmail());
    String work = path(Visitor.location(registerPhoto(admin, "Trail bottle", "front.png")));
    String images = "/listings/" + trailhead.listingId() + "/images";
    admin.upload(images, images, "main.png", ProductPhotos.trailBottle(), Map.of());
    Brand rival = brand("Summit Copycat");
    var other = signedIn(rival.adminEmail());

    assertThat(other.get(work).statusCode()).isEqualTo(404);
    assertThat(other.get(work + "/image").statusCode()).isEqualTo(404);
    assertThat(other.get(work + "/edit").statusCode()).isEqualTo(404);
    assertThat(other.get(images).statusCode()).isEqualTo(404);
    assertThat(other.get(images + "/1").statusCode()).isEqualTo(404);
    var ownImages = "/listings/" + rival.listingId() + "/images";
    assertThat(
            other
                .upload(ownImages, images, "x.png", ProductPhotos.stripedSneaker(), Map.of())
                .statusCode())
        .isEqualTo(404);
    assertThat(html(other.get("/works")).select("[data-testid=no-works]")).hasSize(1);
  }

  @Test
  void theWorkFormTakesTheRegistersLimits() {
    var form = html(signedIn(trailhead.adminEmail()).get("/works/new"));

    assertThat(form.selectFirst("[name=title]").attr("maxlength"))
        .isEqualTo(String.valueOf(FieldLimits.WORK_TITLE));
    assertThat(form.selectFirst("[name=owner]").attr("maxlength"))
        .isEqualTo(String.valueOf(FieldLimits.WORK_OWNER));
    assertThat(form.selectFirst("[name=description]").attr("maxlength"))
        .isEqualTo(String.valueOf(FieldLimits.WORK_DESCRIPTION));
    assertThat(form.selectFirst("[name=text]").attr("maxlength"))
        .isEqualTo(String.valueOf(FieldLimits.WORK_TEXT));
    assertThat(form.select("#kind option").eachText())
        .containsExactly("Product photo", "Packaging art", "Logo", "Illustration", "Text");
  }

  // ---------------------------------------------------------------- what the tests say

  HttpResponse<String> registerPhoto(Visitor page, String title, String fileName) {
    return page.upload(
        "/works/new",
        "/works",
        fileName,
        ProductPhotos.trailBottle(),
        Map.of(
            "kind", "PHOTO",
            "title", title,
            "owner", "Trailhead LLC",
            "description", "Studio shot of the bottle"));
  }

  Brand brand(String name) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
    long org = accounts.createOrganization(unique);
    String tag = UUID.randomUUID().toString();
    String adminEmail = "admin-" + tag + "@example.test";
    String viewerEmail = "viewer-" + tag + "@example.test";
    long admin = accounts.createUser(adminEmail, name + " admin", passwords.encode(PASSWORD));
    long viewer = accounts.createUser(viewerEmail, name + " viewer", passwords.encode(PASSWORD));
    accounts.addMember(org, admin, Role.ADMIN);
    accounts.addMember(org, viewer, Role.VIEWER);
    var caller = new Caller(admin, name + " admin", org, unique, Role.ADMIN);
    var listing =
        catalog.upsert(
            caller,
            new ListingInput(
                "TH-" + tag.substring(0, 6),
                "",
                "Trail Bottle 750 ml",
                "Trailhead",
                List.of("Keeps water cold"),
                "A bottle for the trail.",
                "",
                new BigDecimal("24.00"),
                "USD",
                "Sports & Outdoors",
                "US"));
    return new Brand(caller, adminEmail, viewerEmail, listing.listingId());
  }

  Visitor signedIn(String email) {
    var visitor = new Visitor(port);
    var response =
        visitor.post("/login", "/login", Map.of("username", email, "password", PASSWORD));
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return visitor;
  }

  static Document html(HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }

  /** The path of an absolute or relative address. */
  static String path(String location) {
    return location.replaceFirst("^https?://[^/]+", "");
  }
}
