package com.clearmark.app.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Talks to the running service over real HTTP: through the REST API with a token, or as a person
 * signed in to the web UI, posting forms with the page's CSRF token.
 */
final class Http {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private final String base;
  private final String token;
  private final HttpClient client;

  private Http(int port, String token) {
    this.base = "http://localhost:" + port;
    this.token = token;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  static Http api(int port, String token) {
    return new Http(port, token);
  }

  /** A browser session signed in with the given login. */
  static Http signedIn(int port, String email, String password) {
    var web = new Http(port, null);
    var r = web.form("/login", "/login", Map.of("username", email, "password", password));
    if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
      throw new AssertionError("could not sign in as " + email);
    }
    return web;
  }

  record Reply(int status, String body) {
    JsonNode json() {
      return WebhookReceiver.JSON.readTree(body);
    }
  }

  Reply get(String path) {
    var r = send(request(path).GET());
    return new Reply(r.statusCode(), r.body());
  }

  Reply put(String path, Object body) {
    var r =
        send(
            request(path)
                .header("Content-Type", "application/json")
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        WebhookReceiver.JSON.writeValueAsString(body))));
    return new Reply(r.statusCode(), r.body());
  }

  Reply post(String path) {
    var r = send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    return new Reply(r.statusCode(), r.body());
  }

  /** Posts a form from {@code page} as a browser would, with fields that may repeat. */
  HttpResponse<String> form(String page, String path, Map<String, ?> fields) {
    var all = new LinkedHashMap<String, Object>(fields);
    var m = CSRF.matcher(get(page).body());
    if (m.find()) {
      all.put("_csrf", m.group(1));
    }
    String body =
        all.entrySet().stream()
            .flatMap(
                e ->
                    (e.getValue() instanceof List<?> list ? list : List.of(e.getValue()))
                        .stream()
                            .map(
                                v ->
                                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(
                                            String.valueOf(v), StandardCharsets.UTF_8)))
            .collect(Collectors.joining("&"));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    var b = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
