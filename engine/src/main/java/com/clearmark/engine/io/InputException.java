package com.clearmark.engine.io;

/** An input that cannot be read at all, or a malformed row when reading strictly. */
public final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient InputProblem problem;

  public InputException(InputProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public InputException(InputProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  public InputProblem problem() {
    return problem;
  }
}
