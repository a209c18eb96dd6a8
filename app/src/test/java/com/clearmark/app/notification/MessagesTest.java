package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.authorization.Authorization;
import com.clearmark.app.complaint.Complaint;
import com.clearmark.app.complaint.ComplaintOrigin;
import com.clearmark.app.complaint.ComplaintStatus;
import com.clearmark.app.complaint.ComplaintType;
import com.clearmark.app.complaint.DeadlinePolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The keys that keep each notification from being recorded twice, and what the messages say. */
class MessagesTest {

  static final LocalDate NOTICE = LocalDate.of(2026, 11, 26);

  /** Complaint 42: Voltra Power's trademark notice about a charger, received on 26 November. */
  static Complaint voltraNotice(boolean accountHealthBelow100) {
    return new Complaint(
        42,
        "9876543210",
        ComplaintType.TRADEMARK,
        ComplaintOrigin.RECEIVED,
        ComplaintStatus.NEW,
        NOTICE,
        "6123456",
        "Voltra Power Inc.",
        "brand-protection@voltra.example",
        accountHealthBelow100,
        "Zorvix",
        List.of(new Complaint.Product("B0CHARGER1", "Zorvix 65W USB C Charger")),
        List.of(),
        List.of(),
        "",
        Instant.parse("2026-11-26T09:15:00Z"));
  }

  static final Authorization ZORVIX_LETTER =
      new Authorization(
          7,
          "Letter of authorization",
          "Zorvix Brands Ltd",
          Set.of("Zorvix"),
          Set.of("US"),
          Set.of(),
          Set.of(),
          LocalDate.of(2026, 1, 1),
          LocalDate.of(2027, 1, 1));

  @Test
  void aDeadlineReminderIsKeyedByComplaintDeadlineDueDateAndStage() {
    var c = voltraNotice(true);
    var deadlines = new DeadlinePolicy(7).deadlines(NOTICE, true);
    var response = deadlines.get(1);
    var reminder =
        ReminderPolicy.COMPLAINT_DEADLINES
            .on(LocalDate.of(2026, 11, 30), response.due())
            .orElseThrow();

    var n = Messages.deadlineApproaching(c, response, reminder);

    assertThat(n.key()).isEqualTo("deadline:complaint:42:RESPONSE:due-2026-12-03:3d");
    assertThat(n.subject())
        .isEqualTo("Respond to the notice in 3 days (2026-12-03): trademark complaint 9876543210");
    assertThat(n.path()).isEqualTo("/complaints/42");
    assertThat(Messages.deadlineKind(deadlines.get(0))).isEqualTo("AT_RISK");
    assertThat(Messages.deadlineKind(deadlines.get(2))).isEqualTo("INVENTORY");
  }

  @Test
  void anAuthorizationReminderIsKeyedByItsLastDayAndStage() {
    var reminder =
        ReminderPolicy.AUTHORIZATION_EXPIRY
            .on(LocalDate.of(2026, 12, 2), ZORVIX_LETTER.validTo())
            .orElseThrow();

    var n = Messages.authorizationExpiring(ZORVIX_LETTER, reminder);

    assertThat(n.key()).isEqualTo("authorization:7:expires-2027-01-01:30d");
    assertThat(n.subject())
        .isEqualTo("Letter of authorization from Zorvix Brands Ltd ends in 30 days (2027-01-01)");
    assertThat(n.body()).contains("for ZORVIX ends in 30 days: its last day is 2027-01-01.");
  }

  @Test
  void aNewComplaintIsKeyedByItsIdAndListsItsDeadlines() {
    var c = voltraNotice(false);
    var n =
        Messages.complaintReceived(
            c, new DeadlinePolicy(7).deadlines(NOTICE, false), LocalDate.of(2026, 11, 26));

    assertThat(n.key()).isEqualTo("complaint:42:new");
    assertThat(n.subject()).isEqualTo("New trademark complaint 9876543210 from Voltra Power Inc.");
    assertThat(n.body())
        .startsWith("A trademark complaint was recorded.")
        .contains("- Respond to the notice: 2026-12-03 (in 7 days)")
        .contains("- Remove or dispose of the inventory: 2027-02-24 (in 90 days)");
  }

  @Test
  void aBlockedListingIsKeyedByListingAndVersion() {
    var blocked =
        new BlockedListings.Blocked(
            99,
            1234,
            3,
            "SKU-1",
            "B0TEST0001",
            "Zorblax charger 65W",
            "Generic",
            92,
            List.of(
                new BlockedListings.Found(
                    "EXACT", "HIGH", "ZORBLAX", "Zorblax Inc.", "TITLE", "Zorblax")));

    var n = Messages.listingBlocked(blocked);

    assertThat(n.key()).isEqualTo("finding:block:listing:99:version:3");
    assertThat(n.subject()).isEqualTo("Listing SKU-1 (B0TEST0001) is blocked: ZORBLAX");
    assertThat(n.body())
        .contains("- ZORBLAX (Zorblax Inc.): EXACT, HIGH, in the title: \"Zorblax\"");
  }

  @Test
  void theDigestIsKeyedByItsDay() {
    var c = voltraNotice(false);
    var response = new DeadlinePolicy(7).deadlines(NOTICE, false).get(0);
    var digest =
        new Digest(
            LocalDate.of(2026, 12, 5),
            List.of(new Digest.Due(c, response)),
            List.of(ZORVIX_LETTER),
            List.of(),
            List.of());

    var n = Messages.digest(digest);

    assertThat(n.key()).isEqualTo("digest:2026-12-05");
    assertThat(n.subject())
        .isEqualTo("Clearmark daily digest, 2026-12-05: 1 deadline, 1 expiring authorization");
    assertThat(n.body())
        .contains(
            "- 2026-12-03 OVERDUE by 2 days: Respond to the notice, trademark complaint 9876543210");
  }

  @Test
  void aDigestWithNothingInItIsEmpty() {
    assertThat(new Digest(NOTICE, List.of(), List.of(), List.of(), List.of()).isEmpty()).isTrue();
  }

  static BlockedListings.Blocked blocked(int i) {
    return new BlockedListings.Blocked(
        1000 + i,
        5000 + i,
        1,
        "ZORBLAX-CHARGER-65W-USB-C-" + i,
        "B0BULK%04d".formatted(i),
        "Zorblax charger " + i + "W",
        "Generic",
        92,
        List.of(
            new BlockedListings.Found(
                "EXACT", "HIGH", "ZORBLAX", "Zorblax Inc.", "TITLE", "Zorblax")));
  }

  static final Outbox OUTBOX =
      new Outbox(
          null,
          null,
          new NotificationProperties(null, null, null, false),
          JsonMapper.builder().build(),
          null);

  static final Subscription ACME =
      new Subscription(
          3,
          List.of(),
          new WebhookUrl("https://hooks.acme.example/clearmark"),
          "whsec_acme",
          EventType.CHOOSABLE,
          false,
          Instant.parse("2026-11-01T00:00:00Z"),
          Instant.parse("2026-11-26T09:00:00Z"));

  static JsonNode payloadData(Notification n) {
    String payload = OUTBOX.payload(ACME, n, null, OffsetDateTime.parse("2026-11-26T09:15:00Z"));
    assertThat(payload.length()).isLessThanOrEqualTo(Outbox.MAX_PAYLOAD);
    return JsonMapper.builder().build().readTree(payload).get("data");
  }

  @Test
  void aSummaryOfBlockedListingsNamesTwentyInTheEmailAndEveryOneInTheWebhook() {
    var all = IntStream.rangeClosed(1, 60).mapToObj(MessagesTest::blocked).toList();

    var n = Messages.listingsBlocked(all);

    assertThat(n.body())
        .contains("- ZORBLAX-CHARGER-65W-USB-C-20 (B0BULK0020): Zorblax charger 20W (ZORBLAX)")
        .doesNotContain("ZORBLAX-CHARGER-65W-USB-C-21 ")
        .contains("and 40 more.");
    var data = payloadData(n);
    assertThat(data.get("count").asInt()).isEqualTo(60);
    assertThat(data.get("listings")).hasSize(60);
    var last = data.get("listings").get(59);
    assertThat(last.get("listingId").asLong()).isEqualTo(1060);
    assertThat(last.get("version").asInt()).isEqualTo(1);
    assertThat(last.get("sku").asString()).isEqualTo("ZORBLAX-CHARGER-65W-USB-C-60");
    assertThat(last.get("asin").asString()).isEqualTo("B0BULK0060");
    assertThat(last.get("score").asInt()).isEqualTo(92);
    assertThat(last.get("marks").get(0).asString()).isEqualTo("ZORBLAX");
  }

  @Test
  void aSummaryOfMoreBlockedListingsThanAPayloadHoldsCarriesEveryListingIdOnly() {
    var all = IntStream.rangeClosed(1, 400).mapToObj(MessagesTest::blocked).toList();

    var data = payloadData(Messages.listingsBlocked(all));

    assertThat(data.get("count").asInt()).isEqualTo(400);
    assertThat(data.has("listings")).isFalse();
    assertThat(data.get("listingIds")).hasSize(400);
    assertThat(data.get("listingIds").get(399).asLong()).isEqualTo(1400);
  }

  @Test
  void aSummaryOfComplaintsNamesTwentyAndCarriesEveryComplaintId() {
    var all =
        IntStream.rangeClosed(1, 25)
            .mapToObj(
                i -> {
                  var c = voltraNotice(false);
                  return new Complaint(
                      i,
                      "70000000%02d".formatted(i),
                      c.type(),
                      c.origin(),
                      c.status(),
                      c.noticeDate(),
                      c.registration(),
                      c.rightsOwner(),
                      c.rightsOwnerEmail(),
                      false,
                      c.brand(),
                      c.products(),
                      List.of(),
                      List.of(),
                      "",
                      c.createdAt());
                })
            .toList();

    var n = Messages.complaintsReceived(all);

    assertThat(n.key()).isEqualTo("complaint:batch:1-25:25");
    assertThat(n.type()).isEqualTo(EventType.COMPLAINT_RECEIVED);
    assertThat(n.subject()).isEqualTo("25 complaints were recorded");
    assertThat(n.body())
        .startsWith(
            "25 complaints were recorded.\n\n- 7000000001, Trademark, Voltra Power Inc.:"
                + " B0CHARGER1\n")
        .contains("- 7000000020, ")
        .doesNotContain("7000000021")
        .endsWith("and 5 more.\n");
    var data = payloadData(n);
    assertThat(data.get("count").asInt()).isEqualTo(25);
    assertThat(data.get("complaintIds")).hasSize(25);
    assertThat(data.get("complaints")).hasSize(20);
    assertThat(data.get("complaints").get(0).get("reference").asString()).isEqualTo("7000000001");
  }
}
