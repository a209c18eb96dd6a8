package com.clearmark.app.account;

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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at a browser, over real HTTP: cookies kept, redirects not followed, CSRF tokens sent.
 */
final class Visitor {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern NOTICE =
      Pattern.compile("class=\"notice notice-(?:success|error)[^\"]*\"[^>]*>([^<]*)<");
  private static final Pattern INVITATION_CODE =
      Pattern.compile("id=\"invitation-code\"[^>]*\\bvalue=\"([^\"]*)\"");
  private final String base;
  private final HttpClient http;

  Visitor(int port) {
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

  /** Posts a form as the page it is on would, with that page's CSRF token. */
  HttpResponse<String> post(String page, String path, Map<String, String> fields) {
    return post(page, path, fields, "text/html");
  }

  /** Posts a form like a script that asks for {@code accept} in return. */
  HttpResponse<String> post(String page, String path, Map<String, String> fields, String accept) {
    var withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf(page));
    String body =
        withToken.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<String> signIn(String email, String password) {
    return post("/login", "/login", Map.of("username", email, "password", password));
  }

  /**
   * A sign-in ready to be sent, with this visitor's session and CSRF token, so that many can be
   * sent at the same moment with {@link #sendAsync}.
   */
  HttpRequest signInRequest(String email, String password) {
    String body =
        "username="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + URLEncoder.encode(csrf("/login"), StandardCharsets.UTF_8);
    return HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The first success or error notice of a page, as its text. */
  String notice(String path) {
    return noticeIn(get(path).body());
  }

  static String noticeIn(String html) {
    var m = NOTICE.matcher(html);
    return m.find() ? m.group(1).strip() : "";
  }

  /** The invitation code a page shows the admin who just invited someone, or "" if none. */
  static String invitationCodeIn(String html) {
    var m = INVITATION_CODE.matcher(html);
    return m.find() ? m.group(1) : "";
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private String csrf(String page) {
    var m = CSRF.matcher(get(page).body());
    if (!m.find()) {
      throw new AssertionError("no CSRF token on " + page);
    }
    return m.group(1);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
