package com.clearmark.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.account.ApiTokens;
import com.clearmark.app.account.MemberService;
import com.clearmark.app.support.ApiClient;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A catalogue whose third line opens a quote it never closes is refused whole: the job fails naming
 * the file, the line and the column, and none of its rows is stored, not even those before the
 * quote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class UnclosedQuoteImportTest {

  @TempDir static Path home;

  @DynamicPropertySource
  static void isolated(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:unclosed-quote-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired ApiTokens apiTokens;
  @Autowired MemberService members;
  @Autowired PasswordEncoder passwords;
  ApiClient reviewer;

  @BeforeEach
  void acme() {
    reviewer =
        new Tenants(accounts, apiTokens, members, passwords, port)
            .sellerWithAdmin("Acme")
            .reviewer();
  }

  @Test
  void anUnclosedQuoteOnLineThreeFailsTheImportNamingTheLineAndStoresNoRowOfTheFile() {
    String csv =
        "sku,title,brand\n"
            + "ACME-1,Trail tent for two,Acme\n"
            + "ACME-2,\"Camping stove, compact,Acme\n"
            + "ACME-3,Sleeping bag,Acme\n"
            + "ACME-4,Headlamp,Acme\n";

    JsonNode job = ApiContract.imported(reviewer, "tents.csv", csv);

    assertThat(job.path("status").asString()).isEqualTo("FAILED");
    assertThat(job.path("message").asString())
        .contains("tents.csv:3")
        .contains("title")
        .contains("no matching closing quote")
        .contains("Nothing was imported");
    assertThat(job.path("accepted").asLong()).isZero();
    assertThat(ApiContract.listingCount(reviewer)).isZero();
  }
}
