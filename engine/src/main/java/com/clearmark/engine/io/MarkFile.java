package com.clearmark.engine.io;

import com.clearmark.engine.mark.Mark;
import java.util.List;

/**
 * What a marks file held.
 *
 * @param marks the marks read, in file order
 * @param withoutWordMark how many registry records were left out because they have no word element
 *     (design-only marks), which text screening cannot match
 * @param tooLong how many registry records were left out because their mark is longer than {@link
 *     Mark#MAX_NAME_LENGTH}
 */
public record MarkFile(List<Mark> marks, long withoutWordMark, long tooLong) {

  public MarkFile {
    marks = List.copyOf(marks);
    if (withoutWordMark < 0 || tooLong < 0) {
      throw new IllegalArgumentException("counts of left-out records must not be negative");
    }
  }

  public MarkFile(List<Mark> marks, long withoutWordMark) {
    this(marks, withoutWordMark, 0);
  }
}
