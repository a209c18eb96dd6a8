package com.clearmark.app.copyright;

import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.web.UploadNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An image as uploaded, read whole (it is at most {@link #MAX_BYTES}) so that it can be hashed and
 * stored: the name it was given (shown only), its type judged from its first bytes, never from its
 * name, and its SHA-256.
 */
record ImageUpload(String name, ImageType type, byte[] bytes, String sha256) {

  /** The largest image accepted: a marketplace's own limit for a product image is 10 MB. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The image types screening can compare, as read from their signature. */
  enum ImageType {
    JPEG("jpeg", "image/jpeg"),
    PNG("png", "image/png"),
    GIF("gif", "image/gif"),
    BMP("bmp", "image/bmp");

    final String id;
    final String mediaType;

    ImageType(String id, String mediaType) {
      this.id = id;
      this.mediaType = mediaType;
    }

    static ImageType of(String id) {
      for (ImageType t : values()) {
        if (t.id.equals(id)) {
          return t;
        }
      }
      throw new IllegalArgumentException("no image type " + id);
    }

    static ImageType sniff(byte[] b) {
      if (starts(b, 0xFF, 0xD8, 0xFF)) {
        return JPEG;
      }
      if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
        return PNG;
      }
      if (starts(b, 'G', 'I', 'F', '8', '7', 'a') || starts(b, 'G', 'I', 'F', '8', '9', 'a')) {
        return GIF;
      }
      if (starts(b, 'B', 'M') && b.length > 26) {
        return BMP;
      }
      return null;
    }

    private static boolean starts(byte[] b, int... signature) {
      if (b.length < signature.length) {
        return false;
      }
      for (int i = 0; i < signature.length; i++) {
        if ((b[i] & 0xFF) != signature[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Reads an upload, refusing with a message naming the file one that is empty, larger than {@link
   * #MAX_BYTES} (without reading past the limit) or not a JPEG, PNG, GIF or BMP image.
   *
   * @param field the form field the message is for
   */
  static ImageUpload read(String field, String originalName, InputStream in) {
    String name = UploadNames.display(originalName, "image");
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + name, e);
    }
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(field, name + " is larger than " + (MAX_BYTES >> 20) + " MB");
    }
    if (bytes.length == 0) {
      throw new InvalidInputException(field, name + " is empty");
    }
    ImageType type = ImageType.sniff(bytes);
    if (type == null) {
      throw new InvalidInputException(
          field, name + " is not a JPEG, PNG, GIF or BMP image (judged by its content)");
    }
    return new ImageUpload(name, type, bytes, sha256(bytes));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
