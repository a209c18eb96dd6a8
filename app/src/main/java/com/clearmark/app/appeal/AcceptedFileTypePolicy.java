package com.clearmark.app.appeal;

import java.util.List;
import java.util.Set;

/**
 * Appeal forms take images (JPEG, GIF, PNG, TIFF) and, on most forms, PDF. The type is the one read
 * from each file's content when it was uploaded, never the name's extension.
 */
final class AcceptedFileTypePolicy implements DocumentCheck {

  static final Set<String> IMAGES = Set.of("jpeg", "jpg", "pjpeg", "gif", "png", "tiff");

  @Override
  public String code() {
    return "ACCEPTED_FILE_TYPE";
  }

  @Override
  public String name() {
    return "Documents are of an accepted file type";
  }

  @Override
  public CheckResult check(AppealCase appeal) {
    if (appeal.files().isEmpty()) {
      return CheckResult.fail(
          this, "No document is attached; attach the invoices as PDF or images.");
    }
    List<String> refused =
        appeal.files().stream()
            .filter(
                f ->
                    !(IMAGES.contains(f.type())
                        || (appeal.pdfAccepted() && f.type().equals("pdf"))))
            .map(f -> f.name() + " (" + (f.type().isEmpty() ? "unrecognised" : f.type()) + ")")
            .toList();
    if (refused.isEmpty()) {
      return CheckResult.pass(this, appeal.files().size() + " documents of accepted types.");
    }
    return CheckResult.fail(
        this,
        "Not accepted: "
            + String.join(", ", refused)
            + "; use "
            + (appeal.pdfAccepted() ? "PDF, " : "")
            + "JPEG, GIF, PNG or TIFF.");
  }
}
