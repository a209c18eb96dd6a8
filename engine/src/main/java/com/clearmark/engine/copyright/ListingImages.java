package com.clearmark.engine.copyright;

import com.clearmark.engine.image.ImageHashes;
import com.clearmark.engine.listing.Listing;

/**
 * Where {@link ImageCopyCheck} gets the hashes of a listing's images: the CLI hashes files next to
 * the listings file, the service reads hashes stored with the uploaded images.
 */
@FunctionalInterface
public interface ListingImages {

  /**
   * The hashes of image {@code index} (0-based) of {@code listing}'s {@link Listing#images()}, or
   * null when the image is unknown or cannot be read (the caller reports that as a problem of its
   * own; the check just passes over it).
   */
  ImageHashes hashes(Listing listing, int index);
}
