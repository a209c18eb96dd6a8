package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.audit.AuditEntry;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.PageRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Setting notifications up through the REST API and the settings page. */
class NotificationSettingsTest extends NotificationsEndToEnd {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    onH2(registry, "notification-settings");
  }

  static final String PASSWORD = "correct horse battery";

  @Autowired ApiTokens tokens;
  @Autowired AuditLog audit;

  /** A member of a seller organization, with an API token and a login. */
  record Member(String email, Http api) {}

  Member member(Seller seller, Role role) {
    String email = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.test";
    long user = accounts.createUser(email, "Pat " + role, passwords.encode(PASSWORD));
    accounts.addMember(seller.organizationId(), user, role);
    var caller =
        new Caller(
            user, "Pat " + role, seller.organizationId(), seller.admin().organizationName(), role);
    return new Member(email, Http.api(port, tokens.create(caller, "tests", role).secret()));
  }

  static Map<String, Object> settings(List<String> recipients, String webhookUrl) {
    var body = new HashMap<String, Object>();
    body.put("recipients", recipients);
    body.put("webhookUrl", webhookUrl);
    body.put("events", List.of("COMPLAINT_RECEIVED", "deadline.approaching"));
    body.put("digest", false);
    return body;
  }

  @Test
  void anAdminSetsRecipientsAndAWebhookAndSeesTheSigningSecretOnlyOnce() {
    var acme = seller("Acme Outdoor");
    var admin = member(acme, Role.ADMIN).api();
    String url = hooks.url("/hooks/acme-new");

    var first =
        admin.put(
            "/api/v1/notifications/settings",
            settings(List.of("legal@acme.example", "ops@acme.example"), url));

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    String secret = first.json().get("webhookSecret").asString();
    assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
    var read = admin.get("/api/v1/notifications/settings");
    assertThat(read.body()).doesNotContain(secret);
    var json = read.json();
    assertThat(json.get("recipients").toString())
        .isEqualTo("[\"legal@acme.example\",\"ops@acme.example\"]");
    assertThat(json.get("webhookUrl").asString()).isEqualTo(url);
    assertThat(json.get("webhookSecretHint").asString()).isEqualTo(secret.substring(0, 10) + "…");
    assertThat(json.get("events").toString())
        .isEqualTo("[\"COMPLAINT_RECEIVED\",\"DEADLINE_APPROACHING\"]");
    assertThat(json.get("digest").asBoolean()).isFalse();
    assertThat(json.get("emailAvailable").asBoolean()).isTrue();

    var again =
        admin.put(
            "/api/v1/notifications/settings", Map.of("recipients", List.of("legal@acme.example")));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("webhookSecret").isNull()).isTrue();
    assertThat(again.json().get("settings").get("webhookUrl").asString()).isEqualTo(url);
  }

  @Test
  void badRecipientsAWebhookThatIsNotHttpAndUnknownEventsAreFieldErrors() {
    var acme = seller("Acme Outdoor");
    var admin = member(acme, Role.ADMIN).api();
    var body =
        settings(List.of("legal@acme.example", "not-an-address"), "ftp://files.acme.example/in");
    body.put("events", List.of("COMPLAINT_RECEIVED", "PRICE_CHANGED"));

    var reply = admin.put("/api/v1/notifications/settings", body);

    assertThat(reply.status()).isEqualTo(400);
    var errors = reply.json().get("errors");
    assertThat(errors.get("recipients").asString())
        .isEqualTo("'not-an-address' is not an email address");
    assertThat(errors.get("webhookUrl").asString()).isEqualTo("use an http:// or https:// URL");
    assertThat(errors.get("events").asString()).startsWith("unknown event PRICE_CHANGED");
    assertThat(notifications.settings(acme.admin()).recipients()).containsExactly(acme.inbox());
  }

  @Test
  void onlyAnAdminChangesTheSettingsWhileEveryMemberReadsThem() {
    var acme = seller("Acme Outdoor");
    var viewer = member(acme, Role.VIEWER).api();
    var reviewer = member(acme, Role.REVIEWER).api();

    assertThat(viewer.get("/api/v1/notifications/settings").status()).isEqualTo(200);
    assertThat(viewer.get("/api/v1/notifications/deliveries").status()).isEqualTo(200);
    assertThat(
            reviewer
                .put("/api/v1/notifications/settings", settings(List.of("x@acme.example"), null))
                .status())
        .isEqualTo(403);
    assertThat(reviewer.post("/api/v1/notifications/test").status()).isEqualTo(403);
    assertThat(notifications.settings(acme.admin()).recipients()).containsExactly(acme.inbox());
  }

  @Test
  void aTestNotificationIsSentAtOnceAndListedWithItsStatus() {
    var acme = seller("Acme Outdoor");
    var admin = member(acme, Role.ADMIN).api();

    var sent = admin.post("/api/v1/notifications/test");

    assertThat(sent.status()).as(sent.body()).isEqualTo(200);
    assertThat(sent.json().get("email").get("status").asString()).isEqualTo("SENT");
    assertThat(sent.json().get("webhook").get("status").asString()).isEqualTo("SENT");
    assertThat(mailTo(acme.inbox(), "Test notification from Clearmark")).hasSize(1);
    var posted = hooks.at(acme.hook(), "test");
    assertThat(posted).hasSize(1);
    assertThat(posted.get(0).signatureValid()).isTrue();
    var page = admin.get("/api/v1/notifications/deliveries").json();
    assertThat(page.get("totalElements").asLong()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("key").asString()).startsWith("test:");
    assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(posted.get(0).delivery());
  }

  @Test
  void theSettingsPageIsLinkedFromSettingsAndNamesTheFieldThatIsWrong() {
    var acme = seller("Acme Outdoor");
    var admin = member(acme, Role.ADMIN);
    var web = Http.signedIn(port, admin.email(), PASSWORD);

    assertThat(web.get("/settings").body()).contains("href=\"/settings/notifications\"");
    var page = web.get("/settings/notifications");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains(acme.inbox())
        .contains("Send a test notification")
        .doesNotContain(acme.secret());

    var invalid =
        web.form(
            "/settings/notifications",
            "/settings/notifications",
            Map.of(
                "recipients", "legal@acme.example",
                "webhookUrl", "ftp://files.acme.example/in",
                "events", List.of("COMPLAINT_RECEIVED")));
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(invalid.body())
        .contains("use an http:// or https:// URL")
        .contains("value=\"ftp://files.acme.example/in\"");

    var saved =
        web.form(
            "/settings/notifications",
            "/settings/notifications",
            Map.of(
                "recipients", "legal@acme.example\nops@acme.example",
                "webhookUrl", "",
                "events", List.of("COMPLAINT_RECEIVED", "LISTING_BLOCKED"),
                "digest", "true"));
    assertThat(saved.statusCode()).isEqualTo(302);
    var now = notifications.settings(acme.admin());
    assertThat(now.recipients()).containsExactly("legal@acme.example", "ops@acme.example");
    assertThat(now.webhookUrl()).isNull();
    assertThat(now.events())
        .containsExactlyInAnyOrder(EventType.COMPLAINT_RECEIVED, EventType.LISTING_BLOCKED);
  }

  @Test
  void aFailedWebhookShowsItsErrorOnThePage() {
    var acme = seller("Acme Outdoor");
    hooks.answer(acme.hook(), 500);
    var web = Http.signedIn(port, member(acme, Role.ADMIN).email(), PASSWORD);

    var sent = web.form("/settings/notifications", "/settings/notifications/test", Map.of());

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(web.get("/settings/notifications").body())
        .contains(
            "Test notification sent: email sent, webhook failed (the webhook answered HTTP 500).")
        .contains("the webhook answered HTTP 500")
        .doesNotContain("receiver unavailable")
        .contains("Try again");
  }

  @Test
  void aViewerSeesTheSettingsButCannotChangeThem() {
    var acme = seller("Acme Outdoor");
    var web = Http.signedIn(port, member(acme, Role.VIEWER).email(), PASSWORD);

    var page = web.get("/settings/notifications");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("Only an admin can change these.")
        .doesNotContain("Send a test notification");
    var post =
        web.form(
            "/settings/notifications",
            "/settings/notifications",
            Map.of("recipients", "attacker@evil.example", "webhookUrl", ""));
    assertThat(post.statusCode()).isEqualTo(403);
    assertThat(notifications.settings(acme.admin()).recipients()).containsExactly(acme.inbox());
  }

  @Test
  void aMemberWhoIsNotAnAdminSeesOnlyTheSchemeAndHostOfTheWebhook() {
    var acme = seller("Acme Outdoor");
    var viewer = member(acme, Role.VIEWER);
    var admin = member(acme, Role.ADMIN).api();

    var read = viewer.api().get("/api/v1/notifications/settings");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("webhookUrl").asString()).isEqualTo("http://127.0.0.1/…");
    assertThat(read.body()).doesNotContain(acme.hook());
    var page = Http.signedIn(port, viewer.email(), PASSWORD).get("/settings/notifications");
    assertThat(page.body()).contains("http://127.0.0.1/").doesNotContain(acme.hook());
    assertThat(admin.get("/api/v1/notifications/settings").json().get("webhookUrl").asString())
        .isEqualTo(hooks.url(acme.hook()));
  }

  @Test
  void theAuditLogRecordsOnlyTheSchemeAndHostOfTheWebhook() {
    var acme = seller("Acme Outdoor");
    notifications.rotateSecret(acme.admin());

    var entries =
        audit
            .list(acme.organizationId(), null, "NOTIFICATIONS", null, PageRequest.of(0, 10))
            .items();

    assertThat(entries)
        .extracting(AuditEntry::action)
        .containsExactly("WEBHOOK_SECRET_REPLACED", "NOTIFICATIONS_CHANGED");
    assertThat(entries.get(0).summary()).isEqualTo("http://127.0.0.1");
    assertThat(entries.get(1).summary()).contains("; webhook http://127.0.0.1; ");
    assertThat(entries).allSatisfy(e -> assertThat(e.summary()).doesNotContain(acme.hook()));
  }
}
