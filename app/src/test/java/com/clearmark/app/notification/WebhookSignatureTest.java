package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The webhook signature scheme, and the URLs and addresses notifications may go to. */
class WebhookSignatureTest {

  @Test
  void theSignatureIsTheHmacSha256OfTimestampDotBody() {
    // Computed independently: HMAC-SHA256(key "whsec_test", "1764403200.{\"event\":\"test\"}").
    assertThat(WebhookSender.signature("whsec_test", "1764403200", "{\"event\":\"test\"}"))
        .isEqualTo("sha256=2a385d715b6c3ebe182f20b6da006dbc2f819335bfa244f4480a01317ec2fb57");
  }

  @Test
  void aChangedBodyOrTimestampChangesTheSignature() {
    String signed = WebhookSender.signature("whsec_test", "1764403200", "{\"event\":\"test\"}");
    assertThat(WebhookSender.signature("whsec_test", "1764403201", "{\"event\":\"test\"}"))
        .isNotEqualTo(signed);
    assertThat(WebhookSender.signature("whsec_test", "1764403200", "{\"event\":\"tesT\"}"))
        .isNotEqualTo(signed);
    assertThat(WebhookSender.signature("whsec_other", "1764403200", "{\"event\":\"test\"}"))
        .isNotEqualTo(signed);
  }

  @Test
  void aWebhookIsAnHttpOrHttpsUrl() {
    assertThat(new WebhookUrl(" https://hooks.acme.example/clearmark ").value())
        .isEqualTo("https://hooks.acme.example/clearmark");
    assertThat(new WebhookUrl("http://10.0.0.5:8080/in").uri().getPort()).isEqualTo(8080);
    assertThatThrownBy(() -> new WebhookUrl("ftp://files.acme.example/in"))
        .hasMessage("use an http:// or https:// URL");
    assertThatThrownBy(() -> new WebhookUrl("hooks.acme.example/in"))
        .hasMessage("use an http:// or https:// URL");
    assertThatThrownBy(() -> new WebhookUrl("javascript:alert(1)"))
        .hasMessage("use an http:// or https:// URL");
    assertThatThrownBy(() -> new WebhookUrl("https://user:pw@hooks.acme.example/"))
        .hasMessage("put no user name or password in the URL");
    assertThatThrownBy(() -> new WebhookUrl("https:///nohost")).hasMessage("the URL names no host");
  }

  @Test
  void anEmailAddressIsOneMailboxWithADomain() {
    assertThat(new EmailAddress(" Compliance@Acme-Outdoor.EXAMPLE ").value())
        .isEqualTo("Compliance@acme-outdoor.example");
    assertThatThrownBy(() -> new EmailAddress("compliance"))
        .hasMessage("'compliance' is not an email address");
    assertThatThrownBy(() -> new EmailAddress("Pat <pat@acme.example>"))
        .hasMessageContaining("is not an email address");
    assertThatThrownBy(() -> new EmailAddress("a@b.example, c@d.example"))
        .hasMessageContaining("is not an email address");
  }

  @Test
  void aWebhookToALoopbackPrivateLinkLocalOrMulticastAddressIsRefused() {
    for (String url :
        List.of(
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://localhost:8080/actuator/env",
            "http://127.0.0.1:9200/_cat/indices",
            "http://10.1.2.3/in",
            "http://172.16.0.1/in",
            "http://172.31.255.254/in",
            "http://192.168.1.10/in",
            "http://0.0.0.0:8080/",
            "http://100.64.0.1/in",
            "http://224.0.0.1/in",
            "http://[::1]:8080/",
            "http://[fe80::1]/in",
            "http://[fc00::1]/in",
            "http://[fd12:3456:789a::1]/in",
            "http://[::ffff:127.0.0.1]/in",
            "http://[::]/in")) {
      assertThatThrownBy(() -> new WebhookUrl(url).requirePublicAddress())
          .as(url)
          .hasMessageStartingWith("the webhook URL points at a private or local address (");
    }
  }

  @Test
  void aWebhookToAPublicAddressIsAllowed() throws UnknownHostException {
    new WebhookUrl("https://93.184.215.14/hooks/clearmark").requirePublicAddress();
    new WebhookUrl("https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/in").requirePublicAddress();
    assertThat(WebhookUrl.isPublic(InetAddress.getByName("172.32.0.1"))).isTrue();
    assertThat(WebhookUrl.isPublic(InetAddress.getByName("100.128.0.1"))).isTrue();
  }

  @Test
  void anAdminSeesTheFullWebhookUrlOthersOnlyItsSchemeAndHost() {
    var slack = new WebhookUrl("https://hooks.slack.example/services/T000/B000/XXXXSECRET");

    assertThat(slack.redacted()).isEqualTo("https://hooks.slack.example/…");
    assertThat(slack.origin()).isEqualTo("https://hooks.slack.example");
  }

  @Test
  void theSenderRefusesAPrivateAddressBeforeConnectingUnlessPrivateWebhooksAreAllowed() {
    try (var receiver = WebhookReceiver.start()) {
      var url = new WebhookUrl(receiver.url("/hooks/internal"));
      receiver.expect("/hooks/internal", "whsec_test");
      var publicOnly = new WebhookSender(new NotificationProperties(null, null, null, false));
      var onPremises = new WebhookSender(new NotificationProperties(null, null, null, true));

      assertThatThrownBy(
              () -> publicOnly.post(url, "whsec_test", 1, EventType.TEST, "{}", 1764403200))
          .isInstanceOf(WebhookSender.WebhookFailed.class)
          .hasMessage(
              "the webhook URL points at a private or local address (127.0.0.1); webhooks go only"
                  + " to public addresses");
      assertThat(receiver.at("/hooks/internal")).isEmpty();

      assertThatCode(() -> onPremises.post(url, "whsec_test", 2, EventType.TEST, "{}", 1764403200))
          .doesNotThrowAnyException();
      assertThat(receiver.at("/hooks/internal")).hasSize(1);
    }
  }

  @Test
  void aWebhookAnsweringAnErrorIsKeptAsItsStatusNotItsAnswer() {
    try (var receiver = WebhookReceiver.start()) {
      var url = new WebhookUrl(receiver.url("/hooks/failing"));
      receiver.expect("/hooks/failing", "whsec_test");
      receiver.answer("/hooks/failing", 500);
      var sender = new WebhookSender(new NotificationProperties(null, null, null, true));

      assertThatThrownBy(() -> sender.post(url, "whsec_test", 1, EventType.TEST, "{}", 1764403200))
          .hasMessage("the webhook answered HTTP 500");
    }
  }
}
