package com.clearmark.app.copyright;

import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.engine.image.ImageHasher;
import com.clearmark.engine.image.UnreadableImageException;
import org.springframework.stereotype.Component;

/**
 * The perceptual hashes of an uploaded image, computed once when it is stored and kept with it, so
 * that screening never decodes an image again.
 */
@Component
class ImageHashing {

  /**
   * The image's hashes as the engine encodes them.
   *
   * @throws InvalidInputException naming the file when the image cannot be decoded or is too large
   *     in pixels, so that nothing unreadable is stored
   */
  String hashes(ImageUpload image) {
    try {
      return ImageHasher.hash(image.bytes()).encoded();
    } catch (UnreadableImageException e) {
      throw new InvalidInputException("file", image.name() + ": " + e.getMessage());
    }
  }
}
