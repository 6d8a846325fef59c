package org.okju.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many of this process's threads want a core, sampled from {@code /proc/self/task/*}{@code
 * /stat} (state {@code R}: running or waiting for a core) every 100 ms while it runs: the
 * parallelism a way of working asks for, which the machine's other load does not change the way it
 * changes the cores the way gets. A way that keeps two workers busy asks for two whatever it is
 * given; a phase where one thread works alone shows as one. The sampler's own thread and CPU time
 * are left out. Linux only (elsewhere {@link #mean()} is NaN). Start it, run the way, close it.
 */
final class ThreadDemand implements AutoCloseable {
  private static final long PERIOD_MILLIS = 100;

  private final Thread sampler;
  private volatile boolean stop;
  private long samples;
  private long wanting;
  private long ownCpuNanos;

  private ThreadDemand() {
    sampler = new Thread(this::sample, "okju-bench-thread-demand");
    sampler.setDaemon(true);
  }

  /** Starts sampling now. */
  static ThreadDemand start() {
    ThreadDemand d = new ThreadDemand();
    d.sampler.start();
    return d;
  }

  private void sample() {
    Path self;
    try {
      // /proc/thread-self -> <pid>/task/<tid>: this sampler's own entry, left out of the count.
      self = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName();
    } catch (IOException | UnsupportedOperationException e) {
      return;
    }
    Path tasks = Path.of("/proc/self/task");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    while (!stop) {
      int n = 0;
      try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
        for (Path task : dir) {
          if (!task.getFileName().equals(self) && runnable(task)) {
            n++;
          }
        }
      } catch (IOException e) {
        return;
      }
      synchronized (this) {
        samples++;
        wanting += n;
        ownCpuNanos = threads.getCurrentThreadCpuTime();
      }
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static boolean runnable(Path task) {
    try {
      return runnable(Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII));
    } catch (IOException e) {
      return false; // the thread ended between the listing and the read
    }
  }

  /** Whether a {@code /proc/.../stat} line says the thread is running or waiting for a core. */
  static boolean runnable(String stat) {
    // "tid (name) S ...": the name may hold spaces and parentheses; the state follows the last ')'.
    int close = stat.lastIndexOf(')');
    return close > 0 && close + 2 < stat.length() && stat.charAt(close + 2) == 'R';
  }

  /** The mean number of threads wanting a core over the samples so far; NaN without samples. */
  synchronized double mean() {
    return samples == 0 ? Double.NaN : (double) wanting / samples;
  }

  /** CPU nanoseconds the sampler itself used (to take out of the process's). */
  synchronized long ownCpuNanos() {
    return ownCpuNanos;
  }

  @Override
  public void close() {
    stop = true;
    sampler.interrupt();
    try {
      sampler.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
