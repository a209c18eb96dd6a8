package com.clearmark.engine.io;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where a reader sends the problems it finds in single rows: to the caller's consumer when reading
 * leniently, or up as an {@link InputException} when reading strictly.
 */
final class Problems {
  private final boolean strict;
  private final Consumer<InputProblem> sink;
  private long count;

  Problems(boolean strict, Consumer<InputProblem> sink) {
    this.strict = strict;
    this.sink = Objects.requireNonNull(sink, "problems");
  }

  /** Records a problem with one row; the caller skips the row when this returns. */
  void report(InputProblem problem) {
    count++;
    if (strict) {
      throw new InputException(problem);
    }
    sink.accept(problem);
  }

  long count() {
    return count;
  }
}
