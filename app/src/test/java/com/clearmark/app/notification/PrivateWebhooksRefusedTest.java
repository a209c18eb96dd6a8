package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server as hosted for many sellers, where private webhooks are not allowed: no admin can make it
 * call its own network, neither by saving such a URL nor by a name that resolves there later.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PrivateWebhooksRefusedTest {

  @TempDir static Path home;
  static WebhookReceiver internal;

  @DynamicPropertySource
  static void isolated(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:notifications-private-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    registry.add("clearmark.notifications.scan-every", () -> "P1D");
    registry.add("clearmark.notifications.dispatch-every", () -> "P1D");
    registry.add("clearmark.notifications.allow-private-webhooks", () -> "false");
  }

  /** A service on the server's own network that answers anyone who can reach it. */
  @BeforeAll
  static void startInternalService() {
    internal = WebhookReceiver.start();
  }

  @AfterAll
  static void stopInternalService() {
    internal.close();
  }

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired ApiTokens tokens;
  @Autowired NotificationService notifications;
  @Autowired Subscriptions subscriptions;

  Caller admin(String name) {
    long org = accounts.createOrganization(name + " " + UUID.randomUUID());
    long user =
        accounts.createUser(
            "admin-" + UUID.randomUUID() + "@example.test",
            name + " admin",
            passwords.encode("irrelevant passphrase"));
    accounts.addMember(org, user, Role.ADMIN);
    return new Caller(user, name + " admin", org, name, Role.ADMIN);
  }

  @Test
  void aWebhookAtALoopbackLinkLocalOrPrivateAddressIsAFieldErrorWhenSaved() {
    var admin = admin("Acme Outdoor");
    var api = Http.api(port, tokens.create(admin, "tests", Role.ADMIN).secret());

    for (String url :
        List.of(
            internal.url("/hooks/acme"),
            "http://169.254.169.254/latest/meta-data/",
            "http://localhost:8080/actuator/env",
            "http://192.168.1.10/in",
            "http://[64:ff9b::7f00:1]/in",
            "http://[2002:7f00:1::]/in",
            "http://198.18.0.1/in",
            "http://240.0.0.1/in",
            "http://255.255.255.255/in",
            "http://192.0.0.170/in")) {
      var reply = api.put("/api/v1/notifications/settings", Map.of("webhookUrl", url));

      assertThat(reply.status()).as(url).isEqualTo(400);
      assertThat(reply.json().get("errors").get("webhookUrl").asString())
          .as(url)
          .startsWith("the webhook URL points at a private or local address (");
    }
    assertThat(notifications.settings(admin).webhookUrl()).isNull();
    assertThat(internal.at("/hooks/acme")).isEmpty();
  }

  @Test
  void aWebhookWhoseHostNowResolvesToAPrivateAddressIsRefusedWhenSent() {
    var admin = admin("Harbor Lane");
    // As if saved while the name resolved to a public address: stored without the check.
    subscriptions.save(
        admin.organizationId(),
        List.of(),
        new WebhookUrl(internal.url("/hooks/harbor")),
        "whsec_harbor",
        EventType.CHOOSABLE,
        false);
    internal.expect("/hooks/harbor", "whsec_harbor");

    var test = notifications.sendTest(admin);

    assertThat(test.webhook().status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(test.webhook().error())
        .isEqualTo(
            "the webhook URL points at a private or local address (127.0.0.1: loopback,"
                + " 127.0.0.0/8); webhooks go only to public addresses");
    assertThat(internal.at("/hooks/harbor")).isEmpty();
  }
}
