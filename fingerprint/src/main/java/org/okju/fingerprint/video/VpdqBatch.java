package org.okju.fingerprint.video;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hashes many videos, several at once, and hands the results back in input order: one process for a
 * whole folder instead of one JVM start per video. At most one video more than the threads is in
 * flight, so memory stays bounded however long the list.
 *
 * <p>Not thread-safe itself: one caller drives it; close it to stop the workers.
 */
public final class VpdqBatch implements AutoCloseable {
  /** Receives each hashed video, in input order. */
  @FunctionalInterface
  public interface ResultSink {
    void accept(Path video, List<VpdqFrame> frames);
  }

  /** Receives each video that could not be hashed, in input order. */
  @FunctionalInterface
  public interface FailureSink {
    void accept(VideoDecodeException failure);
  }

  private record Outcome(Path video, List<VpdqFrame> frames, VideoDecodeException failure) {}

  private final ExecutorService workers;
  private final int inFlight;
  private final VpdqOptions options;
  private final VpdqHasher hasher = new VpdqHasher();

  /**
   * @param threads videos hashed at the same time (each also keeps a hashing helper thread busy)
   */
  public VpdqBatch(int threads, VpdqOptions options) {
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "okju-vpdq-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.inFlight = threads + 1;
    this.options = options;
  }

  /**
   * Hashes every video; returns how many could not be hashed.
   *
   * @throws InterruptedException when the calling thread is interrupted
   */
  public int hashInOrder(List<Path> videos, ResultSink results, FailureSink failures)
      throws InterruptedException {
    Deque<Future<Outcome>> pending = new ArrayDeque<>();
    int next = 0;
    int failed = 0;
    while (next < videos.size() || !pending.isEmpty()) {
      while (next < videos.size() && pending.size() < inFlight) {
        Path video = videos.get(next++);
        pending.add(workers.submit(() -> hashOne(video)));
      }
      Outcome o;
      try {
        o = pending.removeFirst().get();
      } catch (ExecutionException e) {
        // hashOne turns every decode problem into an Outcome; anything else is a bug.
        throw new IllegalStateException(e.getCause());
      }
      if (o.failure() != null) {
        failed++;
        failures.accept(o.failure());
      } else {
        results.accept(o.video(), o.frames());
      }
    }
    return failed;
  }

  private Outcome hashOne(Path video) {
    try {
      return new Outcome(video, hasher.hash(video, options), null);
    } catch (VideoDecodeException e) {
      return new Outcome(video, null, e);
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
