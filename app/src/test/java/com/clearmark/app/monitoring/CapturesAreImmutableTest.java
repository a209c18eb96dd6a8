package com.clearmark.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Snapshots are evidence: no statement anywhere in the service updates or deletes a capture or a
 * capture's finding. A new content is a new snapshot.
 */
class CapturesAreImmutableTest {

  private static final Pattern CHANGES =
      Pattern.compile(
          "(update\\s+captures\\b|delete\\s+from\\s+captures\\b"
              + "|update\\s+capture_findings\\b|delete\\s+from\\s+capture_findings\\b)");

  @Test
  void noStatementUpdatesOrDeletesASnapshotOrItsFindings() throws IOException {
    List<String> offending;
    try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
      offending =
          files
              .filter(Files::isRegularFile)
              .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
              .filter(p -> !p.getFileName().toString().startsWith("V12__"))
              .filter(
                  p -> {
                    try {
                      String text =
                          Files.readString(p, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                      return CHANGES.matcher(text).find();
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(Path::toString)
              .toList();
    }
    assertThat(offending).isEmpty();
  }
}
