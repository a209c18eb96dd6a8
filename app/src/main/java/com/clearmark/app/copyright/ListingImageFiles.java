package com.clearmark.app.copyright;

import com.clearmark.app.shared.Timestamps;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The images uploaded to each organization's listings, in the order the listing shows them. */
@Repository
class ListingImageFiles {

  private static final String COLUMNS =
      "id, listing_id, position, original_name, detected_type, size_bytes, sha256, created_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  ListingImageFiles(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A listing's image as screening reads it: its position, name and perceptual hashes. */
  record Screened(int position, String name, String hashes) {}

  /**
   * Adds an image after the listing's last one and returns it.
   *
   * @param listingKey the listing's SKU (or ASIN without one), the key screening knows it by
   */
  ListingImage add(
      long organizationId,
      long listingId,
      String listingKey,
      StoredImage image,
      String storedName,
      String hashes) {
    int position =
        jdbc.sql(
                    "select coalesce(max(position), 0) from listing_images where organization_id"
                        + " = ? and listing_id = ?")
                .params(organizationId, listingId)
                .query(Integer.class)
                .single()
            + 1;
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into listing_images (organization_id, listing_id, listing_key, position,
              original_name, stored_name, detected_type, size_bytes, sha256, image_hashes,
              created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            organizationId,
            listingId,
            listingKey,
            position,
            image.originalName(),
            storedName,
            image.type(),
            image.sizeBytes(),
            image.sha256(),
            hashes,
            Timestamps.now(clock))
        .update(keys, "id");
    return find(organizationId, listingId, position).orElseThrow();
  }

  List<ListingImage> of(long organizationId, long listingId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from listing_images where organization_id = ? and listing_id = ? order by"
                + " position")
        .params(organizationId, listingId)
        .query((rs, n) -> image(rs))
        .list();
  }

  int count(long organizationId, long listingId) {
    return jdbc.sql(
            "select count(*) from listing_images where organization_id = ? and listing_id = ?")
        .params(organizationId, listingId)
        .query(Integer.class)
        .single();
  }

  Optional<ListingImage> find(long organizationId, long listingId, int position) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from listing_images where organization_id = ? and listing_id = ? and"
                + " position = ?")
        .params(organizationId, listingId, position)
        .query((rs, n) -> image(rs))
        .optional();
  }

  String storedName(long organizationId, long listingId, int position) {
    return jdbc.sql(
            "select stored_name from listing_images where organization_id = ? and listing_id = ?"
                + " and position = ?")
        .params(organizationId, listingId, position)
        .query(String.class)
        .optional()
        .orElse("");
  }

  /**
   * Removes one image; the images after it move up one place, so that positions stay 1 to n as
   * findings count them. The move goes through negative positions, since a unique position may not
   * be taken twice even for a moment.
   */
  boolean removed(long organizationId, long listingId, int position) {
    int removed =
        jdbc.sql(
                "delete from listing_images where organization_id = ? and listing_id = ? and"
                    + " position = ?")
            .params(organizationId, listingId, position)
            .update();
    if (removed == 1) {
      jdbc.sql(
              "update listing_images set position = -position where organization_id = ? and"
                  + " listing_id = ? and position > ?")
          .params(organizationId, listingId, position)
          .update();
      jdbc.sql(
              "update listing_images set position = -position - 1 where organization_id = ? and"
                  + " listing_id = ? and position < 0")
          .params(organizationId, listingId)
          .update();
    }
    return removed == 1;
  }

  /** The keys of the organization's listings that have images, so screening skips the rest. */
  Set<String> keysWithImages(long organizationId) {
    return Set.copyOf(
        jdbc.sql("select distinct listing_key from listing_images where organization_id = ?")
            .param(organizationId)
            .query(String.class)
            .list());
  }

  /** The images of the listing kept under a key, in order, with their hashes. */
  List<Screened> forScreening(long organizationId, String listingKey) {
    return jdbc.sql(
            "select position, original_name, image_hashes from listing_images where"
                + " organization_id = ? and listing_key = ? order by position")
        .params(organizationId, listingKey)
        .query((rs, n) -> new Screened(rs.getInt(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  /** Records the hashes of an image computed after it was stored. */
  void hashed(long organizationId, long listingId, int position, String hashes) {
    jdbc.sql(
            "update listing_images set image_hashes = ? where organization_id = ? and listing_id"
                + " = ? and position = ?")
        .params(hashes, organizationId, listingId, position)
        .update();
  }

  private static ListingImage image(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new ListingImage(
        rs.getLong("id"),
        rs.getLong("listing_id"),
        rs.getInt("position"),
        new StoredImage(
            rs.getString("original_name"),
            rs.getString("detected_type"),
            rs.getLong("size_bytes"),
            rs.getString("sha256")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
