package org.okju.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.okju.ingest.IngestObserver;
import org.okju.ingest.SourceCount;

/**
 * An ingest's progress on a terminal: items, bytes, rate, ETA and a bar, redrawn in place on stderr
 * a few times a second. The totals come from a count of the source made beside the ingest ({@link
 * #precounted}); until it is in, the line says so and shows no bar and no ETA, and once it is, the
 * bar only ever moves forward. Never prints evidence names. Thread-safe.
 */
final class ProgressBar implements IngestObserver, Interrupts.ProgressLine, AutoCloseable {
  private static final int WIDTH = 24;

  private final PrintStream err;
  private final AtomicLong listed = new AtomicLong();
  private final AtomicLong listedBytes = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong doneBytes = new AtomicLong();
  private volatile boolean walkFinished;
  private volatile long countedFiles = -1;
  private volatile long countedBytes = -1;
  private double shown;
  private final long start = System.nanoTime();
  private volatile long lastDraw;

  ProgressBar(PrintStream err) {
    this.err = err;
    Interrupts.progressLine(this);
  }

  @Override
  public synchronized void end() {
    err.print("\n");
    err.flush();
  }

  @Override
  public void listed(String displayPath, long size) {
    listed.incrementAndGet();
    listedBytes.addAndGet(Math.max(0, size));
    maybeDraw();
  }

  /** The source's files and bytes, counted beforehand. */
  void precounted(SourceCount.Count count) {
    countedBytes = count.bytes();
    countedFiles = count.files();
    maybeDraw();
  }

  @Override
  public void walkFinished(long items, long bytes) {
    walkFinished = true;
    maybeDraw();
  }

  @Override
  public void catalogued(long size, boolean topLevel) {
    if (topLevel) {
      done.incrementAndGet();
      doneBytes.addAndGet(Math.max(0, size));
    }
    maybeDraw();
  }

  private void maybeDraw() {
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L) {
      return;
    }
    synchronized (this) {
      if (now - lastDraw < 200_000_000L) {
        return;
      }
      lastDraw = now;
      draw(now);
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-3, (now - start) / 1e9);
    long bytes = doneBytes.get();
    double rate = bytes / seconds;
    long counted = countedBytes;
    if (counted < 0 && !walkFinished) {
      err.printf(
          Locale.ROOT,
          "\r[counting the source...] %d files  %s  %s/s  ETA --:--  ",
          done.get(),
          Sizes.human(bytes),
          Sizes.human((long) rate));
      err.flush();
      return;
    }
    // Files added since the count make the total grow; the bar then waits, never shrinks.
    long total = Math.max(Math.max(counted, 0), listedBytes.get());
    long files = Math.max(countedFiles, listed.get());
    double fraction =
        total > 0
            ? Math.min(1, (double) bytes / total)
            : files > 0 ? Math.min(1, (double) done.get() / files) : 0;
    shown = Math.max(shown, fraction);
    int filled = (int) Math.floor(shown * WIDTH);
    String eta = rate > 0 && total > 0 ? clock((long) Math.ceil((total - bytes) / rate)) : "--:--";
    err.printf(
        Locale.ROOT,
        "\r[%s%s] %d/%d files  %s/%s  %s/s  ETA %s  ",
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        done.get(),
        files,
        Sizes.human(bytes),
        Sizes.human(total),
        Sizes.human((long) rate),
        eta);
    err.flush();
  }

  private static String clock(long s) {
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public void close() {
    Interrupts.progressLine(null);
    synchronized (this) {
      draw(System.nanoTime());
      err.print("\n");
      err.flush();
    }
  }
}
