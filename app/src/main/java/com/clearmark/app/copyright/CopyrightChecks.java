package com.clearmark.app.copyright;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.monitoring.CaptureChecks;
import com.clearmark.app.screening.ListingChecks;
import com.clearmark.engine.copyright.ImageCopyCheck;
import com.clearmark.engine.copyright.TextCopyCheck;
import com.clearmark.engine.copyright.TextWorks;
import com.clearmark.engine.copyright.Work;
import com.clearmark.engine.image.ImageHashes;
import com.clearmark.engine.image.ImageIndex;
import com.clearmark.engine.listing.Listing;
import com.clearmark.engine.screening.Finding;
import com.clearmark.engine.screening.ListingCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The organization's registered works as checks of every listing screened: copied text ({@code
 * CR_TEXT}) against the text works, copied images ({@code CR_IMAGE}) of the listing's uploaded
 * images against the image works.
 *
 * <p>The works are compiled into the engine's indexes once per organization and registry version:
 * every change to the works or to a listing's images counts the version up (see {@link
 * WorkService}), so a screening after it compiles them again, on any instance of the service, and
 * every screening before the next change reuses them. Screening asks for the checks of each listing
 * it screens, so what is asked per listing is one read of the organization's registry version.
 */
@Component
class CopyrightChecks implements ListingChecks, CaptureChecks {

  private static final Logger log = LoggerFactory.getLogger(CopyrightChecks.class);

  private final Works works;
  private final ListingImageFiles listingImages;
  private final CaptureImages captureImages;
  private final Accounts accounts;
  private final Map<Long, Compiled> compiled = new ConcurrentHashMap<>();

  CopyrightChecks(
      Works works,
      ListingImageFiles listingImages,
      CaptureImages captureImages,
      Accounts accounts) {
    this.works = works;
    this.listingImages = listingImages;
    this.captureImages = captureImages;
    this.accounts = accounts;
  }

  /**
   * One organization's works as compiled for one registry version.
   *
   * @param checks the checks of the organization's own listings
   * @param captureChecks the checks of third-party listings captured for the brand: the text check,
   *     and the image check over the images the brand gave for the watched listing
   */
  private record Compiled(
      long version, List<ListingCheck> checks, List<ListingCheck> captureChecks) {}

  @Override
  public List<ListingCheck> forOrganization(long organizationId) {
    return current(organizationId).checks();
  }

  /**
   * The brand side: a third party's listing that copies the brand's registered text, or whose
   * images given for it copy one of the brand's image works, is a {@code CR_TEXT} or {@code
   * CR_IMAGE} finding of its capture, which the enforcement feature weighs like any other when it
   * decides whether the capture opens a case.
   */
  @Override
  public List<ListingCheck> forCaptures(long organizationId) {
    return current(organizationId).captureChecks();
  }

  private Compiled current(long organizationId) {
    long version = accounts.registryVersion(organizationId);
    return compiled.compute(
        organizationId,
        (org, before) ->
            before != null && before.version() == version ? before : compile(org, version));
  }

  private Compiled compile(long organizationId, long version) {
    Map<Long, Work> byId = new HashMap<>();
    Map<Long, String> texts = new HashMap<>();
    TextWorks textWorks = new TextWorks();
    ImageIndex imageIndex = new ImageIndex();
    for (Works.Screened s : works.forScreening(organizationId)) {
      RegisteredWork w = s.work();
      byId.put(w.id(), w.toEngine());
      if (!w.isImage() && !w.text().isEmpty()) {
        textWorks.add(w.id(), w.owner(), w.text());
        texts.put(w.id(), w.text());
      } else if (w.isImage() && !s.hashes().isEmpty()) {
        ImageHashes h = decoded(s.hashes(), "work " + w.id());
        if (h != null) {
          imageIndex.add(w.id(), h);
        }
      }
    }
    List<ListingCheck> checks = new ArrayList<>(2);
    List<ListingCheck> captureChecks = new ArrayList<>(2);
    if (textWorks.size() > 0) {
      var text = new TextCopyCheck(textWorks, byId::get, texts::get);
      checks.add(text);
      captureChecks.add(text);
    }
    if (imageIndex.size() > 0) {
      captureChecks.add(new CapturedImages(organizationId, imageIndex, byId));
      Set<String> withImages = listingImages.keysWithImages(organizationId);
      if (!withImages.isEmpty()) {
        checks.add(new UploadedImages(organizationId, withImages, imageIndex, byId));
      }
    }
    return new Compiled(version, List.copyOf(checks), List.copyOf(captureChecks));
  }

  /**
   * Stored hashes as the engine reads them; null, and a warning in the log, for hashes this build
   * cannot read (written by another version), so one bad row never stops a screening.
   */
  private static ImageHashes decoded(String stored, String what) {
    if (stored.isEmpty()) {
      return null;
    }
    try {
      return ImageHashes.decode(stored);
    } catch (IllegalArgumentException e) {
      log.warn("the stored hashes of {} cannot be read: {}", what, e.getMessage());
      return null;
    }
  }

  /**
   * The image check over the images uploaded to a listing: the catalogue keeps no image names of
   * its own, so the listing screening gives is handed to {@link ImageCopyCheck} with the names of
   * its uploaded images, in their order, and the hashes stored with them. Only listings that had
   * images when the works were compiled are looked up.
   */
  private final class UploadedImages implements ListingCheck {

    private final long organizationId;
    private final Set<String> withImages;
    private final ImageIndex index;
    private final Map<Long, Work> works;

    UploadedImages(
        long organizationId, Set<String> withImages, ImageIndex index, Map<Long, Work> works) {
      this.organizationId = organizationId;
      this.withImages = withImages;
      this.index = index;
      this.works = works;
    }

    @Override
    public void check(Listing listing, List<Finding> out) {
      String key = listing.sku().isEmpty() ? listing.asin() : listing.sku();
      if (!withImages.contains(key)) {
        return;
      }
      List<ListingImageFiles.Screened> stored = listingImages.forScreening(organizationId, key);
      checkImages(listing, stored, "listing " + key, index, works, out);
    }
  }

  /**
   * The image check over a captured third-party listing's images as the brand gave them: a
   * capture's listing id stands as its ASIN, so its images are found by marketplace and listing id.
   * They are read for each capture checked, since images are added without a new registry version.
   */
  private final class CapturedImages implements ListingCheck {

    private final long organizationId;
    private final ImageIndex index;
    private final Map<Long, Work> works;

    CapturedImages(long organizationId, ImageIndex index, Map<Long, Work> works) {
      this.organizationId = organizationId;
      this.index = index;
      this.works = works;
    }

    @Override
    public void check(Listing listing, List<Finding> out) {
      List<ListingImageFiles.Screened> stored =
          captureImages.forScreening(organizationId, listing.marketplace(), listing.asin());
      if (!stored.isEmpty()) {
        checkImages(
            listing,
            stored,
            "watched listing " + listing.marketplace() + " " + listing.asin(),
            index,
            works,
            out);
      }
    }
  }

  /**
   * Hands the listing to {@link ImageCopyCheck} with the names of its stored images, in their
   * order, and the hashes stored with them: listings as screening gives them carry no image names.
   */
  private static void checkImages(
      Listing listing,
      List<ListingImageFiles.Screened> stored,
      String what,
      ImageIndex index,
      Map<Long, Work> works,
      List<Finding> out) {
    List<String> names = new ArrayList<>(stored.size());
    List<ImageHashes> hashes = new ArrayList<>(stored.size());
    for (ListingImageFiles.Screened s : stored) {
      names.add(s.name());
      hashes.add(decoded(s.hashes(), "image " + s.position() + " of " + what));
    }
    Listing withNames =
        new Listing(
            listing.row(),
            listing.line(),
            listing.sku(),
            listing.asin(),
            listing.title(),
            listing.brand(),
            listing.bulletPoints(),
            listing.description(),
            listing.searchTerms(),
            listing.price(),
            listing.currency(),
            listing.category(),
            listing.marketplace(),
            names);
    new ImageCopyCheck(index, works::get, (l, i) -> i < hashes.size() ? hashes.get(i) : null)
        .check(withNames, out);
  }
}
