package org.okju.spark;

/**
 * A run's time on cores of its own, worked out from what a loaded machine still measures fairly:
 * CPU seconds and how many task slots were held. On a shared machine the wall time says what share
 * of the CPU a process got, not how it scales (with sched_autogroup, a process's two threads share
 * one group's share). What a run needs on {@code cores} idle cores is at least its CPU spread over
 * them, and at least the time its tasks held their slots if each task took only its CPU: the run's
 * wall time scaled by the task threads' CPU per second held. Driver work that leaves a slot idle
 * (listing, scheduling, commit) lowers the occupancy and raises the second bound; work that runs
 * beside the tasks raises the first.
 *
 * @param cores the task slots ({@code local[N]})
 * @param wall elapsed seconds of the run as measured
 * @param cpu the process's CPU seconds during the run (every thread)
 * @param taskCpu CPU seconds of the tasks' threads
 * @param taskBusy seconds of slot held, summed over tasks
 */
record ScalingEstimate(int cores, double wall, double cpu, double taskCpu, double taskBusy) {
  ScalingEstimate {
    if (cores < 1 || wall <= 0 || cpu <= 0 || taskBusy <= 0) {
      throw new IllegalArgumentException(
          "a run needs cores, wall, CPU and task time: " + cores + ", " + wall + ", " + cpu);
    }
  }

  static ScalingEstimate of(int cores, Timing t, TaskTimes.Summary tasks) {
    return new ScalingEstimate(cores, t.wall(), t.cpu(), tasks.cpu(), tasks.busy());
  }

  /** Mean task slots held over the run (at most {@code cores}). */
  double occupancy() {
    return taskBusy / wall;
  }

  /** CPU seconds spent outside the tasks: driver, Spark's own threads, GC, JIT. */
  double outsideTasks() {
    return Math.max(0, cpu - taskCpu);
  }

  /** Seconds the run would take on {@code cores} idle cores. */
  double quietWall() {
    return Math.max(cpu / cores, taskCpu / occupancy());
  }

  /** Cores the run keeps busy on idle cores: its CPU over its quiet wall time. */
  double coresUsed() {
    return cpu / quietWall();
  }

  /**
   * The speed-up from {@code one} to this run: CPU-normalised throughput (the same work's CPU
   * seconds, one's over this one's) times the cores each keeps busy.
   */
  double speedUpOver(ScalingEstimate one) {
    return one.cpu / cpu * (coresUsed() / one.coresUsed());
  }
}
