package com.clearmark.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Each API token has its own bucket of requests; an empty one is answered 429 with Retry-After. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "clearmark.api.rate-limit.requests-per-second=1",
      "clearmark.api.rate-limit.burst=5"
    })
class ApiRateLimitTest extends ServiceOnH2 {

  @Autowired Accounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired PasswordEncoder passwords;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aTokenThatUsedItsBurstGets429WithRetryAfterAndAProblemWhileAnotherTokenGoesOn()
      throws Exception {
    long org = accounts.createOrganization("Pinecrest Gear");
    long user = accounts.createUser("jo@pinecrest.test", "Jo Seller", passwords.encode("x"));
    accounts.addMember(org, user, Role.ADMIN);
    var caller = new Caller(user, "Jo Seller", org, "Pinecrest Gear", Role.ADMIN);
    String busy = tokens.create(caller, "listing tool", Role.VIEWER).secret();
    String quiet = tokens.create(caller, "dashboard", Role.VIEWER).secret();

    HttpResponse<String> throttled = null;
    int accepted = 0;
    // One unit comes back each second, so a slow machine may get a few more through; never 40.
    for (int i = 0; i < 40 && throttled == null; i++) {
      var answer = registry(busy);
      if (answer.statusCode() == 429) {
        throttled = answer;
      } else {
        assertThat(answer.statusCode()).isEqualTo(200);
        accepted++;
      }
    }

    assertThat(throttled).as("no 429 after %d requests", accepted).isNotNull();
    assertThat(accepted).isGreaterThanOrEqualTo(5);
    assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
        .isPositive();
    assertThat(throttled.headers().firstValue("Content-Type").orElse(""))
        .contains("application/problem+json");
    assertThat(throttled.body())
        .contains("\"status\":429")
        .contains("\"title\":\"Too many requests\"")
        .contains("retry after");
    assertThat(registry(quiet).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> registry(String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/registry"))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
