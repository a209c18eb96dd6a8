package com.clearmark.app.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seller's webhook endpoint on the loopback interface: checks the signature of each request the
 * way a receiver is told to, answers with the status the test chose, and keeps what it received.
 */
final class WebhookReceiver implements AutoCloseable {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** One request as received, with whether its signature verified against the path's secret. */
  record Received(
      String path,
      String event,
      long delivery,
      long timestamp,
      String body,
      String host,
      boolean signatureValid,
      int answered) {

    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  private final HttpServer server;
  private final Map<String, String> secrets = new ConcurrentHashMap<>();
  private final Map<String, Integer> answers = new ConcurrentHashMap<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  static WebhookReceiver start() {
    return start(InetAddress.getLoopbackAddress(), 0);
  }

  /** A receiver on one address of the loopback network, such as 127.0.0.2, and a chosen port. */
  static WebhookReceiver start(InetAddress address, int port) {
    try {
      return started(HttpServer.create(new InetSocketAddress(address, port), 0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A receiver that answers over TLS with the given keys, as a hosted webhook endpoint does. */
  static WebhookReceiver startTls(HttpsConfigurator tls) {
    try {
      var server =
          HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setHttpsConfigurator(tls);
      return started(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return server.getAddress().getPort();
  }

  private static WebhookReceiver started(HttpServer server) {
    var receiver = new WebhookReceiver(server);
    server.createContext("/", receiver::handle);
    server.start();
    return receiver;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** The secret requests to {@code path} must be signed with. */
  void expect(String path, String secret) {
    secrets.put(path, secret);
  }

  /** Answers requests to {@code path} with this status from now on. */
  void answer(String path, int status) {
    answers.put(path, status);
  }

  List<Received> at(String path) {
    return received.stream().filter(r -> r.path().equals(path)).toList();
  }

  List<Received> at(String path, String event) {
    return at(path).stream().filter(r -> r.event().equals(event)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      byte[] body = exchange.getRequestBody().readAllBytes();
      var headers = exchange.getRequestHeaders();
      String timestamp = headers.getFirst("X-Clearmark-Timestamp");
      boolean valid =
          "POST".equals(exchange.getRequestMethod())
              && "application/json".equals(headers.getFirst("Content-Type"))
              && verifies(
                  secrets.get(path), timestamp, body, headers.getFirst("X-Clearmark-Signature"));
      int status = valid ? answers.getOrDefault(path, 200) : 401;
      received.add(
          new Received(
              path,
              String.valueOf(headers.getFirst("X-Clearmark-Event")),
              Long.parseLong(headers.getFirst("X-Clearmark-Delivery")),
              Long.parseLong(timestamp),
              new String(body, StandardCharsets.UTF_8),
              headers.getFirst("Host"),
              valid,
              status));
      byte[] answer =
          (status >= 400 ? "receiver unavailable" : "").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        exchange.getResponseBody().write(answer);
      }
    }
  }

  /**
   * The receiver's side of the scheme: HMAC-SHA256 of "timestamp.body", compared in constant time.
   */
  private static boolean verifies(String secret, String timestamp, byte[] body, String signature) {
    if (secret == null || timestamp == null || signature == null) {
      return false;
    }
    try {
      var mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
      return MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII),
          signature.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
