package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.monitoring.CaptureFinding;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.monitoring.MonitoringService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ProductPhotos;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import com.clearmark.engine.io.CapturedListing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * From a watched listing's page a brand gives the images the listing shows: a copy of its
 * registered photo is a copyright finding of a new snapshot, a file that is no image is named on
 * the page, and another organization reaches none of it.
 */
class CaptureImagePagesTest extends ServiceOnH2 {

  static final String PASSWORD = "correct horse battery";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired MonitoringService monitoring;
  @Autowired Captures captures;

  record Brand(Caller admin, Visitor page) {}

  Brand trailhead;

  @BeforeEach
  void aBrandWithItsPhotoRegistered() {
    trailhead = brand("E2 Trailhead Outfitters");
    var registered =
        trailhead
            .page()
            .upload(
                "/works/new",
                "/works",
                "front.png",
                ProductPhotos.trailBottle(),
                Map.of(
                    "kind", "PHOTO", "title", "Trail bottle, front photo", "owner", "Trailhead"));
    assertThat(registered.statusCode()).isEqualTo(302);
  }

  @Test
  void aCopyOfTheBrandsPhotoGivenOnTheListingsPageIsAFindingOfANewSnapshot() {
    long listing = watched(trailhead, "B0E2COPY01");
    String images = "/monitoring/listings/" + listing + "/images";
    var page = trailhead.page();
    assertThat(
            html(page.get("/monitoring/listings/" + listing))
                .selectFirst("#capture-images-link")
                .attr("href"))
        .isEqualTo(images);

    var uploaded =
        page.upload(images, images, "main.jpg", ProductPhotos.trailBottleShrunk(), Map.of());

    assertThat(uploaded.statusCode()).isEqualTo(302);
    var shown = html(page.get(images));
    String notice = shown.select(".notice-success").text();
    Matcher snapshot = Pattern.compile("screened again as snapshot #(\\d+)").matcher(notice);
    assertThat(snapshot.find()).as(notice).isTrue();
    assertThat(shown.select(".image-list figcaption").text()).isEqualTo("1. main.jpg");
    assertThat(page.getBytes(images + "/1").headers().firstValue("Content-Type").orElse(""))
        .isEqualTo("image/jpeg");
    var org = OrganizationId.of(trailhead.admin().organizationId());
    assertThat(captures.findings(org, Long.parseLong(snapshot.group(1))))
        .extracting(CaptureFinding::rule, CaptureFinding::field)
        .contains(tuple("CR_IMAGE", "images[1]"));

    var notImage =
        page.upload(images, images, "side.png", ProductPhotos.pdfNamedLikeAPhoto(), Map.of());
    assertThat(Visitor.location(notImage)).endsWith(images);
    assertThat(html(page.get(images)).select(".notice-error").text())
        .isEqualTo(
            "Not attached: side.png is not a JPEG, PNG, GIF or BMP image (judged by its"
                + " content).");
  }

  @Test
  void anotherOrganizationReachesNoImageOfAWatchedListing() {
    long listing = watched(trailhead, "B0E2COPY02");
    String images = "/monitoring/listings/" + listing + "/images";
    trailhead.page().upload(images, images, "main.png", ProductPhotos.trailBottle(), Map.of());
    var rival = brand("E2 Summit Copycat");
    long own = watched(rival, "B0E2COPY03");
    String ownImages = "/monitoring/listings/" + own + "/images";

    assertThat(rival.page().get(images).statusCode()).isEqualTo(404);
    assertThat(rival.page().get(images + "/1").statusCode()).isEqualTo(404);
    assertThat(
            rival
                .page()
                .upload(ownImages, images, "x.png", ProductPhotos.stripedSneaker(), Map.of())
                .statusCode())
        .isEqualTo(404);
  }

  // ---------------------------------------------------------------- what the tests say

  long watched(Brand b, String listingId) {
    long capture =
        monitoring
            .capture(
                b.admin(),
                List.of(
                    new CapturedListing(
                        0,
                        "amazon.com",
                        listingId,
                        "https://marketplace.example/dp/" + listingId,
                        "A2SUMMITDEALS",
                        "Summit Deals",
                        "",
                        "",
                        "",
                        new BigDecimal("14.99"),
                        "USD",
                        Instant.parse("2026-11-29T09:30:00Z"),
                        true,
                        "Insulated Sports Bottle 750ml",
                        "Summit",
                        List.of("Keeps drinks cold"),
                        "Ships in two days.",
                        "",
                        "Sports & Outdoors")))
            .captureIds()
            .get(0);
    return captures
        .find(OrganizationId.of(b.admin().organizationId()), capture)
        .orElseThrow()
        .monitoredListingId();
  }

  Brand brand(String name) {
    String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
    long org = accounts.createOrganization(unique);
    String email = "e2-admin-" + UUID.randomUUID() + "@example.test";
    long admin = accounts.createUser(email, name + " admin", passwords.encode(PASSWORD));
    accounts.addMember(org, admin, Role.ADMIN);
    return new Brand(
        new Caller(admin, name + " admin", org, unique, Role.ADMIN),
        Visitor.signedIn(port, email, PASSWORD));
  }

  static Document html(java.net.http.HttpResponse<String> response) {
    return Jsoup.parse(response.body());
  }
}
