package com.clearmark.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.appeal.AppealChecks;
import com.clearmark.app.appeal.DocumentCheck;
import com.clearmark.app.shared.Role;
import com.clearmark.app.support.ServiceOnH2;
import com.clearmark.app.support.Visitor;
import com.clearmark.engine.screening.Rule;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The help pages render for every rule and check, link to each other, and 404 what is unknown. */
class HelpPagesTest extends ServiceOnH2 {

  static final String PASSWORD = "learn why, not only what";

  @Autowired Accounts accounts;
  @Autowired PasswordEncoder passwords;

  Visitor reader() {
    String email = "reader" + System.nanoTime() + "@help.example";
    long org = accounts.createOrganization("Help Readers " + System.nanoTime());
    long user = accounts.createUser(email, "Rita Reader", passwords.encode(PASSWORD));
    accounts.addMember(org, user, Role.VIEWER);
    return Visitor.signedIn(port, email, PASSWORD);
  }

  @Test
  void everyRuleAndCheckPageRendersWithItsDisclaimer() {
    var visitor = reader();
    List<String> paths = new ArrayList<>();
    for (Rule r : Rule.values()) {
      paths.add("/help/rules/" + r.name());
    }
    for (DocumentCheck c : AppealChecks.ALL) {
      paths.add("/help/checks/" + c.code());
    }
    for (String path : paths) {
      var page = visitor.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      var html = Jsoup.parse(page.body());
      assertThat(html.select("h1").text()).as(path).isNotBlank();
      assertThat(html.select("article.help-topic h2")).as(path).isNotEmpty();
      assertThat(html.select("#not-legal-advice").text()).as(path).contains("not legal advice");
      assertThat(page.body()).as(path).doesNotContain("??");
    }
  }

  @Test
  void theIndexLinksToEveryPageAndEveryLinkWorks() {
    var visitor = reader();
    var index = Jsoup.parse(visitor.get("/help").body());
    assertThat(index.select("#help-rules a")).hasSize(Rule.values().length);
    assertThat(index.select("#help-checks a")).hasSize(AppealChecks.ALL.size());
    assertThat(index.select("#help-guides a")).hasSizeGreaterThanOrEqualTo(7);
    for (String href : index.select("main a[href^=/help/]").eachAttr("href")) {
      var page = visitor.get(href);
      assertThat(page.statusCode()).as(href).isEqualTo(200);
      for (String inner :
          Jsoup.parse(page.body()).select("article a[href^=/help/]").eachAttr("href")) {
        assertThat(visitor.get(inner).statusCode()).as(inner + " on " + href).isEqualTo(200);
      }
    }
  }

  @Test
  void anUnknownTopicIsAStyledNotFoundPage() {
    var visitor = reader();
    for (String path :
        List.of("/help/rules/TM_NOTHING", "/help/checks/NO_SUCH_CHECK", "/help/guides/nope")) {
      var page = visitor.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(404);
      assertThat(page.body()).as(path).contains("<html").doesNotContain("\"status\"");
    }
  }
}
