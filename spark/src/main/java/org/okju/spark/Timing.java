package org.okju.spark;

import java.lang.management.ManagementFactory;

/**
 * Wall time and this JVM's CPU time (every thread: Spark's local executors, the driver, GC and the
 * JIT) of a run. On a shared machine the wall time moves with other people's load; CPU seconds a
 * file or a query much less, so the bench prints both.
 *
 * @param wall elapsed seconds
 * @param cpu CPU seconds the process used meanwhile
 */
record Timing(double wall, double cpu) {
  /** A running measurement. */
  static final class Clock {
    private final long wallStart = System.nanoTime();
    private final long cpuStart = cpuNanos();

    Timing stop() {
      return new Timing((System.nanoTime() - wallStart) / 1e9, (cpuNanos() - cpuStart) / 1e9);
    }
  }

  static Clock start() {
    return new Clock();
  }

  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM does not report its process CPU time");
  }
}
