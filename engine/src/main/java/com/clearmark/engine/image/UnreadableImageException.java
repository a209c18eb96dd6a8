package com.clearmark.engine.image;

/**
 * An image that cannot be hashed: not a JPEG, PNG, GIF or BMP file, damaged, or larger than {@link
 * ImageHasher#MAX_BYTES} bytes or {@link ImageHasher#MAX_PIXELS} pixels. The message is one line a
 * seller understands, naming the file when it is known.
 */
public final class UnreadableImageException extends RuntimeException {

  public UnreadableImageException(String message) {
    super(message);
  }
}
