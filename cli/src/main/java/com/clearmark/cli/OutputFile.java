package com.clearmark.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A report written whole or not at all: it is written to a part file beside the target and moved
 * over it when complete. The part file is created as any new file is, with the permissions the
 * user's umask gives (a temporary file would be private to the user, and so would the report).
 */
final class OutputFile {

  private OutputFile() {}

  /** Creates an empty part file in the target's folder. */
  static Path part(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    while (true) {
      Path part =
          dir.resolve(
              ".clearmark-"
                  + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                  + ".part");
      try {
        return Files.createFile(part);
      } catch (FileAlreadyExistsException taken) {
        // another run picked the same name: draw again
      }
    }
  }

  /** Moves the complete part file over the target. */
  static void complete(Path part, Path target) throws IOException {
    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
