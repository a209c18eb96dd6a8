package com.clearmark.engine.io;

import java.util.Objects;

/**
 * Two marks to compare, with an optional label ({@code confusing} or {@code distinct}) when the
 * pair comes from a labelled set.
 *
 * @param line the line of the pair in its file
 */
public record MarkPair(long line, String a, String b, String label) {

  public MarkPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    label = label == null ? "" : label;
  }
}
