package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.authorization.AuthorizationService;
import com.clearmark.app.catalog.CatalogService;
import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.ComplaintForm;
import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.complaint.ComplaintStatus;
import com.clearmark.app.registry.MarkForm;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.registry.RegistryService;
import com.clearmark.app.screening.ListingInput;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.PageRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What sellers are told, by email and webhook, as complaints arrive, deadlines and authorizations
 * come near and listings are blocked: sent once, retried until taken, and only to their own
 * organization.
 */
abstract class NotificationDeliveryContract extends NotificationsEndToEnd {

  @Autowired ComplaintService complaints;
  @Autowired AuthorizationService authorizations;
  @Autowired RegistryService registry;
  @Autowired RegistryIndexes indexes;
  @Autowired CatalogService catalog;
  @Autowired Deliveries deliveries;

  /** A trademark notice from Voltra Power about a charger, as sellers receive them. */
  static ComplaintForm voltraNotice(String reference, LocalDate noticeDate) {
    return new ComplaintForm(
        reference,
        "TRADEMARK",
        null,
        noticeDate,
        List.of("B0CHARGER1"),
        List.of("Zorvix 65W USB C Charger"),
        "6123456",
        "Voltra Power Inc.",
        "brand-protection@voltra.example",
        false,
        "Zorvix");
  }

  Complaint received(Seller seller, String reference, LocalDate noticeDate) {
    return complaints.record(seller.admin(), voltraNotice(reference, noticeDate));
  }

  @Test
  void aRecordedComplaintIsMailedAndPostedWithItsDetails() {
    var acme = seller("Acme Outdoor", List.of("COMPLAINT_RECEIVED"), false);
    var c = received(acme, "9876543210", TODAY.minusDays(1));

    scanAndSend();

    var mail = mailTo(acme.inbox(), "New trademark complaint");
    assertThat(mail).hasSize(1);
    assertThat(subject(mail.get(0)))
        .isEqualTo("New trademark complaint 9876543210 from Voltra Power Inc.");
    assertThat(from(mail.get(0))).isEqualTo("alerts@clearmark.example");
    assertThat(body(mail.get(0)))
        .contains("Complaint ID: 9876543210")
        .contains("From: Voltra Power Inc. <brand-protection@voltra.example>")
        .contains("- B0CHARGER1 Zorvix 65W USB C Charger")
        .contains("- Respond to the notice: " + TODAY.plusDays(6) + " (in 6 days)")
        .contains("Open it in Clearmark: https://clearmark.example/complaints/" + c.id());

    var posted = hooks.at(acme.hook(), "complaint.received");
    assertThat(posted).hasSize(1);
    var hook = posted.get(0);
    assertThat(hook.signatureValid()).isTrue();
    assertThat(hook.timestamp()).isEqualTo(clock.instant().getEpochSecond());
    var json = hook.json();
    assertThat(json.get("key").asString()).isEqualTo("complaint:" + c.id() + ":new");
    assertThat(json.get("organizationId").asLong()).isEqualTo(acme.organizationId());
    assertThat(json.get("url").asString())
        .isEqualTo("https://clearmark.example/complaints/" + c.id());
    assertThat(json.get("data").get("reference").asString()).isEqualTo("9876543210");
    assertThat(json.get("data").get("asins").get(0).asString()).isEqualTo("B0CHARGER1");
    var delivery = notifications.deliveries(acme.admin(), PageRequest.of(0, 10)).items().get(0);
    assertThat(hook.delivery()).isEqualTo(delivery.id());
    assertThat(delivery.email().status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(delivery.webhook().status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void remindsThreeDaysBeforeTheResponseDeadlineOnlyOnce() {
    var acme = seller("Acme Outdoor", List.of("DEADLINE_APPROACHING"), false);
    // Noticed four days ago, with seven days to respond: the response is due in three days.
    var c = received(acme, "1112223334", TODAY.minusDays(4));

    scanAndSend();
    scanAndSend();

    var reminders = mailTo(acme.inbox(), "Respond to the notice");
    assertThat(reminders).hasSize(1);
    assertThat(subject(reminders.get(0)))
        .isEqualTo(
            "Respond to the notice in 3 days ("
                + TODAY.plusDays(3)
                + "): trademark complaint 1112223334");
    assertThat(body(reminders.get(0)))
        .contains("Appeal, or ask the rights owner for a retraction, within 7 days.");
    var posted = hooks.at(acme.hook(), "deadline.approaching");
    assertThat(posted).hasSize(1);
    assertThat(posted.get(0).json().get("key").asString())
        .isEqualTo("deadline:complaint:" + c.id() + ":RESPONSE:due-" + TODAY.plusDays(3) + ":3d");
    assertThat(mailTo(acme.inbox())).hasSize(1);
  }

  @Test
  void remindsAgainTheDayBeforeAndOnTheDueDayButNotOnceItHasPassed() {
    var acme = seller("Acme Outdoor", List.of("DEADLINE_APPROACHING"), false);
    received(acme, "5556667778", TODAY.minusDays(4));
    scanAndSend();

    clock.advance(Duration.ofDays(2));
    scanAndSend();
    clock.advance(Duration.ofDays(1));
    scanAndSend();
    clock.advance(Duration.ofDays(1));
    scanAndSend();

    assertThat(mailTo(acme.inbox(), "Respond to the notice").stream().map(m -> subject(m)))
        .containsExactly(
            "Respond to the notice in 3 days ("
                + TODAY.plusDays(3)
                + "): trademark complaint 5556667778",
            "Respond to the notice tomorrow ("
                + TODAY.plusDays(3)
                + "): trademark complaint 5556667778",
            "Respond to the notice today ("
                + TODAY.plusDays(3)
                + "): trademark complaint 5556667778");
  }

  @Test
  void aComplaintThatIsResolvedGetsNoMoreReminders() {
    var acme = seller("Acme Outdoor", List.of("DEADLINE_APPROACHING"), false);
    var c = received(acme, "4445556667", TODAY.minusDays(5));
    complaints.move(acme.admin(), c.id(), ComplaintStatus.RESOLVED, "retracted by the owner");

    scanAndSend();

    assertThat(mailTo(acme.inbox())).isEmpty();
    assertThat(hooks.at(acme.hook())).isEmpty();
  }

  @Test
  void remindsThirtyAndSevenDaysBeforeAnAuthorizationEnds() {
    var acme = seller("Acme Outdoor", List.of("AUTHORIZATION_EXPIRING"), false);
    var letter =
        authorizations.add(
            acme.admin(),
            new AuthorizationService.AuthorizationForm(
                "Letter of authorization",
                "Zorvix Brands Ltd",
                Set.of("Zorvix"),
                Set.of("US"),
                Set.of(),
                Set.of(),
                TODAY.minusDays(335),
                TODAY.plusDays(30)));

    scanAndSend();
    scanAndSend();
    clock.advance(Duration.ofDays(23));
    scanAndSend();

    var mail = mailTo(acme.inbox(), "Letter of authorization from Zorvix Brands Ltd ends");
    assertThat(mail.stream().map(m -> subject(m)))
        .containsExactly(
            "Letter of authorization from Zorvix Brands Ltd ends in 30 days ("
                + TODAY.plusDays(30)
                + ")",
            "Letter of authorization from Zorvix Brands Ltd ends in 7 days ("
                + TODAY.plusDays(30)
                + ")");
    assertThat(body(mail.get(0))).contains("for ZORVIX ends in 30 days");
    assertThat(
            hooks.at(acme.hook(), "authorization.expiring").stream()
                .map(r -> r.json().get("key").asString()))
        .containsExactly(
            "authorization:" + letter.id() + ":expires-" + TODAY.plusDays(30) + ":30d",
            "authorization:" + letter.id() + ":expires-" + TODAY.plusDays(30) + ":7d");
  }

  @Test
  void aListingScreenedBlockIsNotifiedOnceWithItsFindings() throws Exception {
    var acme = seller("Acme Outdoor", List.of("LISTING_BLOCKED"), false);
    zorblaxRegistered(acme);
    long listingId = blockedListing(acme, "SKU-1", "B0TEST0001", "Zorblax charger 65W");

    scanAndSend();
    scanAndSend();

    var mail = mailTo(acme.inbox(), "Listing SKU-1");
    assertThat(mail).hasSize(1);
    assertThat(subject(mail.get(0))).isEqualTo("Listing SKU-1 (B0TEST0001) is blocked: ZORBLAX");
    assertThat(body(mail.get(0)))
        .contains("Screening blocked version 1 of listing SKU-1 (B0TEST0001)")
        .contains("- ZORBLAX (Zorblax Inc.):")
        .contains("https://clearmark.example/listings/" + listingId);
    var posted = hooks.at(acme.hook(), "listing.blocked");
    assertThat(posted).hasSize(1);
    var json = posted.get(0).json();
    assertThat(json.get("key").asString())
        .isEqualTo("finding:block:listing:" + listingId + ":version:1");
    assertThat(json.get("data").get("findings").get(0).get("mark").asString()).isEqualTo("ZORBLAX");
  }

  @Test
  void manyListingsBlockedAtOnceAreToldInOneSummaryNotOneByOne() throws Exception {
    var acme = seller("Acme Outdoor", List.of("LISTING_BLOCKED"), false);
    zorblaxRegistered(acme);
    for (int i = 1; i <= 25; i++) {
      blockedListing(acme, "BULK-" + i, "B0BULK%04d".formatted(i), "Zorblax charger " + i + "W");
    }

    scanAndSend();
    scanAndSend();

    var mail = mailTo(acme.inbox(), "25 listings are blocked");
    assertThat(mail).hasSize(1);
    assertThat(subject(mail.get(0))).isEqualTo("25 listings are blocked");
    assertThat(body(mail.get(0)))
        .contains("Screening blocked 25 listings")
        .contains("- BULK-1 (B0BULK0001): Zorblax charger 1W (ZORBLAX)")
        .contains("and 5 more.")
        .contains("https://clearmark.example/listings?decision=BLOCK");
    assertThat(mailTo(acme.inbox(), "Listing BULK-")).isEmpty();
    var posted = hooks.at(acme.hook(), "listing.blocked");
    assertThat(posted).hasSize(1);
    var data = posted.get(0).json().get("data");
    assertThat(data.get("count").asInt()).isEqualTo(25);
    assertThat(data.get("listings"))
        .as("every listing, not only the 20 the email names")
        .hasSize(25);
    var last = data.get("listings").get(24);
    assertThat(last.get("sku").asString()).isEqualTo("BULK-25");
    assertThat(last.get("asin").asString()).isEqualTo("B0BULK0025");
    assertThat(last.get("version").asInt()).isEqualTo(1);
    assertThat(last.get("marks").get(0).asString()).isEqualTo("ZORBLAX");
    assertThat(notifications.deliveries(acme.admin(), PageRequest.of(0, 50)).items())
        .as("the listings told of in the summary are not listed as deliveries of their own")
        .hasSize(1);
  }

  @Test
  void aWebhookAnsweringServerErrorFailsWithTheErrorThenIsRetriedAndSent() {
    var acme = seller("Acme Outdoor", List.of("COMPLAINT_RECEIVED"), false);
    hooks.answer(acme.hook(), 500);
    received(acme, "7778889990", TODAY);

    scanAndSend();

    var failed = only(acme);
    assertThat(failed.webhook().status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.webhook().error())
        .as("the status only: what the receiving server answered is not kept or shown")
        .isEqualTo("the webhook answered HTTP 500");
    assertThat(failed.webhook().attempts()).isEqualTo(1);
    assertThat(failed.webhook().nextAttemptAt())
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    assertThat(failed.email().status()).isEqualTo(DeliveryStatus.SENT);

    dispatcher.dispatchDue();
    assertThat(only(acme).webhook().attempts()).as("not tried again before the wait").isEqualTo(1);

    hooks.answer(acme.hook(), 204);
    clock.advance(Duration.ofMinutes(1));
    dispatcher.dispatchDue();

    var sent = only(acme);
    assertThat(sent.webhook().status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(sent.webhook().attempts()).isEqualTo(2);
    assertThat(sent.email().attempts()).as("email is not sent twice").isEqualTo(1);
    assertThat(mailTo(acme.inbox())).hasSize(1);
    var posted = hooks.at(acme.hook());
    assertThat(posted).extracting(WebhookReceiver.Received::answered).containsExactly(500, 204);
    assertThat(posted).extracting(WebhookReceiver.Received::delivery).containsOnly(sent.id());
  }

  @Test
  void aDeliveryThatKeepsFailingIsGivenUpThenSentWhenAnAdminRetriesIt() {
    var acme = seller("Acme Outdoor", List.of("COMPLAINT_RECEIVED"), false);
    hooks.answer(acme.hook(), 503);
    received(acme, "1212121212", TODAY);
    scanAndSend();
    for (int attempt = 1; attempt < Dispatcher.MAX_ATTEMPTS; attempt++) {
      clock.advance(Dispatcher.backoff(attempt));
      dispatcher.dispatchDue();
    }
    var givenUp = only(acme);
    assertThat(givenUp.webhook().attempts()).isEqualTo(Dispatcher.MAX_ATTEMPTS);
    assertThat(givenUp.webhook().givenUp()).isTrue();
    clock.advance(Duration.ofDays(1));
    dispatcher.dispatchDue();
    assertThat(hooks.at(acme.hook())).hasSize(Dispatcher.MAX_ATTEMPTS);

    hooks.answer(acme.hook(), 200);
    var retried = notifications.retry(acme.admin(), givenUp.id());

    assertThat(retried.webhook().status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(retried.webhook().error()).contains("HTTP 503");
    assertThat(hooks.at(acme.hook())).hasSize(Dispatcher.MAX_ATTEMPTS + 1);
  }

  @Test
  void sendsTheDigestOnceADayFromSevenInTheMorning() {
    var acme = seller("Acme Outdoor", List.of(), true);
    clock.set(TODAY, LocalTime.of(6, 30));
    received(acme, "3434343434", TODAY.minusDays(1));

    scanAndSend();
    assertThat(mailTo(acme.inbox())).as("nothing before 07:00").isEmpty();

    clock.set(TODAY, LocalTime.of(7, 5));
    scanAndSend();
    clock.set(TODAY, LocalTime.of(18, 0));
    scanAndSend();

    var digests = mailTo(acme.inbox(), "Clearmark daily digest");
    assertThat(digests).hasSize(1);
    assertThat(subject(digests.get(0)))
        .isEqualTo("Clearmark daily digest, " + TODAY + ": 1 deadline, 1 new complaint");
    assertThat(body(digests.get(0)))
        .contains(
            TODAY.plusDays(6) + " in 6 days: Respond to the notice, trademark complaint 3434343434")
        .contains(
            "Complaints recorded in the last 24 hours:\n- trademark complaint 3434343434 from Voltra Power Inc.");
    assertThat(hooks.at(acme.hook())).as("the digest is mailed only").isEmpty();

    clock.set(TODAY.plusDays(1), LocalTime.of(7, 30));
    scanAndSend();
    scanAndSend();
    var twoDays = mailTo(acme.inbox(), "Clearmark daily digest");
    assertThat(twoDays).hasSize(2);
    assertThat(subject(twoDays.get(1)))
        .isEqualTo("Clearmark daily digest, " + TODAY.plusDays(1) + ": 1 deadline");
  }

  @Test
  void aComplaintRecordedLateInTheEveningIsNewInTheNextMorningsDigestButNotTheOneAfter() {
    var acme = seller("Acme Outdoor", List.of(), true);
    clock.set(TODAY, LocalTime.of(23, 50));
    received(acme, "5757575757", TODAY);
    scanAndSend();

    clock.set(TODAY.plusDays(1), LocalTime.of(7, 30));
    scanAndSend();
    clock.set(TODAY.plusDays(2), LocalTime.of(7, 30));
    scanAndSend();

    assertThat(mailTo(acme.inbox(), "Clearmark daily digest").stream().map(m -> subject(m)))
        .as("new within the 24 hours before each digest, by the service's clock")
        .containsExactly(
            "Clearmark daily digest, " + TODAY + ": 1 deadline, 1 new complaint",
            "Clearmark daily digest, " + TODAY.plusDays(1) + ": 1 deadline, 1 new complaint",
            "Clearmark daily digest, " + TODAY.plusDays(2) + ": 1 deadline");
  }

  @Test
  void noDigestOnADayWithNothingToSay() {
    var quiet = seller("Quiet Goods", List.of(), true);

    scanAndSend();

    assertThat(mailTo(quiet.inbox())).isEmpty();
    assertThat(notifications.deliveries(quiet.admin(), PageRequest.of(0, 10)).items()).isEmpty();
  }

  @Test
  void oneOrganizationsEventsNeverReachAnother() {
    var acme = seller("Acme Outdoor");
    var harbor = seller("Harbor Lane");
    received(acme, "5656565656", TODAY.minusDays(4));

    scanAndSend();

    assertThat(mailTo(acme.inbox())).isNotEmpty();
    assertThat(hooks.at(acme.hook())).isNotEmpty();
    assertThat(mailTo(harbor.inbox())).isEmpty();
    assertThat(hooks.at(harbor.hook())).isEmpty();
    assertThat(notifications.deliveries(harbor.admin(), PageRequest.of(0, 50)).items()).isEmpty();
    assertThat(
            notifications.deliveries(acme.admin(), PageRequest.of(0, 50)).items().stream()
                .map(Delivery::key))
        .allMatch(k -> !k.isEmpty());
    assertThat(hooks.at(acme.hook()))
        .allSatisfy(
            r ->
                assertThat(r.json().get("organizationId").asLong())
                    .isEqualTo(acme.organizationId()));
  }

  @Test
  void manyComplaintsImportedAtOnceAreToldInOneSummaryNotOneByOne() {
    var acme = seller("Acme Outdoor", List.of("COMPLAINT_RECEIVED"), false);
    var csv = new StringBuilder("complaint_id,type,notice_date,asins,rights_owner\n");
    for (int i = 1; i <= 12; i++) {
      csv.append(
          "70000000%02d,TRADEMARK,%s,B0PAST%04d,Voltra Power Inc.\n"
              .formatted(i, TODAY.minusMonths(3), i));
    }
    var imported = complaints.importCsv(acme.admin(), "past-complaints.csv", csv.toString());
    assertThat(imported.recorded()).isEqualTo(12);

    scanAndSend();
    scanAndSend();

    assertThat(mailTo(acme.inbox())).hasSize(1);
    var mail = mailTo(acme.inbox(), "12 complaints were recorded");
    assertThat(mail).hasSize(1);
    assertThat(body(mail.get(0)))
        .startsWith("12 complaints were recorded.")
        .contains("- 7000000001, Trademark, Voltra Power Inc.: B0PAST0001\n")
        .doesNotContain("more.")
        .contains("https://clearmark.example/complaints");
    var posted = hooks.at(acme.hook(), "complaint.received");
    assertThat(posted).hasSize(1);
    var data = posted.get(0).json().get("data");
    assertThat(data.get("count").asInt()).isEqualTo(12);
    assertThat(data.get("complaintIds")).hasSize(12);
    var ids = complaints.all(acme.admin()).stream().map(Complaint::id).sorted().toList();
    assertThat(data.get("complaintIds").get(0).asLong()).isEqualTo(ids.get(0));
    assertThat(notifications.deliveries(acme.admin(), PageRequest.of(0, 50)).items())
        .as("the complaints told of in the summary are not listed as deliveries of their own")
        .hasSize(1);
    for (long id : ids) {
      assertThat(deliveries.has(acme.organizationId(), "complaint:" + id + ":new")).isTrue();
    }
  }

  @Test
  void theDigestListsOnlyTheListingsToldOfAsBlockedInTheLastDay() throws Exception {
    var acme = seller("Acme Outdoor", List.of("LISTING_BLOCKED"), true);
    zorblaxRegistered(acme);
    blockedListing(acme, "OLD-1", "B0OLD00001");
    clock.set(TODAY.minusDays(1), MORNING);
    scanAndSend();
    assertThat(mailTo(acme.inbox(), "Clearmark daily digest, " + TODAY.minusDays(1)))
        .singleElement()
        .satisfies(m -> assertThat(body(m)).contains("- OLD-1 (B0OLD00001)"));

    // OLD-1 was told of more than a day ago, though its screening is stamped within the day (this
    // morning, before the clock went back), as after a re-screen; NEW-1 is blocked and told of
    // today.
    clock.set(TODAY, LocalTime.of(23, 59));
    blockedListing(acme, "NEW-1", "B0NEW00001");
    scanAndSend();

    var digest = mailTo(acme.inbox(), "Clearmark daily digest, " + TODAY);
    assertThat(digest).hasSize(1);
    assertThat(subject(digest.get(0)))
        .isEqualTo("Clearmark daily digest, " + TODAY + ": 1 blocked listing");
    assertThat(body(digest.get(0)))
        .contains("Listings blocked in the last 24 hours:\n- NEW-1 (B0NEW00001)")
        .doesNotContain("OLD-1");
  }

  /** The Zorblax mark in the seller's registry, compiled, so a listing naming it is blocked. */
  void zorblaxRegistered(Seller seller) throws InterruptedException {
    registry.add(
        seller.admin(),
        new MarkForm("ZORBLAX", "Zorblax Inc.", "EX-77", "US", "9", "LIVE", false, false));
    indexes.awaitIdle(seller.organizationId(), Duration.ofSeconds(10));
  }

  long blockedListing(Seller seller, String sku, String asin) {
    return blockedListing(seller, sku, asin, "Zorblax charger 65W");
  }

  /** A generic charger sold under the Zorblax mark: screened BLOCK. */
  long blockedListing(Seller seller, String sku, String asin, String title) {
    var listing =
        catalog.upsert(
            seller.admin(),
            new ListingInput(
                sku, asin, title, "Generic", List.of(), "", "", null, "USD", "", "US"));
    assertThat(listing.outcome().decision().name()).isEqualTo("BLOCK");
    return listing.listingId();
  }

  @Test
  void aDeliveryBeingSentIsNotSentAgainByAnotherDispatcherWithinItsLease() {
    var acme = seller("Acme Outdoor", List.of("COMPLAINT_RECEIVED"), false);
    received(acme, "8887776665", TODAY);
    scanner.scanAll();
    long id = only(acme).id();
    var now = Timestamps.now(clock);
    assertThat(deliveries.claim(Channel.WEBHOOK, id, now, now.plus(Dispatcher.LEASE))).isPresent();

    // A slow receiver may keep the first dispatcher well past the old two-minute lease.
    clock.advance(Duration.ofMinutes(5));
    dispatcher.dispatchDue();

    assertThat(hooks.at(acme.hook())).isEmpty();
    assertThat(only(acme).webhook().status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(only(acme).email().status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void aClaimWhoseLeaseRanOutCannotMarkTheDeliverySentOrFailed() {
    var acme = seller("Acme Outdoor", List.of("COMPLAINT_RECEIVED"), false);
    received(acme, "8887776664", TODAY);
    scanner.scanAll();
    long id = only(acme).id();
    var first = Timestamps.now(clock);
    var stale =
        deliveries.claim(Channel.WEBHOOK, id, first, first.plus(Dispatcher.LEASE)).orElseThrow();
    clock.advance(Dispatcher.LEASE.plusMinutes(1));
    var second = Timestamps.now(clock);
    var current =
        deliveries.claim(Channel.WEBHOOK, id, second, second.plus(Dispatcher.LEASE)).orElseThrow();

    assertThat(deliveries.sent(stale, second)).isFalse();
    assertThat(deliveries.failed(stale, "timed out", second)).isFalse();
    assertThat(deliveries.skipped(stale, "no webhook is set any more")).isFalse();
    var held = only(acme).webhook();
    assertThat(held.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(held.attempts()).isEqualTo(2);
    assertThat(held.error()).isNull();
    assertThat(held.nextAttemptAt()).isEqualTo(current.leaseUntil().toInstant());

    assertThat(deliveries.sent(current, second)).isTrue();
    assertThat(only(acme).webhook().status()).isEqualTo(DeliveryStatus.SENT);
  }

  Delivery only(Seller seller) {
    var items = notifications.deliveries(seller.admin(), PageRequest.of(0, 10)).items();
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
