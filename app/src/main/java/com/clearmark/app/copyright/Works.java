package com.clearmark.app.copyright;

import com.clearmark.app.shared.ConflictException;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.engine.copyright.WorkKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The protected works of each organization, with where their images are stored. */
@Repository
class Works {

  static final String CHANGED_MEANWHILE =
      "This work was changed by someone else at the same time; reload it and try again.";

  private static final String COLUMNS =
      "id, kind, title, owner, description, body, original_name, detected_type, size_bytes,"
          + " sha256, revision, created_at, updated_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  Works(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A work's details as a form gives them, already checked. */
  record Details(WorkKind kind, String title, String owner, String description, String text) {}

  /** An image as the register stores it: the file's generated name and its perceptual hashes. */
  record Image(StoredImage image, String storedName, String hashes) {}

  /** A work as screening compares listings with it. */
  record Screened(RegisteredWork work, String hashes) {}

  long add(long organizationId, Details d, Image image) {
    var now = Timestamps.now(clock);
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into works (organization_id, kind, title, owner, description, body,
              original_name, stored_name, detected_type, size_bytes, sha256, image_hashes,
              created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            organizationId,
            d.kind().name(),
            d.title(),
            d.owner(),
            d.description(),
            d.text(),
            image == null ? "" : image.image().originalName(),
            image == null ? "" : image.storedName(),
            image == null ? "" : image.image().type(),
            image == null ? 0 : image.image().sizeBytes(),
            image == null ? "" : image.image().sha256(),
            image == null ? "" : image.hashes(),
            now,
            now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  Optional<RegisteredWork> find(long organizationId, long id) {
    return jdbc.sql("select " + COLUMNS + " from works where organization_id = ? and id = ?")
        .params(organizationId, id)
        .query((rs, n) -> work(rs))
        .optional();
  }

  List<RegisteredWork> all(long organizationId) {
    return jdbc.sql("select " + COLUMNS + " from works where organization_id = ? order by id")
        .param(organizationId)
        .query((rs, n) -> work(rs))
        .list();
  }

  /** Every work of the organization with the hashes of its image, for the screening index. */
  List<Screened> forScreening(long organizationId) {
    return jdbc.sql(
            "select " + COLUMNS + ", image_hashes from works where organization_id = ? order by id")
        .param(organizationId)
        .query((rs, n) -> new Screened(work(rs), rs.getString("image_hashes")))
        .list();
  }

  /** The generated name of a work's image file, empty when it has none. */
  String storedName(long organizationId, long id) {
    return jdbc.sql("select stored_name from works where organization_id = ? and id = ?")
        .params(organizationId, id)
        .query(String.class)
        .optional()
        .orElse("");
  }

  /**
   * Stores a work's corrected details, provided nobody changed it since it was read.
   *
   * @throws ConflictException when someone else changed it first
   */
  void corrected(long organizationId, long id, long revision, Details d) {
    int changed =
        jdbc.sql(
                """
                update works set kind = ?, title = ?, owner = ?, description = ?, body = ?,
                  revision = revision + 1, updated_at = ?
                where id = ? and organization_id = ? and revision = ?""")
            .params(
                d.kind().name(),
                d.title(),
                d.owner(),
                d.description(),
                d.text(),
                Timestamps.now(clock),
                id,
                organizationId,
                revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  /**
   * Stores a work's new image, provided nobody changed the work since it was read.
   *
   * @throws ConflictException when someone else changed it first
   */
  void imageReplaced(long organizationId, long id, long revision, Image image) {
    int changed =
        jdbc.sql(
                """
                update works set original_name = ?, stored_name = ?, detected_type = ?,
                  size_bytes = ?, sha256 = ?, image_hashes = ?, revision = revision + 1,
                  updated_at = ?
                where id = ? and organization_id = ? and revision = ?""")
            .params(
                image.image().originalName(),
                image.storedName(),
                image.image().type(),
                image.image().sizeBytes(),
                image.image().sha256(),
                image.hashes(),
                Timestamps.now(clock),
                id,
                organizationId,
                revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  /** Records the hashes of a work's image computed after it was stored. */
  void hashed(long organizationId, long id, String hashes) {
    jdbc.sql("update works set image_hashes = ? where organization_id = ? and id = ?")
        .params(hashes, organizationId, id)
        .update();
  }

  /**
   * Deletes a work, provided nobody changed it since it was read.
   *
   * @throws ConflictException when someone else changed it first
   */
  void removed(long organizationId, long id, long revision) {
    int changed =
        jdbc.sql("delete from works where id = ? and organization_id = ? and revision = ?")
            .params(id, organizationId, revision)
            .update();
    if (changed != 1) {
      throw new ConflictException(CHANGED_MEANWHILE);
    }
  }

  private static RegisteredWork work(ResultSet rs) throws SQLException {
    String stored = rs.getString("original_name");
    StoredImage image =
        stored == null || stored.isEmpty()
            ? null
            : new StoredImage(
                stored,
                rs.getString("detected_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"));
    return new RegisteredWork(
        rs.getLong("id"),
        WorkKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        rs.getString("owner"),
        rs.getString("description"),
        rs.getString("body"),
        image,
        rs.getLong("revision"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
