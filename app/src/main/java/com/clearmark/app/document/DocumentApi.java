package com.clearmark.app.document;

import com.clearmark.app.shared.Caller;
import com.clearmark.app.web.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@ApiController
@Tag(name = "Documents", description = "Evidence files, served only to their own organization")
class DocumentApi {

  private final Documents documents;

  DocumentApi(Documents documents) {
    this.documents = documents;
  }

  @GetMapping("/api/v1/documents/{id}")
  @Operation(
      summary = "Download an evidence file, as an attachment with the type read from its content")
  ResponseEntity<Resource> download(Caller caller, @PathVariable long id) {
    var content = documents.content(caller.organizationId(), id);
    return content.asAttachment();
  }
}
