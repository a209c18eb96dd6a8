package com.clearmark.app.notification;

import com.clearmark.app.notification.WebhookUrl.AddressPolicy;
import com.clearmark.app.notification.WebhookUrl.HostResolver;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Posts notifications as JSON to an organization's webhook, signed so the receiver can tell they
 * come from Clearmark and were not replayed later.
 *
 * <p>The signature is {@code sha256=} followed by the hex HMAC-SHA256, keyed with the webhook
 * secret, of the {@code X-Clearmark-Timestamp} value (epoch seconds), a dot and the raw body. A
 * receiver recomputes it over the bytes it received and rejects a timestamp far from its own clock.
 *
 * <p>The host is resolved once per request and the request goes to exactly the addresses resolved,
 * so a name cannot be checked as public and then answer with a private address when the connection
 * is made (DNS rebinding). Unless {@code clearmark.notifications.allow-private-webhooks} is set,
 * every one of them must be public ({@link SpecialPurposeAddresses}). A failure is kept as the
 * status code or the kind of connection error only: the answer of the receiving server is never
 * stored, since it is shown on the settings page and could be a page of a server the service can
 * reach but its users should not.
 */
@Component
class WebhookSender {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final HostResolver resolver;
  private final AddressPolicy policy;
  private final SSLSocketFactory tls;

  @Autowired
  WebhookSender(NotificationProperties properties) {
    this(
        HostResolver.DNS,
        properties.allowPrivateWebhooks() ? AddressPolicy.ANY : AddressPolicy.PUBLIC_ONLY,
        (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  WebhookSender(HostResolver resolver, AddressPolicy policy, SSLSocketFactory tls) {
    this.resolver = resolver;
    this.policy = policy;
    this.tls = tls;
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
    List<InetAddress> addresses;
    try {
      // Resolved once: the request goes to these addresses, not to what the name says later.
      addresses = url.addresses(resolver, policy);
    } catch (IllegalArgumentException e) {
      throw new WebhookFailed(e.getMessage());
    }
    String timestamp = Long.toString(now);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("User-Agent", "Clearmark-Webhook/1");
    headers.put("X-Clearmark-Event", type.wireName());
    headers.put("X-Clearmark-Delivery", Long.toString(deliveryId));
    headers.put("X-Clearmark-Timestamp", timestamp);
    headers.put("X-Clearmark-Signature", signature(secret, timestamp, body));
    int status;
    try {
      // The answer is not read beyond its status line: a receiver must not hold the dispatcher.
      status =
          PinnedPost.post(
              url.uri(),
              addresses,
              headers,
              body.getBytes(StandardCharsets.UTF_8),
              tls,
              CONNECT_TIMEOUT,
              REQUEST_TIMEOUT);
    } catch (IOException e) {
      // Only the kind of error: a message can quote what a non-HTTP server answered.
      throw new WebhookFailed(
          "no answer from " + url.uri().getHost() + ": " + e.getClass().getSimpleName());
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
