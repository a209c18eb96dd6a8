package com.clearmark.app.audit;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.ApiController;
import com.clearmark.app.web.PageOf;
import com.clearmark.app.web.PageRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@Tag(name = "Audit", description = "Who decided or changed what, when and why")
class AuditApi {

  private final AuditLog audit;

  AuditApi(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/v1/audit")
  PageOf<AuditEntry> list(
      Caller caller,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) Long subjectId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return audit.list(
        caller.organizationId(), action, subjectType, subjectId, PageRequest.of(page, size));
  }
}
