package com.clearmark.app.copyright;

import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.monitoring.Captures;
import com.clearmark.app.monitoring.MonitoringService;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.OrganizationId;
import com.clearmark.app.shared.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The images of watched third-party listings, given by the brand since captures carry none (the
 * service never fetches a listing's images itself). Each one added has the listing's latest
 * snapshot screened again, so an image copying one of the brand's image works is a {@code CR_IMAGE}
 * finding of the new snapshot and opens or updates a case as any capture's finding does.
 */
@Service
class CaptureImageService {

  private final CaptureImages images;
  private final Captures captures;
  private final MonitoringService monitoring;
  private final ImageFiles files;
  private final ImageHashing hashing;
  private final AuditLog audit;

  CaptureImageService(
      CaptureImages images,
      Captures captures,
      MonitoringService monitoring,
      ImageFiles files,
      ImageHashing hashing,
      AuditLog audit) {
    this.images = images;
    this.captures = captures;
    this.monitoring = monitoring;
    this.files = files;
    this.hashing = hashing;
    this.audit = audit;
  }

  /** An image as added, and the snapshot screened with it (empty when the listing has none). */
  record Added(CaptureImage image, Optional<Long> snapshotId) {}

  List<CaptureImage> of(Caller caller, long monitoredListingId) {
    watched(caller, monitoredListingId);
    return images.of(caller.organizationId(), monitoredListingId);
  }

  /** One image's file, inline with the type read from its content; 404 when there is none. */
  ResponseEntity<Resource> file(Caller caller, long monitoredListingId, int position) {
    var image =
        of(caller, monitoredListingId).stream()
            .filter(i -> i.position() == position)
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Watched listing "
                            + monitoredListingId
                            + " has no image "
                            + position
                            + "."));
    long org = caller.organizationId();
    return files.inline(org, images.storedName(org, monitoredListingId, position), image.image());
  }

  /** Adds an image after the listing's last one and screens its latest snapshot again. */
  @Transactional
  Added add(Caller caller, long monitoredListingId, ImageUpload image) {
    caller.require(Role.REVIEWER);
    var listing = watched(caller, monitoredListingId);
    long org = caller.organizationId();
    if (images.count(org, monitoredListingId) >= FieldLimits.IMAGES_PER_LISTING) {
      throw new InvalidInputException(
          "file",
          "a watched listing keeps at most "
              + FieldLimits.IMAGES_PER_LISTING
              + " images; "
              + image.name()
              + " was not added");
    }
    String hashes = hashing.hashes(image);
    String stored = files.store(org, image);
    CaptureImage added;
    try {
      added = images.add(org, listing, StoredImage.of(image), stored, hashes);
    } catch (DuplicateKeyException raced) {
      // Another image took the same position at the same moment; this one is not kept.
      files.delete(org, stored);
      throw new ConflictException(
          "Another image of this listing was added at the same moment, so "
              + image.name()
              + " was not. Send it again.");
    }
    Optional<Long> snapshot = monitoring.screenAgain(caller, monitoredListingId);
    audit.record(
        caller,
        AuditAction.CAPTURE_IMAGE_ADDED,
        "MONITORED_LISTING",
        monitoredListingId,
        "image "
            + added.position()
            + ": "
            + image.name()
            + snapshot.map(id -> "; screened again as snapshot #" + id).orElse(""),
        null);
    return new Added(added, snapshot);
  }

  private CaptureImages.Watched watched(Caller caller, long monitoredListingId) {
    var listing =
        captures
            .listing(OrganizationId.of(caller.organizationId()), monitoredListingId)
            .orElseThrow(() -> new NotFoundException("listing", monitoredListingId));
    return new CaptureImages.Watched(listing.id(), listing.marketplace(), listing.listingId());
  }
}
