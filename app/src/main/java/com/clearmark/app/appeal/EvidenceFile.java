package com.clearmark.app.appeal;

import java.util.Locale;

/**
 * A file that goes into an appeal.
 *
 * @param type the file type read from its content, for example {@code pdf}, {@code jpeg}, {@code
 *     png}; empty when it could not be recognised
 */
public record EvidenceFile(String name, String type) {

  public EvidenceFile {
    name = name == null ? "" : name;
    type = type == null ? "" : type.toLowerCase(Locale.ROOT);
  }
}
