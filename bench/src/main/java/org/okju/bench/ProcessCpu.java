package org.okju.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time this process has had and the machine's load: on a shared machine a wall-clock rate
 * says as much about the other processes as about okju, CPU time does not. Stateless.
 */
final class ProcessCpu {
  /** Linux's USER_HZ, the unit of {@code /proc}'s times, 100 on every architecture it runs on. */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  private ProcessCpu() {}

  /** CPU nanoseconds used by every thread of this process so far (-1 where not known). */
  static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * CPU nanoseconds of this process and of its children that have ended and been waited for (the
   * tools it ran: {@code ewfverify}, and The Sleuth Kit and PhotoRec under an ingest), from {@code
   * /proc/self/stat}'s {@code cutime} and {@code cstime}; -1 where not known.
   */
  static long withChildrenNanos() {
    long own = nanos();
    if (own < 0) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
      // Fields after the command name, which is in parentheses and may hold spaces: state is
      // field 3, so cutime (16) and cstime (17) are the 14th and 15th after it.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
      long ticks = Long.parseLong(f[13]) + Long.parseLong(f[14]);
      return own + ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** CPU nanoseconds the calling thread has used so far (-1 where not known). */
  static long threadNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** The system load average over the last minute (negative where not known). */
  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
