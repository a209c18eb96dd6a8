package com.clearmark.engine.io;

import java.util.Objects;

/**
 * Two marks to compare, with an optional label ({@code confusing} or {@code distinct}) when the
 * pair comes from a labelled set.
 *
 * @param line the line of the pair in its file
 * @param signs what the tribunal found of the marks themselves ({@code similar}, {@code dissimilar}
 *     or {@code unknown}), when the labelled set records it
 */
public record MarkPair(long line, String a, String b, String label, String signs) {

  public MarkPair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    label = label == null ? "" : label;
    signs = signs == null ? "" : signs;
  }
}
