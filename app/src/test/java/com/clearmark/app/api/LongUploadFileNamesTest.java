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

/**
 * A file with a long name is imported under a visibly shortened name; a name longer than any file
 * system allows is refused as a bad file field, never as a file too large.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class LongUploadFileNamesTest {

  static final String CATALOGUE = "sku,title,brand\nACME-1,Trail tent for two,Acme\n";

  @TempDir static Path home;

  @DynamicPropertySource
  static void isolated(DynamicPropertyRegistry registry) {
    registry.add("clearmark.home", () -> home.toString());
    registry.add(
        "spring.datasource.url",
        () -> "jdbc:h2:mem:upload-names-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
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
  void aNameAsLongAsAFileSystemAllowsIsImportedAndShownShortenedKeepingItsEnd() {
    // 252 characters, as Windows allows, in Japanese: 748 bytes of UTF-8 in the part's header.
    String name = "出品一覧".repeat(61) + "2026.csv";

    var reply = reviewer.upload("catalogue", name, CATALOGUE);

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    String shown = reply.json().path("fileName").asString();
    assertThat(shown.codePointCount(0, shown.length())).isEqualTo(200);
    assertThat(shown)
        .startsWith("出品一覧出品一覧")
        .contains("…")
        .endsWith(name.substring(name.length() - 40));
  }

  @Test
  void aNameLongerThanAnyFileSystemAllowsIsAnInvalidFileField() {
    String name = "listings-" + "x".repeat(9000) + ".csv";

    var reply = reviewer.upload("catalogue", name, CATALOGUE);

    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().path("errors").path("file").asString())
        .isEqualTo(
            "the file name is too long; rename the file to at most 255 characters and upload it"
                + " again");
  }

  @Test
  void aShortNameIsShownAsItIs() {
    var reply = reviewer.upload("catalogue", "acme-listings-2026-03.csv", CATALOGUE);

    assertThat(reply.status()).isEqualTo(202);
    assertThat(reply.json().path("fileName").asString()).isEqualTo("acme-listings-2026-03.csv");
  }
}
