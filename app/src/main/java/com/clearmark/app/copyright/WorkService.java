package com.clearmark.app.copyright;

import com.clearmark.app.account.Accounts;
import com.clearmark.app.audit.AuditAction;
import com.clearmark.app.audit.AuditLog;
import com.clearmark.app.catalog.ListingSummary;
import com.clearmark.app.catalog.Listings;
import com.clearmark.app.registry.RegistryIndexes;
import com.clearmark.app.shared.Caller;
import com.clearmark.app.shared.FieldLimits;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Role;
import com.clearmark.app.web.AfterCommit;
import com.clearmark.app.web.FieldLengths;
import com.clearmark.engine.copyright.WorkKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of protected works and the images of listings. Screening compares every listing with
 * the works, so each change here counts the organization's registry version up: the listings
 * screened before it are behind and are screened again, as after a change of marks.
 */
@Service
class WorkService {

  private final Works works;
  private final ListingImageFiles listingImages;
  private final ImageFiles files;
  private final ImageHashing hashing;
  private final Listings listings;
  private final AuditLog audit;
  private final Accounts accounts;
  private final RegistryIndexes indexes;

  WorkService(
      Works works,
      ListingImageFiles listingImages,
      ImageFiles files,
      ImageHashing hashing,
      Listings listings,
      AuditLog audit,
      Accounts accounts,
      RegistryIndexes indexes) {
    this.works = works;
    this.listingImages = listingImages;
    this.files = files;
    this.hashing = hashing;
    this.listings = listings;
    this.audit = audit;
    this.accounts = accounts;
    this.indexes = indexes;
  }

  /**
   * A work as a client describes it.
   *
   * @param text the text of a {@code TEXT} work; must be empty for an image
   */
  record WorkForm(WorkKind kind, String title, String owner, String description, String text) {}

  RegisteredWork get(Caller caller, long id) {
    return works
        .find(caller.organizationId(), id)
        .orElseThrow(() -> new NotFoundException("work", id));
  }

  List<RegisteredWork> all(Caller caller) {
    return works.all(caller.organizationId());
  }

  /**
   * Registers a work; an image work takes its image here or later through {@link #replaceImage}.
   *
   * @param image the uploaded image, or null
   */
  @Transactional
  public RegisteredWork add(Caller caller, WorkForm form, ImageUpload image) {
    caller.require(Role.ADMIN);
    var details = checked(form, image != null);
    long org = caller.organizationId();
    Works.Image stored = image == null ? null : store(org, image);
    long id = works.add(org, details, stored);
    audit.record(
        caller,
        AuditAction.WORK_ADDED,
        "WORK",
        id,
        describe(details) + (image == null ? "" : ", image " + image.name()),
        null);
    changed(org);
    return get(caller, id);
  }

  /**
   * Corrects a work's kind, title, owner, description or text; its image stays.
   *
   * @param revision the work's revision as read, or null to correct it as it is now
   */
  @Transactional
  public RegisteredWork correct(Caller caller, long id, Long revision, WorkForm form) {
    caller.require(Role.ADMIN);
    var before = get(caller, id);
    boolean nowText = form != null && form.kind() == WorkKind.TEXT;
    if (form != null && form.kind() != null && nowText == before.isImage()) {
      throw new InvalidInputException(
          "kind",
          before.isImage()
              ? "an image work stays an image; register the text as a work of its own"
              : "a text work stays a text; register the image as a work of its own");
    }
    var after = checked(form, before.image() != null);
    long read = revision == null ? before.revision() : revision;
    works.corrected(caller.organizationId(), id, read, after);
    audit.record(
        caller,
        AuditAction.WORK_CORRECTED,
        "WORK",
        id,
        "before: " + describe(before) + "; after: " + describe(after),
        null);
    changed(caller.organizationId());
    return get(caller, id);
  }

  /** Replaces (or gives) an image work's image; the old file is removed once this commits. */
  @Transactional
  public RegisteredWork replaceImage(Caller caller, long id, Long revision, ImageUpload image) {
    caller.require(Role.ADMIN);
    var before = get(caller, id);
    if (!before.isImage()) {
      throw new InvalidInputException("file", "a text work has no image");
    }
    long org = caller.organizationId();
    String oldFile = works.storedName(org, id);
    Works.Image stored = store(org, image);
    works.imageReplaced(org, id, revision == null ? before.revision() : revision, stored);
    audit.record(
        caller,
        AuditAction.WORK_IMAGE_REPLACED,
        "WORK",
        id,
        before.title()
            + ": "
            + (before.image() == null ? "" : before.image().originalName() + " replaced by ")
            + image.name(),
        null);
    AfterCommit.run(() -> files.delete(org, oldFile));
    changed(org);
    return get(caller, id);
  }

  /** Deletes a work registered by mistake; listings are no longer compared with it. */
  @Transactional
  public RegisteredWork delete(Caller caller, long id, Long revision) {
    caller.require(Role.ADMIN);
    var before = get(caller, id);
    long org = caller.organizationId();
    String file = works.storedName(org, id);
    works.removed(org, id, revision == null ? before.revision() : revision);
    audit.record(caller, AuditAction.WORK_DELETED, "WORK", id, describe(before), null);
    AfterCommit.run(() -> files.delete(org, file));
    changed(org);
    return before;
  }

  ResponseEntity<Resource> image(Caller caller, long id) {
    var work = get(caller, id);
    if (work.image() == null) {
      throw new NotFoundException("Work " + id + " has no image.");
    }
    long org = caller.organizationId();
    return files.inline(org, works.storedName(org, id), work.image());
  }

  // ---------------------------------------------------------------- listing images

  ListingSummary listing(Caller caller, long listingId) {
    return listings
        .find(caller.organizationId(), listingId)
        .orElseThrow(() -> new NotFoundException("listing", listingId));
  }

  List<ListingImage> listingImages(Caller caller, long listingId) {
    listing(caller, listingId);
    return listingImages.of(caller.organizationId(), listingId);
  }

  /** Adds an image after the listing's last one; screening compares it with the works. */
  @Transactional
  public ListingImage addListingImage(Caller caller, long listingId, ImageUpload image) {
    caller.require(Role.REVIEWER);
    var listing = listing(caller, listingId);
    long org = caller.organizationId();
    int count = listingImages.count(org, listingId);
    if (count >= FieldLimits.IMAGES_PER_LISTING) {
      throw new InvalidInputException(
          "file",
          "a listing carries at most "
              + FieldLimits.IMAGES_PER_LISTING
              + " images; remove one before adding "
              + image.name());
    }
    Works.Image stored = store(org, image);
    var added =
        listingImages.add(
            org, listingId, listing.sku(), stored.image(), stored.storedName(), stored.hashes());
    audit.record(
        caller,
        AuditAction.LISTING_IMAGE_ADDED,
        "LISTING",
        listingId,
        "image " + added.position() + ": " + image.name(),
        null);
    changed(org);
    return added;
  }

  @Transactional
  public ListingImage removeListingImage(Caller caller, long listingId, int position) {
    caller.require(Role.REVIEWER);
    listing(caller, listingId);
    long org = caller.organizationId();
    var image = listingImage(caller, listingId, position);
    String file = listingImages.storedName(org, listingId, position);
    listingImages.removed(org, listingId, position);
    audit.record(
        caller,
        AuditAction.LISTING_IMAGE_REMOVED,
        "LISTING",
        listingId,
        "image " + position + ": " + image.image().originalName(),
        null);
    AfterCommit.run(() -> files.delete(org, file));
    changed(org);
    return image;
  }

  ListingImage listingImage(Caller caller, long listingId, int position) {
    listing(caller, listingId);
    return listingImages
        .find(caller.organizationId(), listingId, position)
        .orElseThrow(
            () ->
                new NotFoundException("Listing " + listingId + " has no image " + position + "."));
  }

  ResponseEntity<Resource> listingImageFile(Caller caller, long listingId, int position) {
    var image = listingImage(caller, listingId, position);
    long org = caller.organizationId();
    return files.inline(org, listingImages.storedName(org, listingId, position), image.image());
  }

  // ---------------------------------------------------------------- checks

  private Works.Image store(long org, ImageUpload image) {
    String hashes = hashing.hashes(image);
    String stored = files.store(org, image);
    return new Works.Image(StoredImage.of(image), stored, hashes);
  }

  /** The details a form gives, refused with every problem by field. */
  static Works.Details checked(WorkForm form, boolean withImage) {
    if (form == null) {
      throw new InvalidInputException("body", "send the work as JSON");
    }
    Map<String, String> errors = new LinkedHashMap<>();
    if (form.kind() == null) {
      errors.put("kind", "choose what the work is: PHOTO, PACKAGING, LOGO, ILLUSTRATION or TEXT");
    }
    if (form.title() == null || form.title().isBlank()) {
      errors.put("title", "give the work a title a person recognises");
    }
    FieldLengths.check(errors, "title", form.title(), FieldLimits.WORK_TITLE);
    FieldLengths.check(errors, "owner", form.owner(), FieldLimits.WORK_OWNER);
    FieldLengths.check(errors, "description", form.description(), FieldLimits.WORK_DESCRIPTION);
    FieldLengths.check(errors, "text", form.text(), FieldLimits.WORK_TEXT);
    String text = form.text() == null ? "" : form.text().strip();
    if (form.kind() == WorkKind.TEXT) {
      if (text.isEmpty()) {
        errors.putIfAbsent("text", "paste the text that listings must not copy");
      }
      if (withImage) {
        errors.put("file", "a text work has no image; choose the kind of image it is");
      }
    } else if (form.kind() != null && !text.isEmpty()) {
      errors.putIfAbsent("text", "only a text work has a text; register it as a TEXT work");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The work has invalid fields.", errors);
    }
    return new Works.Details(
        form.kind(),
        form.title().strip(),
        form.owner() == null ? "" : form.owner().strip(),
        form.description() == null ? "" : form.description().strip(),
        text);
  }

  /** The kind as a form field gives it, refused with the kinds there are. */
  static WorkKind kindNamed(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    try {
      return WorkKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "kind", "PHOTO, PACKAGING, LOGO, ILLUSTRATION or TEXT, got " + shown(kind.strip()));
    }
  }

  private static String shown(String typed) {
    return typed.length() > 40 ? typed.substring(0, 40) + "..." : typed;
  }

  private void changed(long organizationId) {
    accounts.newRegistryVersion(organizationId);
    AfterCommit.run(() -> indexes.changed(organizationId));
  }

  private static String describe(Works.Details d) {
    return d.kind() + " \"" + d.title() + "\"" + (d.owner().isEmpty() ? "" : ", " + d.owner());
  }

  private static String describe(RegisteredWork w) {
    return w.kind() + " \"" + w.title() + "\"" + (w.owner().isEmpty() ? "" : ", " + w.owner());
  }
}
