package com.clearmark.app.appeal;

import com.clearmark.app.shared.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The appeal package offered on a complaint's page; the page itself is the complaint feature's,
 * which shows the appeal's checks through {@link com.clearmark.app.complaint.AppealReadiness}.
 */
@Controller
class AppealController {

  private final AppealService appeals;

  AppealController(AppealService appeals) {
    this.appeals = appeals;
  }

  @GetMapping("/complaints/{id}/package.zip")
  ResponseEntity<byte[]> download(Caller caller, @PathVariable long id) {
    return ResponseEntity.ok()
        .header("Content-Disposition", "attachment; filename=\"appeal-" + id + ".zip\"")
        .contentType(MediaType.parseMediaType("application/zip"))
        .body(appeals.packageFor(caller, id));
  }
}
