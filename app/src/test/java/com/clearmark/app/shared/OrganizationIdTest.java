package com.clearmark.app.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationIdTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 42, Long.MAX_VALUE})
  void aPositiveIdNamesAnOrganization(long id) {
    assertThat(OrganizationId.of(id))
        .isEqualTo(new OrganizationId(id))
        .hasToString(Long.toString(id));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void zeroAndNegativeIdsAreRefused(long id) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationId.of(id))
        .withMessage("an organization id is positive, got " + id);
  }
}
