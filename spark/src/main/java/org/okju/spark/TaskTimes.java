package org.okju.spark;

import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.TaskInfo;

/**
 * What Spark's tasks did during a run, from its own task metrics: their threads' CPU time and how
 * long they held a task slot. The bench sets these beside the process's CPU: what is not in a task
 * (the driver's listing, scheduling and commit, GC, the JIT) is what stops a run from scaling with
 * its cores, and the slots' occupancy shows where the driver kept them idle.
 */
final class TaskTimes extends SparkListener {
  private long tasks;
  private long cpuNanos;
  private long busyMillis;
  private long gcMillis;

  @Override
  public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
    TaskInfo info = end.taskInfo();
    TaskMetrics m = end.taskMetrics();
    tasks++;
    if (info != null && info.finishTime() > 0) {
      busyMillis += info.finishTime() - info.launchTime();
    }
    if (m != null) {
      cpuNanos += m.executorCpuTime() + m.executorDeserializeCpuTime();
      gcMillis += m.jvmGCTime();
    }
  }

  /** The totals so far. */
  synchronized Summary summary() {
    return new Summary(tasks, cpuNanos / 1e9, busyMillis / 1e3, gcMillis / 1e3);
  }

  /**
   * Totals over a run's tasks.
   *
   * @param tasks tasks that ended
   * @param cpu seconds of CPU their threads used (deserialising and running)
   * @param busy seconds of task slot held, summed over tasks (launch to finish)
   * @param gc seconds of GC the tasks waited for, as Spark counts it
   */
  record Summary(long tasks, double cpu, double busy, double gc) {}
}
