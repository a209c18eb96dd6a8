package com.clearmark.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
