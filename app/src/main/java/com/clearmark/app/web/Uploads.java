package com.clearmark.app.web;

import com.clearmark.app.shared.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Uploaded files kept for a background job: written under a temporary name and moved into place in
 * one step, so a job never reads a half-written file, and an empty upload is refused.
 */
public final class Uploads {

  private Uploads() {}

  /** Stores {@code content} in {@code dir} under a fresh name and returns its path. */
  public static Path store(Path dir, InputStream content) {
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(UUID.randomUUID() + ".upload");
      Path partial = dir.resolve(target.getFileName() + ".part");
      long size = Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
      if (size == 0) {
        Files.deleteIfExists(partial);
        throw new InvalidInputException("file", "the file is empty");
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the upload", e);
    }
  }
}
