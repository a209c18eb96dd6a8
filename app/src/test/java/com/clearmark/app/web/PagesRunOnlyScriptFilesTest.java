package com.clearmark.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The pages run scripts only from files the service serves, so a script that gets into a page
 * through its data is not run: the Content-Security-Policy allows no inline script, and no template
 * has one, nor an on* event handler or a javascript: link. Links to other sites carry the origin
 * only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PagesRunOnlyScriptFilesTest {

  @TempDir static Path home;

  @DynamicPropertySource
  static void isolated(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:csp-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @LocalServerPort int port;
  final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void noTemplateHasAnInlineScriptAnEventHandlerOrAJavascriptLink() throws IOException {
    Resource[] templates =
        new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
    assertThat(templates).hasSizeGreaterThan(20);
    List<String> found = new ArrayList<>();
    for (Resource template : templates) {
      String html;
      try (InputStream in = template.getInputStream()) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      found.addAll(inlineScripts(template.getFilename(), html));
    }
    assertThat(found).isEmpty();
  }

  @Test
  void everyPageForbidsInlineScriptsAndSendsTheOriginOnlyToOtherSites() throws Exception {
    for (String path : List.of("/login", "/setup", "/", "/listings", "/settings", "/api/docs")) {
      var reply = get(path);
      String policy = reply.headers().firstValue("Content-Security-Policy").orElse("");

      assertThat(scriptSources(policy)).as(path).containsExactly("'self'");
      assertThat(reply.headers().firstValue("Referrer-Policy"))
          .as(path)
          .hasValue("strict-origin-when-cross-origin");
    }
  }

  @Test
  void theApiDocumentationPageLoadsItsScriptsFromFiles() throws Exception {
    String path = "/api/docs";
    var reply = get(path);
    for (int hops = 0; reply.statusCode() / 100 == 3 && hops < 5; hops++) {
      path =
          URI.create("http://localhost:" + port + path)
              .resolve(reply.headers().firstValue("Location").orElseThrow())
              .getPath();
      reply = get(path);
    }

    assertThat(reply.statusCode()).as(path).isEqualTo(200);
    assertThat(inlineScripts(path, reply.body())).isEmpty();
    assertThat(scriptSources(reply.headers().firstValue("Content-Security-Policy").orElse("")))
        .containsExactly("'self'");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The sources of script-src, or of default-src when the policy has no script-src. */
  static List<String> scriptSources(String policy) {
    List<String> fallback = List.of();
    for (String directive : policy.split(";")) {
      List<String> words = List.of(directive.strip().split("\\s+"));
      if (words.get(0).equals("script-src")) {
        return words.subList(1, words.size());
      }
      if (words.get(0).equals("default-src")) {
        fallback = words.subList(1, words.size());
      }
    }
    return fallback;
  }

  static List<String> inlineScripts(String name, String html) {
    List<String> found = new ArrayList<>();
    for (Element e : Jsoup.parse(html, "", Parser.htmlParser()).getAllElements()) {
      if (e.normalName().equals("script")
          && (!e.hasAttr("src") && !e.hasAttr("th:src") || !e.data().isBlank())) {
        found.add(name + ": inline <script>");
      }
      for (Attribute a : e.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        String bare = key.replaceFirst("^(th:|data-th-)", "");
        if (bare.matches("on[a-z]+") || key.startsWith("hx-on") || key.startsWith("data-hx-on")) {
          found.add(name + ": event handler " + key + " on <" + e.normalName() + ">");
        }
        if (a.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
          found.add(name + ": javascript: link in " + key + " on <" + e.normalName() + ">");
        }
      }
    }
    return found;
  }
}
