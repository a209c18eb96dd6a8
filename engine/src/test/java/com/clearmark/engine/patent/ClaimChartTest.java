package com.clearmark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.engine.listing.Listing;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimChartTest {

  private static final Claim BOTTLE =
      ClaimText.parse(
          1,
          "1. A drinking bottle comprising: a double-walled body; a lid threaded onto the body; a"
              + " straw extending through the lid; and a carabiner loop formed on the lid.");
  private static final Claim STEEL =
      ClaimText.parse(2, "2. The drinking bottle of claim 1, wherein the body is stainless steel.");
  private static final Patent PATENT =
      new Patent(
          "11234567",
          "B2",
          PatentType.UTILITY,
          "Insulated drinking bottle",
          "Northwind Drinkware LLC",
          LocalDate.of(2019, 3, 1),
          LocalDate.of(2021, 6, 15),
          null,
          0,
          false,
          null,
          null,
          List.of("A47G 19/2266"),
          List.of(BOTTLE, STEEL));

  private static final Listing TRAIL =
      Listing.builder()
          .sku("BTL-1")
          .asin("B0BOTTLE01")
          .title("Trail insulated drinking bottle with straw lid")
          .bulletPoints(
              "Double-walled body keeps drinks cold",
              "Lid threaded onto the body with a straw extending through the lid",
              "Carabiner loop formed on the lid")
          .build();
  private static final Listing PLAIN =
      Listing.builder()
          .sku("BTL-2")
          .asin("B0BOTTLE02")
          .title("Glass drinking bottle")
          .bulletPoints("Double-walled body", "Bamboo lid")
          .build();

  @Test
  void chartHasOneRowPerElementAndOneColumnPerAsin() throws IOException {
    var chart = ClaimChart.of(PATENT, BOTTLE, List.of(TRAIL, PLAIN));
    var csv = new StringWriter();

    chart.writeCsv(csv);

    String[] rows = csv.toString().split("\r\n");
    assertThat(rows).hasSize(7);
    assertThat(rows[0]).isEqualTo("element,claim language,B0BOTTLE01,B0BOTTLE02");
    assertThat(rows[1])
        .startsWith("1[pre],A drinking bottle comprising,\"Product: Trail")
        .contains("the claimed article: Shown: \"\"drinking bottle\"\" (title)");
    assertThat(rows[2]).startsWith("1[a],a double-walled body,\"Shown: \"\"Double-walled body");
    assertThat(rows[4])
        .contains("a straw extending through the lid")
        .endsWith(",Not shown in the listing");
    assertThat(rows[6])
        .startsWith(
            "summary,\"US 11234567 (Insulated drinking bottle), claim 1\",4 of 4 elements shown");
    assertThat(chart.labels()).containsExactly("1[a]", "1[b]", "1[c]", "1[d]");
  }

  @Test
  void textChartQuotesTheEvidenceUnderEachElementAndStatesTheTerm() throws IOException {
    var text = new StringWriter();

    ClaimChart.of(PATENT, BOTTLE, List.of(TRAIL)).writeText(text);

    assertThat(text.toString())
        .contains("Claim chart: US 11234567 (Insulated drinking bottle), claim 1")
        .contains("Assignee: Northwind Drinkware LLC")
        .contains("term ends 2039-03-01")
        .contains(
            "1[d] a carabiner loop formed on the lid\n  B0BOTTLE01: Shown: \"Carabiner loop\" (bullet_points[3])")
        .contains("B0BOTTLE01: 4 of 4 elements shown")
        .contains("for a person to decide");
  }

  @Test
  void nestedElementsAreLabelledUnderTheirParent() {
    Claim nested =
        ClaimText.of(
            1,
            0,
            "1. A bottle comprising:",
            List.of(
                new ClaimElement(0, "a body;"),
                new ClaimElement(0, "a lid having:"),
                new ClaimElement(1, "a straw; and"),
                new ClaimElement(1, "a loop; and"),
                new ClaimElement(0, "a seal.")),
            "1. A bottle comprising: a body; a lid having: a straw; and a loop; and a seal.");
    Patent patent =
        new Patent(
            "10000001",
            "B1",
            PatentType.UTILITY,
            "",
            "",
            null,
            LocalDate.of(2020, 1, 7),
            null,
            0,
            false,
            null,
            null,
            List.of(),
            List.of(nested));

    assertThat(ClaimChart.of(patent, nested, List.of(TRAIL)).labels())
        .containsExactly("1[a]", "1[b]", "1[b.1]", "1[b.2]", "1[c]");
  }

  @Test
  void moreThanTwentyListingsAreRefusedAsApexDoes() {
    List<Listing> many = new ArrayList<>(Collections.nCopies(21, TRAIL));

    assertThatThrownBy(() -> ClaimChart.of(PATENT, BOTTLE, many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 20 ASINs");
  }

  @Test
  void dependentClaimIsRefused() {
    assertThatThrownBy(() -> ClaimChart.of(PATENT, STEEL, List.of(TRAIL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("claim 2 depends on claim 1");
  }

  @Test
  void formulaInAListingIsNeutralisedInTheCsv() throws IOException {
    Listing hostile = Listing.builder().asin("B0EVIL0001").title("=HYPERLINK(\"x\")").build();
    var csv = new StringWriter();

    ClaimChart.of(PATENT, BOTTLE, List.of(hostile)).writeCsv(csv);

    assertThat(csv.toString()).contains("\"Product: =HYPERLINK(\"\"x\"\");");
  }
}
