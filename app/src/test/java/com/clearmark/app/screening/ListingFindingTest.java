package com.clearmark.app.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.screening.Category;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ListingFindingTest {

  private static final Finding ENGINE =
      new Finding(
          Rule.TM_EXACT,
          Severity.HIGH,
          "NIKE",
          "1234567",
          "Nike, Inc.",
          "title",
          19,
          23,
          "Nike",
          "The title names the registered mark NIKE.");

  @Test
  void aScreenedFindingKeepsTheEnginesRuleCategoryAndSeverity() {
    var f = ListingFinding.of(new ScreeningOutcome.Screened(ENGINE, false));

    assertThat(f.rule()).isEqualTo(Rule.TM_EXACT);
    assertThat(f.category()).isEqualTo(Category.TRADEMARK);
    assertThat(f.severity()).isEqualTo(Severity.HIGH);
    assertThat(f.id()).isNull();
    assertThat(f.toEngine()).isEqualTo(ENGINE);
  }

  @Test
  void inJsonTheEnumsAreWrittenByNameAndTheListingVersionIsLeftOut() {
    var stored =
        new ListingFinding(
            7L,
            3L,
            Rule.TM_EXACT,
            Category.TRADEMARK,
            Severity.HIGH,
            "NIKE",
            "1234567",
            "Nike, Inc.",
            "title",
            19,
            23,
            "Nike",
            "why",
            true);

    JsonNode json = JsonMapper.builder().build().valueToTree(stored);

    assertThat(json.get("rule").asString()).isEqualTo("TM_EXACT");
    assertThat(json.get("category").asString()).isEqualTo("TRADEMARK");
    assertThat(json.get("severity").asString()).isEqualTo("HIGH");
    assertThat(json.get("evidence").asString()).isEqualTo("Nike");
    assertThat(json.has("listingVersionId")).isFalse();
    assertThat(json.propertyNames())
        .containsExactlyInAnyOrderElementsOf(
            List.of(
                "id",
                "rule",
                "category",
                "severity",
                "mark",
                "registration",
                "owner",
                "field",
                "start",
                "end",
                "evidence",
                "explanation",
                "dismissed"));
  }
}
