package com.clearmark.engine.io;

import com.clearmark.engine.mark.Mark;
import java.util.List;

/**
 * What a marks file held.
 *
 * @param marks the marks read, in file order
 * @param withoutWordMark how many registry records were left out because they have no word element
 *     (design-only marks), which text screening cannot match
 */
public record MarkFile(List<Mark> marks, long withoutWordMark) {

  public MarkFile {
    marks = List.copyOf(marks);
    if (withoutWordMark < 0) {
      throw new IllegalArgumentException("withoutWordMark must not be negative");
    }
  }
}
