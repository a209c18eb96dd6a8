package com.clearmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.ThreadFactory;

/** A one-line counter on stderr, shown only when a person is watching a terminal. */
final class Progress {

  private static final long EVERY_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long last;
  private boolean shown;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /**
   * Shown when there is a console and the report does not go to the same screen (it goes to a file,
   * or stdout is redirected while stderr is not: the console check covers both).
   */
  static Progress onTerminal(PrintWriter err, boolean reportToFile) {
    return new Progress(err, System.console() != null && reportToFile);
  }

  void update(long done) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - last < EVERY_NANOS) {
      return;
    }
    last = now;
    double seconds = (now - started) / 1e9;
    err.printf(
        "\rscreened %s (%,.0f/s)   ", Plural.of(done, "listing"), done / Math.max(seconds, 1e-9));
    err.flush();
    shown = true;
  }

  void finish() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }

  static ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "clearmark-screen");
      t.setDaemon(true);
      return t;
    };
  }
}
