package com.clearmark.app.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seller's admin driving the service process over HTTP with an API token, which they create the
 * way a person does: by signing in and asking for one under Settings.
 */
final class Operator {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern NEW_TOKEN =
      Pattern.compile("id=\"new-token\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private final String token;

  private Operator(int port, String token) {
    this.base = "http://localhost:" + port;
    this.token = token;
  }

  /** A reply as it came over the wire. */
  record Reply(int status, String body) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** Signs in as the service's first admin and creates an admin API token under Settings. */
  static Operator signedIn(int port) {
    var browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = "http://localhost:" + port;
    var login =
        form(
            browser,
            base,
            "/login",
            "/login",
            Map.of(
                "username", ServiceProcess.ADMIN_EMAIL, "password", ServiceProcess.ADMIN_PASSWORD));
    if (login.statusCode() != 302
        || login.headers().firstValue("location").orElse("").contains("error")) {
      throw new AssertionError("could not sign in: " + login.statusCode() + " " + login.headers());
    }
    form(
        browser,
        base,
        "/settings",
        "/settings/tokens",
        Map.of("name", "fault tests", "role", "ADMIN"));
    var m = NEW_TOKEN.matcher(page(browser, base + "/settings"));
    if (!m.find()) {
      throw new AssertionError("Settings showed no new API token");
    }
    return new Operator(port, m.group(1));
  }

  private static HttpResponse<String> form(
      HttpClient browser,
      String base,
      String pageWithForm,
      String path,
      Map<String, String> fields) {
    var csrf = CSRF.matcher(page(browser, base + pageWithForm));
    if (!csrf.find()) {
      throw new AssertionError("no CSRF token on " + pageWithForm);
    }
    var all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf.group(1));
    String body =
        all.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        browser,
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String page(HttpClient browser, String url) {
    return send(browser, HttpRequest.newBuilder(URI.create(url)).GET()).body();
  }

  Reply get(String path) {
    return reply(request(path).GET());
  }

  Reply post(String path, Object body) {
    return json("POST", path, body);
  }

  Reply put(String path, Object body) {
    return json("PUT", path, body);
  }

  private Reply json(String method, String path, Object body) {
    return reply(
        request(path)
            .header("Content-Type", "application/json")
            .method(
                method,
                HttpRequest.BodyPublishers.ofString(
                    body == null ? "" : JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
  }

  /** Uploads a file to /api/v1/imports as multipart/form-data, as curl -F does. */
  Reply upload(String kind, String fileName, byte[] content) {
    String boundary = "fault-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
                + kind
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return reply(
        request("/api/v1/imports")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Bearer " + token);
  }

  private Reply reply(HttpRequest.Builder request) {
    var response = send(http, request);
    return new Reply(response.statusCode(), response.body());
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
