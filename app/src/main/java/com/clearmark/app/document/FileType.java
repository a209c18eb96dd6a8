package com.clearmark.app.document;

import java.util.Optional;

/**
 * The evidence file types an appeal can carry, recognised from the first bytes of a file (its
 * signature), never from its name.
 */
public enum FileType {
  PDF("pdf", "application/pdf"),
  PNG("png", "image/png"),
  JPEG("jpeg", "image/jpeg"),
  GIF("gif", "image/gif"),
  TIFF("tiff", "image/tiff");

  private final String id;
  private final String mediaType;

  FileType(String id, String mediaType) {
    this.id = id;
    this.mediaType = mediaType;
  }

  public String id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  public static Optional<FileType> of(String id) {
    for (FileType t : values()) {
      if (t.id.equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The type whose signature the bytes start with, if any. */
  public static Optional<FileType> sniff(byte[] head) {
    if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, 'G', 'I', 'F', '8', '7', 'a')
        || startsWith(head, 'G', 'I', 'F', '8', '9', 'a')) {
      return Optional.of(GIF);
    }
    if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
      return Optional.of(TIFF);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, int... signature) {
    if (head.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
