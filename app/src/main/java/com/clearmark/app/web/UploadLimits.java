package com.clearmark.app.web;

import com.clearmark.app.shared.InvalidInputException;
import java.util.Map;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Tells the upload limits apart. Spring reports every multipart limit as a too-large upload, also
 * the limit on the headers of one part ({@code server.tomcat.max-part-header-size}), which only a
 * file name far longer than any file system allows exceeds: that one is a bad file name, not a
 * large file.
 */
final class UploadLimits {

  /** How Tomcat words a part whose headers exceed the limit. */
  private static final String PART_HEADERS_TOO_LONG = "Header section has more than";

  private UploadLimits() {}

  static boolean fileNameTooLong(MaxUploadSizeExceededException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains(PART_HEADERS_TOO_LONG)) {
        return true;
      }
    }
    return false;
  }

  static InvalidInputException fileNameTooLongError() {
    return new InvalidInputException(
        "The upload has an invalid field.",
        Map.of(
            "file",
            "the file name is too long; rename the file to at most 255 characters and upload it"
                + " again"));
  }
}
