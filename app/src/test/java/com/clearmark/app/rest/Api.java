package com.clearmark.app.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client of the REST API over real HTTP, holding one API token (or none). */
final class Api {

  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private final String base;
  private final String token;

  Api(int port, String token) {
    this.base = "http://localhost:" + port;
    this.token = token;
  }

  /** A response with its body read as JSON when it is JSON. */
  record Reply(int status, String contentType, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  Reply get(String path) {
    return send(request(path).GET());
  }

  byte[] getBytes(String path) {
    try {
      var r = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        throw new AssertionError(path + " answered " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Reply delete(String path) {
    return send(request(path).DELETE());
  }

  Reply post(String path, Object body) {
    return send(json(request(path), body, "POST"));
  }

  Reply put(String path, Object body) {
    return send(json(request(path), body, "PUT"));
  }

  Reply postRaw(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Uploads a file as multipart/form-data, as a browser or curl would. */
  Reply upload(String kind, String fileName, String content, String idempotencyKey) {
    String boundary = "cm" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"kind\"\r\n\r\n"
            + kind
            + "\r\n"
            + "--"
            + boundary
            + "\r\n"
            + "Content-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"
            + content
            + "\r\n"
            + "--"
            + boundary
            + "--\r\n";
    var builder =
        request("/api/v1/imports")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (idempotencyKey != null) {
      builder.header("Idempotency-Key", idempotencyKey);
    }
    return send(builder);
  }

  /** Uploads raw bytes as the multipart field {@code file} to any path. */
  Reply uploadFile(String path, String fileName, byte[] content) {
    String boundary = "cm" + UUID.randomUUID();
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[head.length + content.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(content, 0, body, head.length, content.length);
    System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Polls a path until the JSON answer satisfies the condition, or fails after 20 seconds. */
  JsonNode await(String path, Predicate<JsonNode> condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    JsonNode last = null;
    while (Instant.now().isBefore(deadline)) {
      last = get(path).json();
      if (condition.test(last)) {
        return last;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("gave up waiting on " + path + "; last answer: " + last);
  }

  private HttpRequest.Builder request(String path) {
    var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private static HttpRequest.Builder json(HttpRequest.Builder b, Object body, String method) {
    String text = body instanceof String s ? s : JSON.writeValueAsString(body);
    return b.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(text));
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      var r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
