package com.clearmark.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.app.shared.FieldLimits;
import org.junit.jupiter.api.Test;

class AuditActionTest {

  @Test
  void anActionIsStoredAsItsName() {
    assertThat(AuditAction.MARK_ADDED.stored()).isEqualTo("MARK_ADDED");
    assertThat(AuditAction.COMPLAINT_RETRACTION_REQUESTED.stored())
        .isEqualTo("COMPLAINT_RETRACTION_REQUESTED");
  }

  @Test
  void everyStoredActionIsReadBackAsItself() {
    for (AuditAction a : AuditAction.values()) {
      assertThat(AuditAction.of(a.stored())).contains(a);
    }
  }

  @Test
  void anActionThisBuildDoesNotKnowIsReadAsUnknownNotAnError() {
    assertThat(AuditAction.of("SOMETHING_A_LATER_VERSION_WROTE")).isEmpty();
    assertThat(AuditAction.of("mark_added")).isEmpty();
    assertThat(AuditAction.of(null)).isEmpty();
  }

  @Test
  void everyActionFitsItsColumn() {
    for (AuditAction a : AuditAction.values()) {
      assertThat(a.stored()).hasSizeLessThanOrEqualTo(FieldLimits.AUDIT_ACTION);
    }
  }
}
