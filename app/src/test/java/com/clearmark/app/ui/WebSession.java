package com.clearmark.app.ui;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A person's browser session against the running service, over real HTTP, without a browser. */
final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final String base;
  private final HttpClient http;

  WebSession(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  HttpResponse<byte[]> getBytes(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Posts one file as the form field {@code file}, with any other fields given, as a browser does
   * (multipart), with the CSRF token of the page it came from.
   */
  HttpResponse<String> upload(
      String pageWithForm,
      String path,
      String fileName,
      byte[] content,
      Map<String, String> fields) {
    String boundary = "----clearmark" + java.util.UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    var withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf(pageWithForm));
    withToken.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /** Posts a form the way the page would, with the CSRF token of the page it came from. */
  HttpResponse<String> post(String pageWithForm, String path, Map<String, String> fields) {
    var withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf(pageWithForm));
    return postRaw(path, withToken);
  }

  HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> signIn(String email, String password) {
    return post("/login", "/login", Map.of("username", email, "password", password));
  }

  String csrf(String page) {
    var m = CSRF.matcher(get(page).body());
    if (!m.find()) {
      throw new AssertionError("no CSRF token on " + page);
    }
    return m.group(1);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
