package com.clearmark.cli;

import com.clearmark.engine.io.ListingReader;
import com.clearmark.engine.screening.CatalogueProfile;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * The first of two passes over a listings file: learns which words are the catalogue's own brands
 * and product words, so that screening in the second pass does not take them for look-alikes of
 * marks. Rows with problems are skipped silently here; the screening pass reports them.
 */
final class CatalogueLearning {

  private CatalogueLearning() {}

  static CatalogueProfile learn(Path listings, Charset charset) throws IOException {
    var profile = CatalogueProfile.builder();
    try (var reader = ListingReader.open(listings, charset, false, p -> {})) {
      while (reader.hasNext()) {
        profile.add(reader.next());
      }
    }
    return profile.build();
  }
}
