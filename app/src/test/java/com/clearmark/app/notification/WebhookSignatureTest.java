package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The webhook signature scheme, and the URLs notifications may go to. */
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
              "the webhook URL points at a private or local address (127.0.0.1: loopback,"
                  + " 127.0.0.0/8); webhooks go only to public addresses");
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
