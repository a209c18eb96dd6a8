package com.clearmark.cli;

import com.clearmark.engine.listing.Listing;
import java.nio.file.Path;

/** Where a report finds the two images of a copied-image finding, to show them side by side. */
interface ReportImages {

  /** A report without images: findings show the image names only. */
  ReportImages NONE =
      new ReportImages() {
        @Override
        public Path workImage(long workId) {
          return null;
        }

        @Override
        public Path listingImage(Listing listing, int index) {
          return null;
        }
      };

  /** The image file of a registered work, or null when the work has none. */
  Path workImage(long workId);

  /** The file of the listing's image at {@code index} (from 0), or null when there is none. */
  Path listingImage(Listing listing, int index);
}
