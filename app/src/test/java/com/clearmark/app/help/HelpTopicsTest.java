package com.clearmark.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.appeal.AppealChecks;
import com.clearmark.app.appeal.DocumentCheck;
import com.clearmark.engine.screening.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every screening rule and every appeal check links to a help page, so a rule or a check added
 * without one fails here, naming it.
 */
class HelpTopicsTest {

  private static boolean templateExists(HelpTopic topic) {
    return new ClassPathResource("templates/help/" + topic.template() + ".html").exists();
  }

  @Test
  void everyScreeningRuleHasAHelpPage() {
    List<String> missing = new ArrayList<>();
    for (Rule r : Rule.values()) {
      var topic = HelpTopics.rule(r.name());
      if (topic.isEmpty() || !templateExists(topic.get())) {
        missing.add(r.name());
      }
    }
    assertThat(missing).as("rules without a page under templates/help/rules/").isEmpty();
  }

  @Test
  void everyAppealCheckHasAHelpPage() {
    List<String> missing = new ArrayList<>();
    for (DocumentCheck c : AppealChecks.ALL) {
      var topic = HelpTopics.check(c.code());
      if (topic.isEmpty() || !templateExists(topic.get())) {
        missing.add(c.code());
      }
    }
    assertThat(missing).as("checks without a page under templates/help/checks/").isEmpty();
  }

  @Test
  void everyGuideHasItsTemplateAndAPathOfItsOwn() {
    assertThat(HelpTopics.GUIDES).allMatch(HelpTopicsTest::templateExists);
    assertThat(HelpTopics.GUIDES.stream().map(HelpTopic::path).distinct())
        .hasSameSizeAs(HelpTopics.GUIDES);
  }

  @Test
  void anUnknownTopicIsNotFound() {
    assertThat(HelpTopics.rule("TM_NOTHING")).isEmpty();
    assertThat(HelpTopics.rule("tm_exact")).isEmpty();
    assertThat(HelpTopics.check("NO_SUCH_CHECK")).isEmpty();
    assertThat(HelpTopics.guide("../rules/TM_EXACT")).isEmpty();
  }
}
