package org.okju.web.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * How far a running job is, told to whoever listens (the page's server-sent events). Totals are
 * unknown (negative) until the job knows them. Thread-safe: the job's thread writes, listeners
 * read.
 */
public final class JobProgress {
  /**
   * A moment of a job.
   *
   * @param state queued, running, done, failed, cancelled
   * @param done units done (items, documents)
   * @param total units in all; negative while unknown
   * @param message what it is doing, or how it ended
   * @param result the link to its result, once done
   */
  public record Snapshot(
      String state, long done, long total, String message, Optional<String> result) {
    /** Whether the job has ended. */
    public boolean ended() {
      return !state.equals("queued") && !state.equals("running");
    }

    /** Per cent done, when the total is known. */
    public int percent() {
      return total > 0 ? (int) Math.min(100, done * 100 / total) : 0;
    }
  }

  private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
  private volatile Snapshot current =
      new Snapshot("queued", 0, -1, "waiting for the case's earlier jobs", Optional.empty());

  /** The latest snapshot. */
  public Snapshot current() {
    return current;
  }

  /** Hears every later snapshot; returns what removes the listener. */
  public Runnable listen(Consumer<Snapshot> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  void set(Snapshot s) {
    current = s;
    List<Consumer<Snapshot>> failed = new ArrayList<>();
    for (Consumer<Snapshot> l : listeners) {
      try {
        l.accept(s);
      } catch (RuntimeException e) {
        failed.add(l); // a listener that fails (a closed stream) hears no more
      }
    }
    listeners.removeAll(failed);
  }

  /** Reports progress of a running job (called from the job's own threads). */
  public void running(long done, long total, String message) {
    set(new Snapshot("running", done, total, message, Optional.empty()));
  }
}
