package com.clearmark.engine.goods;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reading the tables shipped in this package. */
final class Resources {

  private Resources() {}

  /** The lines of a resource next to this class. */
  static List<String> lines(String resource) {
    try (var in = Resources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Whether a line is blank, a {@code #} comment or the header row starting with {@code header}.
   */
  static boolean skip(String line, String header) {
    return line.isBlank() || line.startsWith("#") || line.startsWith(header);
  }

  /** A Nice class number of a table cell. */
  static int niceClass(String cell, String source, int line) {
    int c;
    try {
      c = Integer.parseInt(cell.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          source + ", line " + line + ": '" + cell + "' is not a Nice class", e);
    }
    if (c < NiceClassSet.FIRST || c > NiceClassSet.LAST) {
      throw new IllegalArgumentException(
          source + ", line " + line + ": Nice classes run from 1 to 45, got " + c);
    }
    return c;
  }
}
