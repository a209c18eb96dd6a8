package com.clearmark.engine.copyright;

import static org.assertj.core.api.Assertions.assertThat;

import com.clearmark.engine.image.ImageHasher;
import com.clearmark.engine.image.ImageHashes;
import com.clearmark.engine.image.ImageIndex;
import com.clearmark.engine.image.ProductPhotos;
import com.clearmark.engine.index.MarkIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Decision;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Screener;
import com.clearmark.engine.screening.Severity;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageCopyCheckTest {

  private static final Work TRAIL_PHOTO =
      new Work(41, WorkKind.PHOTO, "Trail bottle, front photo", "Northwind Drinkware LLC", "");
  private static final Work TRAIL_COPY =
      new Work(42, WorkKind.TEXT, "Trail bottle listing copy", "Northwind Drinkware LLC", "");
  private static final Map<Long, Work> WORKS = Map.of(41L, TRAIL_PHOTO, 42L, TRAIL_COPY);

  /** The listing's images by file name, hashed as the CLI would hash the files. */
  private static final Map<String, ImageHashes> FILES =
      Map.of(
          "own-photo.jpg", ImageHasher.hash(ProductPhotos.photo(900)),
          "trail-cropped.jpg",
              ImageHasher.hash(ProductPhotos.cropped(ProductPhotos.photo(41), 0.1, 0.1, 0.8, 0.8)),
          "trail-again.png", ImageHasher.hash(ProductPhotos.photo(41)),
          "white.png", ImageHasher.hash(ProductPhotos.flat(Color.WHITE, 200, 200)));

  private static ImageCopyCheck check(ImageIndex index) {
    return new ImageCopyCheck(
        index, WORKS::get, (listing, i) -> FILES.get(listing.images().get(i)));
  }

  private static ImageIndex register() {
    var index = new ImageIndex();
    index.add(TRAIL_PHOTO.id(), ImageHasher.hash(ProductPhotos.photo(41)));
    return index;
  }

  private static Listing listingWithImages(String... images) {
    return Listing.builder().sku("ZV-2001").title("Insulated trail bottle").images(images).build();
  }

  private static List<Finding> findings(ImageCopyCheck check, Listing listing) {
    var out = new ArrayList<Finding>();
    check.check(listing, out);
    return out;
  }

  @Test
  void aListingImageCroppedFromARegisteredPhotoIsACopiedImageSentToReview() {
    var found =
        findings(check(register()), listingWithImages("own-photo.jpg", "trail-cropped.jpg"));
    assertThat(found).hasSize(1);
    Finding finding = found.get(0);
    assertThat(finding.rule()).isEqualTo(Rule.CR_IMAGE);
    assertThat(finding.severity())
        .as("a match through a sub-window is less certain than a whole-image one")
        .isEqualTo(Severity.MEDIUM);
    assertThat(finding.mark()).isEqualTo("Trail bottle, front photo");
    assertThat(finding.registration()).isEqualTo("41");
    assertThat(finding.owner()).isEqualTo("Northwind Drinkware LLC");
    assertThat(finding.field()).isEqualTo("images[2]");
    assertThat(finding.start()).isZero();
    assertThat(finding.end()).isZero();
    assertThat(finding.text()).isEqualTo("trail-cropped.jpg");
    assertThat(finding.explanation())
        .startsWith("Image 2 copies the registered photo \"Trail bottle, front photo\"")
        .contains("a crop of it");
  }

  @Test
  void aWorkCopiedByTwoImagesMakesOneFindingOnTheFirst() {
    var found =
        findings(check(register()), listingWithImages("trail-again.png", "trail-cropped.jpg"));
    assertThat(found).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("images[1]"));
  }

  @Test
  void ownPhotosUnreadableImagesAndFlatImagesMakeNoFinding() {
    assertThat(findings(check(register()), listingWithImages("own-photo.jpg", "missing.jpg")))
        .isEmpty();
    var index = register();
    index.add(43, ImageHasher.hash(ProductPhotos.flat(Color.WHITE, 300, 300)));
    assertThat(findings(check(index), listingWithImages("white.png"))).isEmpty();
    assertThat(findings(check(index), Listing.builder().sku("ZV-2002").title("Bottle").build()))
        .isEmpty();
  }

  @Test
  void aWorkNoLongerRegisteredOrNotAnImageMakesNoFinding() {
    var index = new ImageIndex();
    index.add(42, ImageHasher.hash(ProductPhotos.photo(41)));
    index.add(77, ImageHasher.hash(ProductPhotos.photo(41)));
    assertThat(findings(check(index), listingWithImages("trail-again.png"))).isEmpty();
  }

  @Test
  void theScreenerBlocksAListingWithACopiedImage() {
    var screener =
        new Screener(MarkIndex.build(List.of(), false)).withChecks(List.of(check(register())));
    var result = screener.screen(listingWithImages("trail-again.png"));
    assertThat(result.findings()).extracting(Finding::rule).containsExactly(Rule.CR_IMAGE);
    assertThat(result.decision()).isEqualTo(Decision.BLOCK);
  }
}
