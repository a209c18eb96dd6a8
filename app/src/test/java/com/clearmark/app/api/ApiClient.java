package com.clearmark.app.api;

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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One member of a seller organization talking to the REST API over real HTTP with their API token,
 * or an anonymous caller without one.
 */
final class ApiClient {

  static final JsonMapper JSON = JsonMapper.builder().build();
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

  ApiClient(int port, String token, String personName, long userId, long tokenId) {
    this.port = port;
    this.base = "http://localhost:" + port;
    this.token = token;
    this.personName = personName;
    this.userId = userId;
    this.tokenId = tokenId;
  }

  static ApiClient anonymous(int port) {
    return new ApiClient(port, null, "nobody", 0, 0);
  }

  /** The same port with a token of someone's choosing, such as a made-up one. */
  ApiClient withToken(String otherToken) {
    return new ApiClient(port, otherToken, personName, userId, tokenId);
  }

  /** The name the audit log records for this member. */
  String personName() {
    return personName;
  }

  long userId() {
    return userId;
  }

  long tokenId() {
    return tokenId;
  }

  /** A response as it came over the wire. */
  record Reply(int status, Map<String, String> headers, String body) {

    JsonNode json() {
      return JSON.readTree(body);
    }

    String contentType() {
      return header("content-type").orElse("");
    }

    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether the body is an RFC 9457 problem with this status. */
    boolean isProblem(int expectedStatus) {
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

  Reply get(String path) {
    return send(request(path).GET());
  }

  /** A GET with the Accept header a browser or another client sends. */
  Reply getAccepting(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  Reply post(String path, Object body) {
    return sendJson("POST", path, JSON.writeValueAsString(body));
  }

  Reply put(String path, Object body) {
    return sendJson("PUT", path, JSON.writeValueAsString(body));
  }

  /** Sends a body as it is, for requests a well-behaved client would never send. */
  Reply sendJson(String method, String path, String rawJson) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(rawJson, StandardCharsets.UTF_8)));
  }

  /** Uploads a file as multipart/form-data, the way curl -F or a browser does. */
  Reply upload(String kind, String fileName, byte[] content, String idempotencyKey) {
    String boundary = "clearmark-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    writeAscii(body, "--" + boundary + "\r\n");
    writeAscii(body, "Content-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n");
    writeAscii(body, "--" + boundary + "\r\n");
    writeUtf8(
        body,
        "Content-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    writeAscii(body, "\r\n--" + boundary + "--\r\n");
    var request =
        request("/api/v1/imports")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request);
  }

  Reply upload(String kind, String fileName, String content) {
    return upload(kind, fileName, content.getBytes(StandardCharsets.UTF_8), null);
  }

  private static void writeAscii(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }

  private static void writeUtf8(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Map<String, String> headers = new LinkedHashMap<>();
      response
          .headers()
          .map()
          .forEach(
              (name, values) ->
                  headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(", ", values)));
      return new Reply(response.statusCode(), headers, response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the API", e);
    }
  }
}
