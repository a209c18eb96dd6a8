package com.clearmark.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An organization's tokens share one bucket too, so that making more tokens gains nothing. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "clearmark.api.rate-limit.organization-requests-per-second=1",
      "clearmark.api.rate-limit.organization-burst=5"
    })
class ApiRateLimitPerOrganizationTest extends ServiceOnH2 {

  @Autowired Accounts accounts;
  @Autowired ApiTokens tokens;
  @Autowired PasswordEncoder passwords;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void manyTokensOfOneOrganizationShareItsBucketWhileAnotherOrganizationGoesOn() throws Exception {
    List<String> many = new ArrayList<>();
    var pinecrest = admin("Pinecrest Gear", "jo@pinecrest.test");
    for (int i = 0; i < 40; i++) {
      many.add(tokens.create(pinecrest, "listing tool " + i, Role.VIEWER).secret());
    }
    String other =
        tokens
            .create(admin("Cedar Row Supply", "cy@cedar-row.test"), "dashboard", Role.VIEWER)
            .secret();

    HttpResponse<String> throttled = null;
    int accepted = 0;
    // Each token is used once, so only the organization's bucket can run out; one unit comes back
    // each second, so a slow machine may get a few more than five through, never forty.
    for (int i = 0; i < many.size() && throttled == null; i++) {
      var answer = registry(many.get(i));
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
    assertThat(throttled.body())
        .contains("\"status\":429")
        .contains("This organization's API tokens have used their shared allowance");
    assertThat(registry(other).statusCode()).isEqualTo(200);
  }

  private Caller admin(String organization, String email) {
    long org = accounts.createOrganization(organization);
    long user = accounts.createUser(email, "Admin of " + organization, passwords.encode("x"));
    accounts.addMember(org, user, Role.ADMIN);
    return new Caller(user, "Admin of " + organization, org, organization, Role.ADMIN);
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
