package com.clearmark.app.document;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.shared.InvalidInputException;
import com.clearmark.app.shared.NotFoundException;
import com.clearmark.app.shared.Timestamps;
import com.clearmark.app.web.UploadNames;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Evidence files: invoices, letters of authorization. A file is stored outside any web root under a
 * generated name in its organization's folder; its type is read from its content and must be a PDF
 * or an image an appeal accepts; it is served only to its own organization.
 */
@Repository
public class Documents {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  private final JdbcClient jdbc;
  private final ClearmarkProperties properties;
  private final Clock clock;

  Documents(JdbcClient jdbc, ClearmarkProperties properties, Clock clock) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
  }

  /** A stored file ready to send: its record and where its bytes are. */
  public record Content(StoredDocument document, FileType type, Path path) {

    /**
     * The file as a download: the type read from its content, never one a browser would render in
     * the page, and the name the seller gave it.
     */
    public ResponseEntity<Resource> asAttachment() {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType(type.mediaType()))
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(document.originalName(), StandardCharsets.UTF_8)
                  .build()
                  .toString())
          .body(new FileSystemResource(path));
    }
  }

  public StoredDocument store(long organizationId, String originalName, InputStream in) {
    String name = displayName(originalName);
    Path dir = properties.home().resolve("documents").resolve(Long.toString(organizationId));
    String stored = UUID.randomUUID().toString();
    try {
      Files.createDirectories(dir);
      Path partial = dir.resolve(stored + ".part");
      var digest = MessageDigest.getInstance("SHA-256");
      long size;
      try (var counted = new DigestInputStream(new LimitedInputStream(in, MAX_BYTES + 1), digest)) {
        size = Files.copy(counted, partial, StandardCopyOption.REPLACE_EXISTING);
      }
      if (size > MAX_BYTES) {
        Files.deleteIfExists(partial);
        throw new InvalidInputException(
            "file", name + " is larger than " + (MAX_BYTES >> 20) + " MB");
      }
      if (size == 0) {
        Files.deleteIfExists(partial);
        throw new InvalidInputException("file", name + " is empty");
      }
      byte[] head = new byte[16];
      int read;
      try (var f = Files.newInputStream(partial)) {
        read = f.readNBytes(head, 0, head.length);
      }
      var type = FileType.sniff(Arrays.copyOf(head, read));
      if (type.isEmpty()) {
        Files.deleteIfExists(partial);
        throw new InvalidInputException(
            "file", name + " is not a PDF, JPEG, PNG, GIF or TIFF file (judged by its content)");
      }
      Files.move(partial, dir.resolve(stored), StandardCopyOption.ATOMIC_MOVE);
      OffsetDateTime now = Timestamps.now(clock);
      var keys = new GeneratedKeyHolder();
      jdbc.sql(
              """
              insert into documents (organization_id, original_name, stored_name, detected_type,
                size_bytes, sha256, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
          .params(
              organizationId,
              name,
              stored,
              type.get().id(),
              size,
              HexFormat.of().formatHex(digest.digest()),
              now)
          .update(keys, "id");
      return find(organizationId, keys.getKey().longValue()).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("could not store " + name, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<StoredDocument> find(long organizationId, long id) {
    return jdbc.sql(
            "select id, original_name, detected_type, size_bytes, sha256, created_at from documents"
                + " where id = ? and organization_id = ?")
        .params(id, organizationId)
        .query(
            (rs, n) ->
                new StoredDocument(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class).toInstant()))
        .optional();
  }

  /** Every document of the organization by id, with what its file is, not its content. */
  public Map<Long, StoredDocument> all(long organizationId) {
    Map<Long, StoredDocument> byId = new HashMap<>();
    jdbc.sql(
            "select id, original_name, detected_type, size_bytes, sha256, created_at from documents"
                + " where organization_id = ?")
        .param(organizationId)
        .query(
            rs -> {
              byId.put(
                  rs.getLong(1),
                  new StoredDocument(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getLong(4),
                      rs.getString(5),
                      rs.getObject(6, OffsetDateTime.class).toInstant()));
            });
    return byId;
  }

  public Content content(long organizationId, long id) {
    var doc = find(organizationId, id).orElseThrow(() -> new NotFoundException("document", id));
    String stored =
        jdbc.sql("select stored_name from documents where id = ? and organization_id = ?")
            .params(id, organizationId)
            .query(String.class)
            .single();
    Path path =
        properties
            .home()
            .resolve("documents")
            .resolve(Long.toString(organizationId))
            .resolve(stored);
    return new Content(doc, FileType.of(doc.detectedType()).orElseThrow(), path);
  }

  static String displayName(String original) {
    return UploadNames.display(original, "document");
  }

  /** Stops reading after a limit, so an oversized upload is not copied whole. */
  private static final class LimitedInputStream extends FilterInputStream {
    private long left;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
