package com.clearmark.engine.io;

import static com.clearmark.engine.io.TestFiles.resource;
import static com.clearmark.engine.io.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.clearmark.engine.context.ReferencePrice;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferencePriceReaderTest {

  @TempDir Path dir;

  private final List<InputProblem> problems = new ArrayList<>();

  @Test
  void referencePricesAreReadForBrandsAndProducts() {
    List<ReferencePrice> prices =
        ReferencePriceReader.read(resource("reference-prices.csv"), false, problems::add);

    assertThat(problems).isEmpty();
    assertThat(prices)
        .containsExactly(
            new ReferencePrice("Peakflask", "", new BigDecimal("20.00"), "EUR"),
            new ReferencePrice("Skyward Toys", "delta kite", new BigDecimal("24.99"), "USD"),
            new ReferencePrice("Glowhaus", "desk lamp", new BigDecimal("39.50"), ""));
  }

  @Test
  void missingBadZeroAndNegativePricesAreReportedWithLineAndField() {
    Path file =
        write(
            dir,
            "prices.csv",
            "brand,price,currency\nA,,\nB,cheap,\nC,0,\nD,-3,\nE,5,euro\n,5,\nF,5,gbp\n");

    List<ReferencePrice> prices = ReferencePriceReader.read(file, false, problems::add);

    assertThat(prices).extracting(ReferencePrice::brand).containsExactly("F");
    assertThat(problems)
        .extracting(InputProblem::line, InputProblem::field)
        .containsExactly(
            tuple(2L, "price"),
            tuple(3L, "price"),
            tuple(4L, "price"),
            tuple(5L, "price"),
            tuple(6L, "currency"),
            tuple(7L, "brand"));
  }

  @Test
  void fileWithoutPriceColumnIsRefused() {
    Path file = write(dir, "noprice.csv", "brand,product\nA,B\n");

    assertThatThrownBy(() -> ReferencePriceReader.read(file, false, problems::add))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problem().field()).isEqualTo("price");
              assertThat(e.problem().line()).isEqualTo(1);
            });
  }

  @Test
  void strictModeStopsAtFirstMalformedRow() {
    Path file = write(dir, "strict.csv", "brand,price\nA,0\nB,x\n");

    assertThatThrownBy(() -> ReferencePriceReader.read(file, true, problems::add))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ":2: price: the price 0 is not more than zero");
  }
}
