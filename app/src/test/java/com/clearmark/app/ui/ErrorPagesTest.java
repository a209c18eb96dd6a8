package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ApiClient;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every error a person can meet in the pages is the styled error page, with the status, a sentence
 * and a link home, never JSON or a stack trace; the API's addresses keep their problem details.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.servlet.multipart.max-file-size=2KB",
      "spring.servlet.multipart.max-request-size=3KB"
    })
class ErrorPagesTest extends ServiceOnH2 {

  /** Pages that fail the way only a bug or a race makes a real page fail. */
  @TestConfiguration
  static class FailingPages {
    @Bean
    FailingPage failingPage() {
      return new FailingPage();
    }
  }

  @Controller
  static class FailingPage {
    @GetMapping("/test-only/conflict")
    String conflict() {
      throw new ConflictException(
          "Changed by someone else at the same time; reload and try again.");
    }

    @GetMapping("/test-only/bug")
    String bug() {
      throw new IllegalStateException("secret internal detail");
    }
  }

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;

  Visitor admin;
  Visitor viewer;

  @BeforeEach
  void members() {
    long org = accounts.createOrganization("Error Pages " + UUID.randomUUID());
    admin = member(org, Role.ADMIN);
    viewer = member(org, Role.VIEWER);
  }

  Visitor member(long org, Role role) {
    String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.test";
    long user =
        accounts.createUser(email, "Pat " + role, passwords.encode("correct horse battery"));
    accounts.addMember(org, user, role);
    return Visitor.signedIn(port, email, "correct horse battery");
  }

  @Test
  void anUnknownAddressIsThePageNotFound() {
    assertStyledError(admin.get("/nope"), 404, "no page at this address");
  }

  @Test
  void aPathVariableThatIsNotANumberIsABadRequestPage() {
    assertStyledError(admin.get("/complaints/abc"), 400, "cannot be read as a number");
    assertStyledError(admin.get("/imports/abc"), 400, "cannot be read as a number");
  }

  @Test
  void aRecordThatDoesNotExistIsNotFound() {
    assertStyledError(admin.get("/complaints/999999"), 404, "");
  }

  @Test
  void aPageAboveTheMembersRoleIsForbidden() {
    assertStyledError(viewer.get("/registry/new"), 403, "needs the admin role");
  }

  @Test
  void aMethodTheAddressDoesNotTakeIsMethodNotAllowed() {
    var page = admin.get("/imports");
    var reply = admin.post("/imports", "/complaints/1/nothing-to-post", Map.of());
    assertThat(page.statusCode()).isEqualTo(200);
    assertStyledError(reply, 404, "");
    assertStyledError(admin.post("/imports", "/", Map.of()), 405, "does not take a POST request");
  }

  @Test
  void aConflictIsThePageOfTheConflict() {
    assertStyledError(admin.get("/test-only/conflict"), 409, "reload and try again");
  }

  @Test
  void aFileOverTheLimitIsContentTooLarge() {
    var reply =
        admin.upload(
            "/imports", "/imports", "big.csv", new byte[4096], Map.of("kind", "CATALOGUE"));
    assertStyledError(reply, 413, "larger than this server accepts");
  }

  @Test
  void aBugIsAnInternalErrorWithoutItsDetail() {
    var reply = admin.get("/test-only/bug");
    assertStyledError(reply, 500, "the error has been logged");
    assertThat(reply.body()).doesNotContain("secret internal detail").doesNotContain("Exception");
  }

  @Test
  void theApiKeepsProblemDetailsForTheSameErrors() {
    var api = ApiClient.anonymous(port);
    var unknown = api.getAccepting("/api/v1/nothing-here", "text/html,application/xhtml+xml");
    assertThat(unknown.status()).isIn(401, 404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
  }

  private static void assertStyledError(HttpResponse<String> reply, int status, String sentence) {
    assertThat(reply.statusCode()).as("status of %s", reply.uri()).isEqualTo(status);
    assertThat(reply.headers().firstValue("Content-Type").orElse(""))
        .as("content type of %s", reply.uri())
        .startsWith("text/html");
    var page = Jsoup.parse(reply.body());
    assertThat(page.select(".error-code").text()).isEqualTo(String.valueOf(status));
    assertThat(page.select("p.lead").text()).containsIgnoringCase(sentence);
    assertThat(page.select("a[data-home]").attr("href")).isEqualTo("/");
    assertThat(page.select("header.site-header")).isNotEmpty();
    assertThat(reply.body()).doesNotContain("\"status\":").doesNotContain("at com.clearmark");
  }
}
