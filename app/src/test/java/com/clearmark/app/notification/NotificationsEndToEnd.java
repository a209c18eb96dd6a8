package com.clearmark.app.notification;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.TestClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service with its own home folder, mailing through a real SMTP server in this process
 * (GreenMail) and posting webhooks to a real HTTP receiver on the loopback interface, which private
 * webhooks are allowed for. Each concrete class names its own database. Time is the test's, on the
 * same day whatever the real date: everything the service records and every day it judges by comes
 * from the {@link TestClock}, the scheduled scan and dispatch are pushed a day away, and tests call
 * them directly after setting the clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(TestClock.AsServiceClock.class)
abstract class NotificationsEndToEnd {

  static final LocalDate TODAY = TestClock.TODAY;
  static final LocalTime MORNING = LocalTime.of(8, 0);

  @TempDir static Path home;

  @RegisterExtension
  static final GreenMailExtension smtp =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  static WebhookReceiver hooks;

  @DynamicPropertySource
  static void isolated(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
    registry.add("clearmark.notifications.base-url", () -> "https://clearmark.example/");
    registry.add("clearmark.notifications.from", () -> "alerts@clearmark.example");
    registry.add("clearmark.notifications.scan-every", () -> "P1D");
    registry.add("clearmark.notifications.dispatch-every", () -> "P1D");
    // The receiver listens on the loopback interface, as one on the seller's own network would.
    registry.add("clearmark.notifications.allow-private-webhooks", () -> "true");
  }

  /** An in-memory H2 database of its own, named after the test class. */
  static void onH2(DynamicPropertyRegistry registry, String name) {
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
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
  @Autowired TestClock clock;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired NotificationService notifications;
  @Autowired NotificationScanner scanner;
  @Autowired Dispatcher dispatcher;

  @BeforeEach
  void morning() {
    clock.set(TODAY, MORNING);
  }

  /**
   * A seller organization whose admin has set up notifications to its own mailbox and its own
   * webhook path.
   */
  record Seller(Caller admin, String inbox, String hook, String secret) {
    long organizationId() {
      return admin.organizationId();
    }
  }

  Seller seller(String name) {
    return seller(name, null, true);
  }

  /** A seller that wants only the given events ({@code null}: all) and the digest or not. */
  Seller seller(String name, List<String> events, boolean digest) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long org = accounts.createOrganization(name + " " + tag);
    long user =
        accounts.createUser(
            "admin-" + tag + "@example.test",
            name + " admin",
            passwords.encode("irrelevant passphrase"));
    accounts.addMember(org, user, Role.ADMIN);
    var admin = new Caller(user, name + " admin", org, name, Role.ADMIN);
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    String inbox = "compliance-" + tag + "@" + slug + ".example";
    String hook = "/hooks/" + slug + "-" + tag;
    var saved =
        notifications.update(
            admin,
            new NotificationService.SettingsForm(List.of(inbox), hooks.url(hook), events, digest));
    hooks.expect(hook, saved.webhookSecret());
    return new Seller(admin, inbox, hook, saved.webhookSecret());
  }

  /** One pass of the scheduler: scan every organization, then send what is due. */
  void scanAndSend() {
    scanner.scanAll();
    dispatcher.dispatchDue();
  }

  /** The messages the SMTP server received for one address. */
  static List<MimeMessage> mailTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  static List<MimeMessage> mailTo(String address, String subjectStart) {
    return mailTo(address).stream().filter(m -> subject(m).startsWith(subjectStart)).toList();
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage m) {
    try {
      return m.getContent().toString().replace("\r\n", "\n");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String from(MimeMessage m) {
    try {
      return m.getFrom()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage m) {
    try {
      var to = m.getRecipients(Message.RecipientType.TO);
      return to == null ? List.of() : Arrays.stream(to).map(Object::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
