package com.clearmark.engine.copyright;

import com.clearmark.engine.image.ImageHashes;
import com.clearmark.engine.image.ImageIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ListingCheck;
import com.clearmark.engine.screening.Rule;
import com.clearmark.engine.screening.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Finds listing images that copy a registered work: {@link Rule#CR_IMAGE}.
 *
 * <p>Each of a listing's first {@value #IMAGES_READ} images is looked up in the {@link ImageIndex}
 * of the registered works' hashes; every work it matches (at most {@value #MATCHES_READ} per image)
 * makes one finding, naming the work, its owner and how the image copies it (whole, cropped,
 * mirrored, or placed within a larger picture). A work copied by several images of the listing
 * makes one finding, on its first image.
 *
 * <p>A copy of the whole image (plain or mirrored) is {@link Severity#HIGH}; one found through a
 * sub-window is {@link Severity#MEDIUM} (see {@link #severity}).
 *
 * <p>Images whose hash quality is below {@value #MIN_QUALITY} are passed over: a nearly flat image
 * (a white background, a single colour) hashes to noise and would match other flat images. Works no
 * longer known to {@code works} and text works are passed over too.
 */
public final class ImageCopyCheck implements ListingCheck {

  static final int IMAGES_READ = 20;
  static final int MATCHES_READ = 3;
  static final int MIN_QUALITY = 20;

  private final ImageIndex index;
  private final LongFunction<Work> works;
  private final ListingImages images;

  public ImageCopyCheck(ImageIndex index, LongFunction<Work> works, ListingImages images) {
    this.index = Objects.requireNonNull(index, "index");
    this.works = Objects.requireNonNull(works, "works");
    this.images = Objects.requireNonNull(images, "images");
  }

  @Override
  public void check(Listing listing, List<Finding> out) {
    List<String> names = listing.images();
    if (names.isEmpty() || index.size() == 0) {
      return;
    }
    var reported = new HashSet<Long>();
    int count = Math.min(names.size(), IMAGES_READ);
    for (int i = 0; i < count; i++) {
      ImageHashes hashes = images.hashes(listing, i);
      if (hashes == null || hashes.quality() < MIN_QUALITY) {
        continue;
      }
      for (ImageIndex.Match match : index.query(hashes, MATCHES_READ)) {
        Work work = works.apply(match.id());
        if (work == null || !work.isImage() || !reported.add(match.id())) {
          continue;
        }
        out.add(finding(names.get(i), i, work, match));
      }
    }
  }

  private static Finding finding(String image, int index, Work work, ImageIndex.Match match) {
    String owner = work.owner().isEmpty() ? "" : " of " + work.owner();
    String explanation =
        "Image "
            + (index + 1)
            + " copies the registered "
            + kind(work)
            + " \""
            + work.title()
            + "\""
            + owner
            + " ("
            + how(match.how())
            + ", "
            + match.distance()
            + " of 256 hash bits differ). Use only images you took or have a licence for.";
    return new Finding(
        Rule.CR_IMAGE,
        severity(match.how()),
        work.title(),
        Long.toString(work.id()),
        work.owner(),
        "images[" + (index + 1) + "]",
        0,
        0,
        image,
        explanation);
  }

  /**
   * {@link Severity#HIGH} (the listing is blocked) for a copy of the whole image, plain or
   * mirrored; {@link Severity#MEDIUM} (review) for a match through a sub-window (a crop, or the
   * work within a larger picture). The two paths differ in how often they are wrong: on the image
   * evaluation no whole-image match joined unrelated images, while every false match (35 per
   * million pairs) came through sub-windows, where a small part of one picture can resemble
   * another's, as flags and pictograms do.
   */
  static Severity severity(String how) {
    return switch (how) {
      case "whole image", "mirrored" -> Severity.HIGH;
      default -> Severity.MEDIUM;
    };
  }

  private static String kind(Work work) {
    return switch (work.kind()) {
      case PHOTO -> "photo";
      case PACKAGING -> "packaging art";
      case LOGO -> "logo";
      case ILLUSTRATION -> "illustration";
      case TEXT -> "work";
    };
  }

  private static String how(String how) {
    return switch (how) {
      case "whole image" -> "the whole image";
      case "crop" -> "a crop of it";
      case "mirrored" -> "mirrored";
      case "mirrored crop" -> "a mirrored crop of it";
      case "within a larger image" -> "placed within a larger image";
      default -> how;
    };
  }
}
