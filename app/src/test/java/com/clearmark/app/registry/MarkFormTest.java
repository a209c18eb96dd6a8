package com.clearmark.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.engine.mark.MarkStatus;
import org.junit.jupiter.api.Test;

class MarkFormTest {

  @Test
  void aMarkAsTypedInTheFormBecomesARegistryMark() {
    var mark =
        new MarkForm("  NIKE ", "Nike, Inc.", "EX-0001", "us", "25; 28, 18", "dead", true, false)
            .toMark();

    assertThat(mark.name()).isEqualTo("NIKE");
    assertThat(mark.jurisdiction()).isEqualTo("US");
    assertThat(mark.niceClasses()).containsExactlyInAnyOrder(18, 25, 28);
    assertThat(mark.status()).isEqualTo(MarkStatus.DEAD);
    assertThat(mark.famous()).isTrue();
  }

  @Test
  void everyBadFieldIsReportedAtOnceByName() {
    assertThatThrownBy(
            () -> new MarkForm(" ", "", "", "US", "9, 46, x", "maybe", false, false).toMark())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.fields()).containsOnlyKeys("name", "niceClasses", "status"));
  }
}
