package com.clearmark.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.TestClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Failed sign-ins lock the email address and the client address for a while, with one answer
 * whether or not an account has the address.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "clearmark.sign-in.max-failures-per-account=3",
      "clearmark.sign-in.max-failures-per-address=8",
      "clearmark.sign-in.window=PT10M",
      "clearmark.sign-in.lockout=PT5M"
    })
@Import(TestClock.AsServiceClock.class)
class SignInThrottlingTest extends ServiceOnH2 {

  private static final String PASSWORD = "lantern by the quay";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired TestClock clock;

  @BeforeEach
  void pinecrestHasASeller() {
    if (accounts.userByEmail("jo@pinecrest.test").isEmpty()) {
      long org = accounts.createOrganization("Pinecrest Gear");
      long user = accounts.createUser("jo@pinecrest.test", "Jo Seller", passwords.encode(PASSWORD));
      accounts.addMember(org, user, Role.ADMIN);
    }
  }

  @AfterEach
  void locksWearOff() {
    // Every test starts with no lock from the one before it.
    clock.advance(Duration.ofMinutes(11));
  }

  @Test
  void threeWrongPasswordsLockTheAccountEvenForTheRightOne() {
    var visitor = new Visitor(port);
    for (int i = 0; i < 3; i++) {
      var wrong = visitor.signIn("jo@pinecrest.test", "not the password " + i);
      assertThat(Visitor.location(wrong)).endsWith("/login?error");
    }

    var locked = visitor.signIn("jo@pinecrest.test", PASSWORD);

    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).hasValue("300");
    assertThat(locked.body())
        .contains(
            "Too many failed sign-ins for this email address or from your network. Try again in"
                + " 5 minutes.")
        .doesNotContain("Exception")
        .doesNotContain("at com.");
    assertThat(visitor.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void theLockEndsAfterItsTimeAndTheRightPasswordThenSignsIn() {
    var visitor = new Visitor(port);
    for (int i = 0; i < 3; i++) {
      visitor.signIn("jo@pinecrest.test", "guess " + i);
    }
    assertThat(visitor.signIn("jo@pinecrest.test", PASSWORD).statusCode()).isEqualTo(429);

    clock.advance(Duration.ofMinutes(4));
    assertThat(visitor.signIn("jo@pinecrest.test", PASSWORD).statusCode()).isEqualTo(429);
    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    var signedIn = visitor.signIn("jo@pinecrest.test", PASSWORD);

    assertThat(Visitor.location(signedIn)).doesNotContain("error").doesNotContain("login");
    assertThat(visitor.get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void anEmailWithoutAnAccountIsLockedWithTheSameAnswer() {
    var known = new Visitor(port);
    var unknown = new Visitor(port);
    for (int i = 0; i < 3; i++) {
      assertThat(Visitor.location(known.signIn("jo@pinecrest.test", "wrong " + i)))
          .endsWith("/login?error");
      assertThat(Visitor.location(unknown.signIn("nobody@pinecrest.test", "wrong " + i)))
          .endsWith("/login?error");
    }

    var a = known.signIn("jo@pinecrest.test", "wrong again");
    var b = unknown.signIn("nobody@pinecrest.test", "wrong again");

    assertThat(b.statusCode()).isEqualTo(a.statusCode()).isEqualTo(429);
    assertThat(b.headers().firstValue("Retry-After"))
        .isEqualTo(a.headers().firstValue("Retry-After"));
    assertThat(withoutTokens(b.body())).isEqualTo(withoutTokens(a.body()));
  }

  @Test
  void oneClientAddressTryingManyEmailsIsLockedAndAnApiClientGetsAProblem() {
    var visitor = new Visitor(port);
    for (int i = 0; i < 8; i++) {
      assertThat(Visitor.location(visitor.signIn("guess" + i + "@pinecrest.test", "password")))
          .endsWith("/login?error");
    }

    var browser = visitor.signIn("jo@pinecrest.test", PASSWORD);
    assertThat(browser.statusCode()).isEqualTo(429);

    var script = scriptSignIn("another" + "@pinecrest.test", "whatever it is");
    assertThat(script.statusCode()).isEqualTo(429);
    assertThat(script.headers().firstValue("Retry-After")).hasValue("300");
    assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    assertThat(script.body())
        .contains("\"status\":429")
        .contains("\"title\":\"Too many failed sign-ins\"")
        .doesNotContain("Exception");
  }

  @Test
  void fiftyWrongPasswordsInARowAreNotAllTried() {
    var visitor = new Visitor(port);
    int refused = 0;
    for (int i = 0; i < 50; i++) {
      if (visitor.signIn("jo@pinecrest.test", "attempt " + i).statusCode() == 429) {
        refused++;
      }
    }
    assertThat(refused).isEqualTo(47);
  }

  /** A client that is not a browser: it asks for JSON. */
  private HttpResponse<String> scriptSignIn(String email, String password) {
    return new Visitor(port)
        .post(
            "/login",
            "/login",
            java.util.Map.of("username", email, "password", password),
            "application/json");
  }

  private static String withoutTokens(String html) {
    return html.replaceAll("value=\"[^\"]*\"", "").replaceAll("content=\"[^\"]*\"", "");
  }
}
