package org.okju.bench;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this process has had and the machine's load: on a shared machine a wall-clock rate
 * says as much about the other processes as about okju, CPU time does not. Stateless.
 */
final class ProcessCpu {
  private ProcessCpu() {}

  /** CPU nanoseconds used by every thread of this process so far (-1 where not known). */
  static long nanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
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
