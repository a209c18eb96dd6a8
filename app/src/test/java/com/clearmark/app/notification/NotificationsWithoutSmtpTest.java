package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.complaint.ComplaintForm;
import com.clearmark.app.complaint.ComplaintService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.TestClock;
import com.clearmark.app.web.PageRequest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A server without an SMTP server configured: email is off and says so, webhooks still work. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(TestClock.AsServiceClock.class)
class NotificationsWithoutSmtpTest {

  @TempDir static Path home;
  static WebhookReceiver hooks;

  @DynamicPropertySource
  static void isolated(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:notifications-nosmtp-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    registry.add("clearmark.notifications.scan-every", () -> "P1D");
    registry.add("clearmark.notifications.dispatch-every", () -> "P1D");
    registry.add("clearmark.notifications.allow-private-webhooks", () -> "true");
  }

  @BeforeAll
  static void startReceiver() {
    hooks = WebhookReceiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    hooks.close();
  }

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired NotificationService notifications;
  @Autowired NotificationScanner scanner;
  @Autowired Dispatcher dispatcher;
  @Autowired ComplaintService complaints;

  @Test
  void emailIsOffAndSaysSoWhileWebhooksStillDeliver() {
    long org = accounts.createOrganization("Pinecrest Gear");
    String email = "admin-" + UUID.randomUUID() + "@example.test";
    long user =
        accounts.createUser(email, "Pinecrest admin", passwords.encode("correct horse battery"));
    accounts.addMember(org, user, Role.ADMIN);
    var admin = new Caller(user, "Pinecrest admin", org, "Pinecrest Gear", Role.ADMIN);
    var saved =
        notifications.update(
            admin,
            new NotificationService.SettingsForm(
                List.of("legal@pinecrest.example"),
                hooks.url("/hooks/pinecrest"),
                List.of("COMPLAINT_RECEIVED"),
                true));
    hooks.expect("/hooks/pinecrest", saved.webhookSecret());
    assertThat(saved.settings().emailAvailable()).isFalse();

    var web = Http.signedIn(port, email, "correct horse battery");
    assertThat(web.get("/settings/notifications").body())
        .contains("Email is off: this server has no SMTP server configured");

    LocalDate today = TestClock.TODAY;
    complaints.record(
        admin,
        new ComplaintForm(
            "5550001111",
            "COPYRIGHT",
            null,
            today,
            List.of("B0LANTERN1"),
            List.of("Pinecrest camping lantern"),
            "",
            "Lumo Studios",
            "",
            false,
            "Pinecrest"));
    scanner.scanAll();
    dispatcher.dispatchDue();

    var delivery = notifications.deliveries(admin, PageRequest.of(0, 10)).items().get(0);
    assertThat(delivery.subject())
        .isEqualTo("New copyright complaint 5550001111 from Lumo Studios");
    assertThat(delivery.email().status()).isEqualTo(DeliveryStatus.SKIPPED);
    assertThat(delivery.webhook().status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(hooks.at("/hooks/pinecrest", "complaint.received")).hasSize(1);
    assertThat(hooks.at("/hooks/pinecrest").get(0).signatureValid()).isTrue();
  }
}
