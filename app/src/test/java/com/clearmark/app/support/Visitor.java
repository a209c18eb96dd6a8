package com.clearmark.app.support;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at a browser, over real HTTP and without one: cookies kept, redirects not followed, and
 * every form posted with the CSRF token of the page it is on. It only needs a port, so it visits
 * the service a test started in its own JVM on a random port as well as a service running as a
 * process of its own (the fault tests). For the REST API, {@link #apiToken} creates a token under
 * Settings, as a person does, and hands back an {@link ApiClient} that holds it.
 */
public final class Visitor {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern NOTICE =
      Pattern.compile("class=\"notice notice-(?:success|error)[^\"]*\"[^>]*>([^<]*)<");
  private static final Pattern INVITATION_CODE =
      Pattern.compile("id=\"invitation-code\"[^>]*\\bvalue=\"([^\"]*)\"");
  private static final Pattern NEW_TOKEN =
      Pattern.compile("id=\"new-token\"[^>]*value=\"([^\"]+)\"");

  private final int port;
  private final String base;
  private final HttpClient http;

  /** A visitor with no session yet. */
  public Visitor(int port) {
    this.port = port;
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** A visitor signed in through the sign-in form; fails unless the service let them in. */
  public static Visitor signedIn(int port, String email, String password) {
    var visitor = new Visitor(port);
    var login = visitor.signIn(email, password);
    if (login.statusCode() != 302 || location(login).contains("error")) {
      throw new AssertionError(
          "could not sign in as " + email + ": " + login.statusCode() + " " + login.headers());
    }
    return visitor;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Posts a form as the page it is on would, with that page's CSRF token, asking for HTML as a
   * browser does.
   */
  public HttpResponse<String> post(String page, String path, Map<String, String> fields) {
    return post(page, path, fields, "text/html");
  }

  /** Posts a form like a script that asks for {@code accept} in return. */
  public HttpResponse<String> post(
      String page, String path, Map<String, String> fields, String accept) {
    var withToken = new LinkedHashMap<>(fields);
    withToken.put("_csrf", csrf(page));
    return send(formRequest(path, withToken).header("Accept", accept).build());
  }

  /** Posts the fields as they are, with no CSRF token unless one is among them. */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    return send(formRequest(path, fields).build());
  }

  /**
   * Posts one file as the form field {@code file}, with any other fields given, as a browser does
   * (multipart), with the CSRF token of the page it came from.
   */
  public HttpResponse<String> upload(
      String pageWithForm,
      String path,
      String fileName,
      byte[] content,
      Map<String, String> fields) {
    String boundary = "----clearmark" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
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

  /** Sends the sign-in form; the answer is a redirect, to the dashboard or back with an error. */
  public HttpResponse<String> signIn(String email, String password) {
    return post("/login", "/login", Map.of("username", email, "password", password));
  }

  /**
   * A sign-in ready to be sent, with this visitor's session and CSRF token, so that many can be
   * sent at the same moment with {@link #sendAsync}.
   */
  public HttpRequest signInRequest(String email, String password) {
    var fields = new LinkedHashMap<String, String>();
    fields.put("username", email);
    fields.put("password", password);
    fields.put("_csrf", csrf("/login"));
    return formRequest("/login", fields).header("Accept", "text/html").build();
  }

  public CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest request) {
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Creates an API token of {@code role} under Settings, as a signed-in admin does, and returns a
   * client of the REST API that holds it.
   */
  public ApiClient apiToken(String name, String role) {
    var created = post("/settings", "/settings/tokens", Map.of("name", name, "role", role));
    if (created.statusCode() >= 400) {
      throw new AssertionError("Settings refused a new API token: " + created.statusCode());
    }
    var m = NEW_TOKEN.matcher(get("/settings").body());
    if (!m.find()) {
      throw new AssertionError("Settings showed no new API token");
    }
    return ApiClient.bearer(port, m.group(1));
  }

  /** The first success or error notice of a page, as its text. */
  public String notice(String path) {
    return noticeIn(get(path).body());
  }

  public static String noticeIn(String html) {
    var m = NOTICE.matcher(html);
    return m.find() ? m.group(1).strip() : "";
  }

  /** The invitation code a page shows the admin who just invited someone, or "" if none. */
  public static String invitationCodeIn(String html) {
    var m = INVITATION_CODE.matcher(html);
    return m.find() ? m.group(1) : "";
  }

  public static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  /** The CSRF token of a page's forms, read from a fresh GET of it. */
  public String csrf(String page) {
    var m = CSRF.matcher(get(page).body());
    if (!m.find()) {
      throw new AssertionError("no CSRF token on " + page);
    }
    return m.group(1);
  }

  private HttpRequest.Builder formRequest(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
