package com.clearmark.app.copyright;

import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The images given for each organization's watched third-party listings, in the order the listing
 * shows them. Rows are only added: a capture's findings name an image by its position, and the
 * snapshots that name it are never changed.
 */
@Repository
class CaptureImages {

  private static final String COLUMNS =
      "id, monitored_listing_id, position, original_name, detected_type, size_bytes, sha256,"
          + " created_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  CaptureImages(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The watched listing an image is for, with the key its captures are screened under. */
  record Watched(long id, String marketplace, String listingId) {}

  /** Adds an image after the listing's last one and returns it. */
  CaptureImage add(
      long organizationId, Watched listing, StoredImage image, String storedName, String hashes) {
    int position = count(organizationId, listing.id()) + 1;
    jdbc.sql(
            """
            insert into capture_images (organization_id, monitored_listing_id, marketplace,
              listing_id, position, original_name, stored_name, detected_type, size_bytes, sha256,
              image_hashes, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            organizationId,
            listing.id(),
            listing.marketplace(),
            listing.listingId(),
            position,
            image.originalName(),
            storedName,
            image.type(),
            image.sizeBytes(),
            image.sha256(),
            hashes,
            Timestamps.now(clock))
        .update();
    return of(organizationId, listing.id()).get(position - 1);
  }

  List<CaptureImage> of(long organizationId, long monitoredListingId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from capture_images where organization_id = ? and monitored_listing_id = ?"
                + " order by position")
        .params(organizationId, monitoredListingId)
        .query((rs, n) -> image(rs))
        .list();
  }

  int count(long organizationId, long monitoredListingId) {
    return jdbc.sql(
            "select count(*) from capture_images where organization_id = ? and"
                + " monitored_listing_id = ?")
        .params(organizationId, monitoredListingId)
        .query(Integer.class)
        .single();
  }

  /** The generated name an image's file is stored under, or empty when there is no such image. */
  String storedName(long organizationId, long monitoredListingId, int position) {
    return jdbc.sql(
            "select stored_name from capture_images where organization_id = ? and"
                + " monitored_listing_id = ? and position = ?")
        .params(organizationId, monitoredListingId, position)
        .query(String.class)
        .optional()
        .orElse("");
  }

  /**
   * The images of the watched listing with this marketplace and listing id, in order, with their
   * hashes: what the check of one of its captures compares with the works.
   */
  List<ListingImageFiles.Screened> forScreening(
      long organizationId, String marketplace, String listingId) {
    return jdbc.sql(
            "select position, original_name, image_hashes from capture_images where"
                + " organization_id = ? and marketplace = ? and listing_id = ? order by position")
        .params(organizationId, marketplace, listingId)
        .query(
            (rs, n) ->
                new ListingImageFiles.Screened(rs.getInt(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private static CaptureImage image(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CaptureImage(
        rs.getLong("id"),
        rs.getLong("monitored_listing_id"),
        rs.getInt("position"),
        new StoredImage(
            rs.getString("original_name"),
            rs.getString("detected_type"),
            rs.getLong("size_bytes"),
            rs.getString("sha256")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
