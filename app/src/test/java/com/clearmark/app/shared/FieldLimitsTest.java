package com.clearmark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

  @Test
  void pagesSeeEveryLimitByItsConstantsName() {
    long constants =
        Arrays.stream(FieldLimits.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == int.class)
            .count();

    assertThat(FieldLimits.all())
        .hasSize((int) constants)
        .containsEntry("SKU", FieldLimits.SKU)
        .containsEntry("MARK_NAME", FieldLimits.MARK_NAME)
        .containsEntry("ASIN_TYPED", Asin.LENGTH);
  }

  @Test
  void everyLimitIsPositive() {
    assertThat(FieldLimits.all().values()).allSatisfy(v -> assertThat(v).isPositive());
  }

  @Test
  void theLimitsGivenToPagesCannotBeChanged() {
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> FieldLimits.all().put("SKU", 1));
  }
}
