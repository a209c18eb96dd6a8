package com.clearmark.app.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs two tasks on two threads at once, for tests of what two users (or two instances of the
 * service) doing the same thing at the same time leave behind. Each task is handed a barrier to
 * wait at, so both can be held at a chosen point (say, after reading and before writing) and
 * released together.
 */
public final class TwoAtOnce {

  /** A task that may wait at {@code together} to meet the other. */
  @FunctionalInterface
  public interface Task {
    Object run(Together together) throws Exception;
  }

  /** The point where both tasks meet; waiting at it is bounded, so a test never hangs. */
  public static final class Together {
    private final CyclicBarrier barrier = new CyclicBarrier(2);

    public void meet() {
      try {
        barrier.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("the other task never came", e);
      }
    }
  }

  /** How one task ended: with a value, or with what it threw. */
  public record Outcome(Object value, Throwable thrown) {
    public boolean won() {
      return thrown == null;
    }
  }

  private TwoAtOnce() {}

  /** Runs both tasks, started together, and waits for both to end. */
  public static List<Outcome> run(Task first, Task second) {
    var together = new Together();
    var threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> running = new ArrayList<>();
      for (Task task : List.of(first, second)) {
        running.add(
            threads.submit(
                () -> {
                  together.meet();
                  return task.run(together);
                }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Object> f : running) {
        try {
          outcomes.add(new Outcome(f.get(60, TimeUnit.SECONDS), null));
        } catch (ExecutionException e) {
          outcomes.add(new Outcome(null, e.getCause()));
        }
      }
      return outcomes;
    } catch (InterruptedException | TimeoutException e) {
      throw new IllegalStateException("the two tasks did not end", e);
    } finally {
      threads.shutdownNow();
    }
  }
}
