package com.clearmark.app.notification;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Posts notifications as JSON to an organization's webhook, signed so the receiver can tell they
 * come from Clearmark and were not replayed later.
 *
 * <p>The signature is {@code sha256=} followed by the hex HMAC-SHA256, keyed with the webhook
 * secret, of the {@code X-Clearmark-Timestamp} value (epoch seconds), a dot and the raw body. A
 * receiver recomputes it over the bytes it received and rejects a timestamp far from its own clock.
 *
 * <p>Unless {@code clearmark.notifications.allow-private-webhooks} is set, the host must resolve to
 * public addresses only, checked before each request. A failure is kept as the status code or the
 * kind of connection error only: the answer of the receiving server is never stored, since it is
 * shown on the settings page and could be a page of a server the service can reach but its users
 * should not.
 */
@Component
class WebhookSender {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final boolean allowPrivate;

  WebhookSender(NotificationProperties properties) {
    this.allowPrivate = properties.allowPrivateWebhooks();
  }

  /** A webhook that did not take the notification: no answer, or an answer other than 2xx. */
  static final class WebhookFailed extends Exception {
    private static final long serialVersionUID = 1L;

    WebhookFailed(String message) {
      super(message);
    }
  }

  void post(WebhookUrl url, String secret, long deliveryId, EventType type, String body, long now)
      throws WebhookFailed {
    if (!allowPrivate) {
      try {
        url.requirePublicAddress();
      } catch (IllegalArgumentException e) {
        throw new WebhookFailed(e.getMessage());
      }
    }
    String timestamp = Long.toString(now);
    var request =
        HttpRequest.newBuilder(url.uri())
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("User-Agent", "Clearmark-Webhook/1")
            .header("X-Clearmark-Event", type.wireName())
            .header("X-Clearmark-Delivery", Long.toString(deliveryId))
            .header("X-Clearmark-Timestamp", timestamp)
            .header("X-Clearmark-Signature", signature(secret, timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    int status;
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      // The answer is not read: a receiver must not hold the dispatcher with an endless one.
      response.body().close();
      status = response.statusCode();
    } catch (IOException e) {
      // Only the kind of error: a message can quote what a non-HTTP server answered.
      throw new WebhookFailed(
          "no answer from " + url.uri().getHost() + ": " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebhookFailed("interrupted while posting");
    }
    if (status < 200 || status > 299) {
      throw new WebhookFailed("the webhook answered HTTP " + status);
    }
  }

  static String signature(String secret, String timestamp, String body) {
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '.');
      return "sha256="
          + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
