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

  /** A webhook that did not take the notification: no answer, or an answer other than 2xx. */
  static final class WebhookFailed extends Exception {
    private static final long serialVersionUID = 1L;

    WebhookFailed(String message) {
      super(message);
    }
  }

  void post(WebhookUrl url, String secret, long deliveryId, EventType type, String body, long now)
      throws WebhookFailed {
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
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new WebhookFailed("no answer from " + url.uri().getHost() + ": " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WebhookFailed("interrupted while posting");
    }
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      String answer = response.body() == null ? "" : response.body().strip();
      throw new WebhookFailed(
          "the webhook answered HTTP "
              + status
              + (answer.isEmpty()
                  ? ""
                  : ": " + Deliveries.clip(answer.replaceAll("\\s+", " "), 200)));
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

  private static String describe(IOException e) {
    String kind = e.getClass().getSimpleName();
    return e.getMessage() == null || e.getMessage().isBlank() ? kind : kind + " " + e.getMessage();
  }
}
