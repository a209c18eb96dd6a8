package com.clearmark.app.copyright;

import com.clearmark.app.ClearmarkProperties;
import com.clearmark.app.shared.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The image files of works and listings, outside any web root: {@code
 * <home>/images/<organization>/} under generated names, written whole to a partial file and moved
 * in place, so a crash never leaves half an image under a name a row points to.
 */
@Component
class ImageFiles {

  private final ClearmarkProperties properties;

  ImageFiles(ClearmarkProperties properties) {
    this.properties = properties;
  }

  /** Writes the image and returns the generated name it is stored under. */
  String store(long organizationId, ImageUpload upload) {
    Path dir = folder(organizationId);
    String stored = UUID.randomUUID().toString();
    try {
      Files.createDirectories(dir);
      Path partial = dir.resolve(stored + ".part");
      Files.write(partial, upload.bytes());
      Files.move(partial, dir.resolve(stored), StandardCopyOption.ATOMIC_MOVE);
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store " + upload.name(), e);
    }
  }

  byte[] read(long organizationId, String stored) {
    try {
      return Files.readAllBytes(folder(organizationId).resolve(stored));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read image " + stored, e);
    }
  }

  /** Removes a file no row points to any longer; one already gone is no error. */
  void delete(long organizationId, String stored) {
    if (stored == null || stored.isEmpty()) {
      return;
    }
    try {
      Files.deleteIfExists(folder(organizationId).resolve(stored));
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete image " + stored, e);
    }
  }

  /**
   * The image to show in a page: the type read from its content, which is always an image a browser
   * renders, never HTML or script, so it may be shown inline.
   */
  ResponseEntity<Resource> inline(long organizationId, String stored, StoredImage image) {
    Path path = folder(organizationId).resolve(stored);
    if (!Files.isRegularFile(path)) {
      throw new NotFoundException("The file of " + image.originalName() + " is missing.");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(image.mediaType()))
        .cacheControl(CacheControl.noCache().cachePrivate())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename(image.originalName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new FileSystemResource(path));
  }

  private Path folder(long organizationId) {
    return properties.home().resolve("images").resolve(Long.toString(organizationId));
  }
}
