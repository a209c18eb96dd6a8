package com.clearmark.app.copyright;

import org.springframework.stereotype.Component;

/**
 * The perceptual hashes of an uploaded image, computed once when it is stored and kept with it, so
 * that screening never decodes an image again.
 */
@Component
class ImageHashing {

  /** The image's hashes as the engine encodes them; empty when they cannot be computed yet. */
  String hashes(ImageUpload image) {
    return "";
  }
}
