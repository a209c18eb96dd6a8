package com.clearmark.engine.patent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatentClassesOfCategoryTest {

  @Test
  void departmentListNamedOnlyInPartDoesNotNarrowToThePartsNamed() {
    var table = CpcOfCategory.shipped();

    assertThat(table.prefixes("Kitchen, Garden & Pets > Storage & Accessories > Lunch Boxes"))
        .isEmpty();
  }

  @Test
  void segmentEveryWordOfWhichALineNamesGivesItsClasses() {
    var table = CpcOfCategory.shipped();

    assertThat(table.prefixes("Pet Supplies")).containsExactly("A01K");
    assertThat(table.prefixes("Kitchen & Dining > Water Bottles")).contains("A47G19");
  }
}
