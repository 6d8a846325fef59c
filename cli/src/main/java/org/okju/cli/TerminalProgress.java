package org.okju.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.okju.casefile.Progress;
import org.okju.ingest.Terminal;

/**
 * A long verb's progress on the terminal: {@code finding copies [#####.....] 1,204/3,000 items
 * 310/s ETA 0:06}, redrawn in place on stderr a few times a second. The total is counted before the
 * phase starts, so the rate and ETA show from the first item and the bar never moves backwards.
 * When stderr is not a terminal nothing is drawn: the verb's summary is all a pipe or a log gets.
 * Never prints evidence names. Thread-safe.
 *
 * <p>Use: {@code try (TerminalProgress p = TerminalProgress.open(verb)) { task.run(p); }}.
 */
final class TerminalProgress implements Progress, Interrupts.ProgressLine, AutoCloseable {
  private static final int WIDTH = 24;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final boolean draw;
  private final AtomicLong done = new AtomicLong();
  private volatile String phase = "";
  private volatile long total = -1;
  private volatile long phaseStart = System.nanoTime();
  private volatile long lastDraw;
  private boolean lineOpen;
  private int lineLength;
  private double shown;

  TerminalProgress(PrintStream err, boolean draw) {
    this.err = err;
    this.draw = draw;
    if (draw) {
      Interrupts.progressLine(this);
    }
  }

  /** Draws on stderr when it is a terminal (or when {@code forced} says so, if not null). */
  static TerminalProgress open(Boolean forced) {
    boolean draw = forced != null ? forced : new Terminal().stderr();
    return new TerminalProgress(new PrintStream(System.err, true, StandardCharsets.UTF_8), draw);
  }

  @Override
  public synchronized void phase(String name, long items) {
    if (draw && lineOpen) {
      render(System.nanoTime());
      end();
    }
    phase = name;
    total = items;
    done.set(0);
    shown = 0;
    phaseStart = System.nanoTime();
    lastDraw = 0;
    maybeDraw();
  }

  @Override
  public void done(long items) {
    done.addAndGet(items);
    maybeDraw();
  }

  private void maybeDraw() {
    if (!draw) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < REDRAW_NANOS) {
      return;
    }
    synchronized (this) {
      if (now - lastDraw < REDRAW_NANOS) {
        return;
      }
      lastDraw = now;
      render(now);
    }
  }

  private void render(long now) {
    long n = done.get();
    long t = total;
    double seconds = Math.max(1e-3, (now - phaseStart) / 1e9);
    double rate = n / seconds;
    StringBuilder line = new StringBuilder("\r").append(phase).append(' ');
    if (t > 0) {
      // Items beyond the count (files added meanwhile) hold the bar full, never shrink it.
      shown = Math.max(shown, Math.min(1.0, (double) n / t));
      int filled = (int) Math.floor(shown * WIDTH);
      line.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(WIDTH - filled))
          .append("] ")
          .append(String.format(Locale.ROOT, "%,d/%,d", n, t));
    } else {
      line.append(String.format(Locale.ROOT, "%,d", n));
    }
    line.append(String.format(Locale.ROOT, "  %.1f/s", rate));
    String eta =
        t > 0 && n > 0 && n < t
            ? clock((long) Math.ceil((t - n) / rate))
            : t > 0 && n >= t ? "0:00" : "--:--";
    line.append("  ETA ").append(eta).append("  ");
    err.print(line);
    err.flush();
    lineOpen = true;
    lineLength = line.length();
  }

  /**
   * Wipes the progress line so that a result can be printed on the terminal (stdout shares it); the
   * next item redraws it.
   */
  synchronized void clear() {
    if (draw && lineOpen) {
      err.print("\r" + " ".repeat(Math.max(0, lineLength - 1)) + "\r");
      err.flush();
      lineOpen = false;
      lastDraw = 0;
    }
  }

  static String clock(long s) {
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public synchronized void end() {
    if (lineOpen) {
      err.print("\n");
      err.flush();
      lineOpen = false;
    }
  }

  /** Draws the last state and ends the line, so the verb's summary starts on its own line. */
  @Override
  public synchronized void close() {
    Interrupts.progressLine(null);
    if (draw && lineOpen) {
      render(System.nanoTime());
      end();
    }
  }
}
