package org.okju.fingerprint;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decodes and hashes many image files on several threads and hands the results back in input order.
 * At most a few files per thread are in flight, so memory stays bounded however long the list. Each
 * worker keeps its own {@link PdqScratch}.
 *
 * <p>Not thread-safe itself: one caller drives it; close it to stop the workers.
 */
public final class PdqBatch implements AutoCloseable {
  /** Receives each hashed file, in input order, with the decoder's warnings (usually none). */
  @FunctionalInterface
  public interface ResultSink {
    void accept(Path file, PdqDihedralResult result, List<String> warnings);
  }

  /** Receives each file that could not be hashed, in input order, with a plain reason. */
  @FunctionalInterface
  public interface FailureSink {
    void accept(Path file, String reason);
  }

  private record Outcome(
      Path file, PdqDihedralResult result, List<String> warnings, String failure) {}

  private final int threads;
  private final int inFlight;
  private ExecutorService workers;
  private final PdqHasher hasher = new PdqHasher();
  private final ImageDecoder decoder = new ImageDecoder();
  private final PdqHasher.Resolution resolution;
  private final SampleReading reading;
  private final EnumSet<Dihedral> variants;
  private final ThreadLocal<PdqScratch> scratch = ThreadLocal.withInitial(PdqScratch::new);

  /** A batch reading samples as partners do ({@link SampleReading#RAW}). */
  public PdqBatch(int threads, PdqHasher.Resolution resolution, EnumSet<Dihedral> variants) {
    this(threads, resolution, SampleReading.RAW, variants);
  }

  public PdqBatch(
      int threads,
      PdqHasher.Resolution resolution,
      SampleReading reading,
      EnumSet<Dihedral> variants) {
    this.threads = threads;
    this.inFlight = threads * 3;
    this.resolution = resolution;
    this.reading = reading;
    this.variants = EnumSet.copyOf(variants);
  }

  /**
   * Hashes every file; returns how many failed or decoded with damage.
   *
   * @throws InterruptedException when the calling thread is interrupted
   */
  public int hashInOrder(List<Path> files, ResultSink results, FailureSink failures)
      throws InterruptedException {
    if (files.size() == 1) {
      // A scratch of its own: the caller's thread may be a long-lived one (the resident okju's).
      return report(hashOne(files.get(0), new PdqScratch()), results, failures);
    }
    ExecutorService pool = workers();
    Deque<Future<Outcome>> pending = new ArrayDeque<>();
    int next = 0;
    int failed = 0;
    while (next < files.size() || !pending.isEmpty()) {
      while (next < files.size() && pending.size() < inFlight) {
        Path file = files.get(next++);
        pending.add(pool.submit(() -> hashOne(file, scratch.get())));
      }
      try {
        failed += report(pending.removeFirst().get(), results, failures);
      } catch (ExecutionException e) {
        throw new IllegalStateException("hashing worker failed", e.getCause());
      }
    }
    return failed;
  }

  /** 1 when the file failed or decoded with damage, else 0. */
  private static int report(Outcome o, ResultSink results, FailureSink failures) {
    if (o.failure() != null) {
      failures.accept(o.file(), o.failure());
    } else {
      results.accept(o.file(), o.result(), o.warnings());
    }
    return o.failure() != null || !o.warnings().isEmpty() ? 1 : 0;
  }

  /**
   * The workers, started on the first batch of two files or more: one file is hashed on the
   * caller's thread (a script calling okju pdq once per file would otherwise start and stop a pool
   * per file).
   */
  private ExecutorService workers() {
    if (workers == null) {
      AtomicInteger n = new AtomicInteger();
      workers =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "okju-pdq-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
    }
    return workers;
  }

  private Outcome hashOne(Path file, PdqScratch scratch) {
    try {
      DecodedImage decoded = decoder.decodeWithWarnings(file);
      PdqDihedralResult result =
          hasher.dihedral(decoded.image(), resolution, reading, variants, scratch);
      return new Outcome(file, result, decoded.warnings(), null);
    } catch (ImageDecodeException e) {
      return new Outcome(file, null, List.of(), e.reason());
    } catch (OutOfMemoryError e) {
      return new Outcome(file, null, List.of(), "image too large for the memory available");
    }
  }

  @Override
  public void close() {
    if (workers != null) {
      workers.shutdownNow();
    }
  }
}
