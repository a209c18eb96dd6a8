package com.clearmark.app.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A caller of the REST API over real HTTP, holding one API token (or none), as a seller's script or
 * curl is. It only needs a port, so it talks to the service a test started in its own JVM on a
 * random port as well as to a service running as a process of its own (the fault tests); {@link
 * Visitor#apiToken} makes one the way a person does, from a token created under Settings.
 */
public final class ApiClient {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final int port;
  private final String base;
  private final String token;
  private final String personName;
  private final long userId;
  private final long tokenId;

  /**
   * A member's client: {@code personName} is what the audit log records for them, {@code userId}
   * and {@code tokenId} let a test change their role or revoke their token.
   */
  public ApiClient(int port, String token, String personName, long userId, long tokenId) {
    this.port = port;
    this.base = "http://localhost:" + port;
    this.token = token;
    this.personName = personName;
    this.userId = userId;
    this.tokenId = tokenId;
  }

  /** A caller without a token. */
  public static ApiClient anonymous(int port) {
    return new ApiClient(port, null, "nobody", 0, 0);
  }

  /** A caller with a token and nothing else known about whose it is. */
  public static ApiClient bearer(int port, String token) {
    return new ApiClient(port, token, "unknown", 0, 0);
  }

  /** The same port with a token of someone's choosing, such as a made-up one. */
  public ApiClient withToken(String otherToken) {
    return new ApiClient(port, otherToken, personName, userId, tokenId);
  }

  /** The name the audit log records for this member. */
  public String personName() {
    return personName;
  }

  public long userId() {
    return userId;
  }

  public long tokenId() {
    return tokenId;
  }

  /** A response as it came over the wire. */
  public record Reply(int status, Map<String, String> headers, String body) {

    public JsonNode json() {
      return JSON.readTree(body);
    }

    public String contentType() {
      return header("content-type").orElse("");
    }

    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Whether the body is an RFC 9457 problem with this status. */
    public boolean isProblem(int expectedStatus) {
      return status == expectedStatus
          && contentType().startsWith("application/problem+json")
          && json().path("status").asInt() == expectedStatus
          && !json().path("title").asString("").isBlank();
    }

    @Override
    public String toString() {
      return status + " " + contentType() + " " + body;
    }
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET with the Accept header a browser or another client sends. */
  public Reply getAccepting(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  /** The body of a GET that must answer 200, as bytes (a zip, a PDF). */
  public byte[] getBytes(String path) {
    HttpResponse<byte[]> response =
        exchange(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new AssertionError(path + " answered " + response.statusCode());
    }
    return response.body();
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  /** Sends {@code body} as JSON; a {@code null} body is the JSON literal null. */
  public Reply post(String path, Object body) {
    return sendJson("POST", path, JSON.writeValueAsString(body));
  }

  public Reply put(String path, Object body) {
    return sendJson("PUT", path, JSON.writeValueAsString(body));
  }

  /** Sends a body as it is, for requests a well-behaved client would never send. */
  public Reply sendJson(String method, String path, String rawJson) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(rawJson, StandardCharsets.UTF_8)));
  }

  /**
   * Uploads a file to {@code /api/v1/imports} as multipart/form-data with the field {@code kind},
   * the way curl -F or a browser does, with an Idempotency-Key when one is given.
   */
  public Reply upload(String kind, String fileName, byte[] content, String idempotencyKey) {
    var request = multipart("/api/v1/imports", Map.of("kind", kind), fileName, content);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request);
  }

  public Reply upload(String kind, String fileName, byte[] content) {
    return upload(kind, fileName, content, null);
  }

  public Reply upload(String kind, String fileName, String content) {
    return upload(kind, fileName, content.getBytes(StandardCharsets.UTF_8), null);
  }

  public Reply upload(String kind, String fileName, String content, String idempotencyKey) {
    return upload(kind, fileName, content.getBytes(StandardCharsets.UTF_8), idempotencyKey);
  }

  /** Uploads raw bytes as the multipart field {@code file}, and nothing else, to any path. */
  public Reply uploadFile(String path, String fileName, byte[] content) {
    return send(multipart(path, Map.of(), fileName, content));
  }

  /** Polls a path until its JSON answer satisfies the condition, or fails after 20 seconds. */
  public JsonNode await(String path, Predicate<JsonNode> condition) {
    return Awaitility.await("GET " + path)
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(50))
        .until(() -> get(path).json(), condition::test);
  }

  /** Posts form fields and one file under the multipart field {@code part} to any path. */
  public Reply uploadForm(
      String path, Map<String, String> fields, String part, String fileName, byte[] content) {
    return send(multipart(path, fields, part, fileName, content));
  }

  private HttpRequest.Builder multipart(
      String path, Map<String, String> fields, String fileName, byte[] content) {
    return multipart(path, fields, "file", fileName, content);
  }

  private HttpRequest.Builder multipart(
      String path, Map<String, String> fields, String part, String fileName, byte[] content) {
    String boundary = "clearmark-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) -> {
          writeUtf8(body, "--" + boundary + "\r\n");
          writeUtf8(
              body,
              "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        });
    writeUtf8(body, "--" + boundary + "\r\n");
    writeUtf8(
        body,
        "Content-Disposition: form-data; name=\""
            + part
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    writeUtf8(body, "\r\n--" + boundary + "--\r\n");
    return request(path)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
  }

  private static void writeUtf8(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    // A service in a process of its own under load (the fault tests) may take a while to answer.
    var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder builder) {
    HttpResponse<String> response =
        exchange(builder, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Map<String, String> headers = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
    return new Reply(response.statusCode(), headers, response.body());
  }

  private static <T> HttpResponse<T> exchange(
      HttpRequest.Builder builder, HttpResponse.BodyHandler<T> handler) {
    try {
      return HTTP.send(builder.build(), handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the API", e);
    }
  }
}
