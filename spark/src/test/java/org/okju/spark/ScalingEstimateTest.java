package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScalingEstimateTest {
  @Test
  void aRunWhoseTasksHoldBothSlotsScalesByItsCpu() {
    // local[1]: 100 CPU s, 90 in tasks, one slot held all along (under load: wall 500 s).
    ScalingEstimate one = new ScalingEstimate(1, 500, 100, 90, 500);
    // local[2]: the same work for 96 CPU s, 88 in tasks, both slots held 95% of a 250 s run.
    ScalingEstimate two = new ScalingEstimate(2, 250, 96, 88, 475);

    assertThat(one.quietWall()).isEqualTo(100, within(1e-9));
    assertThat(two.occupancy()).isEqualTo(1.9, within(1e-9));
    // On two idle cores: at least 96 / 2 = 48 s, and the tasks' 88 CPU s over 1.9 slots 46.3 s.
    assertThat(two.quietWall()).isEqualTo(48, within(1e-9));
    assertThat(two.speedUpOver(one)).isEqualTo(100 / 48.0, within(1e-9));
  }

  @Test
  void driverWorkThatLeavesSlotsIdleLimitsTheSpeedUp() {
    ScalingEstimate one = new ScalingEstimate(1, 400, 100, 80, 380);
    // Slots held only 1.2 of 2 on average: the driver's serial work between the tasks.
    ScalingEstimate two = new ScalingEstimate(2, 400, 100, 80, 480);

    assertThat(two.quietWall()).isEqualTo(80 / 1.2, within(1e-9));
    assertThat(two.speedUpOver(one)).isEqualTo(100 / (80 / 1.2), within(1e-9));
    assertThat(two.speedUpOver(one)).isLessThan(1.8);
  }

  @Test
  void threadsAreGroupedByKind() {
    assertThat(ThreadCpu.kind("C2 CompilerThre")).isEqualTo("C# CompilerThre");
    assertThat(ThreadCpu.kind("GC Thread#1")).isEqualTo("GC Thread##");
    assertThat(ThreadCpu.taskThread(ThreadCpu.kind("Executor task l"))).isTrue();
    assertThat(ThreadCpu.taskThread(ThreadCpu.kind("dispatcher-event-loop-12"))).isFalse();
  }

  @Test
  void aThreadsCpuIsFoundUnderItsKind() throws Exception {
    ThreadCpu before = ThreadCpu.snapshot();
    // The snapshot is taken once the thread has itself used 100 ms of CPU, not after a fixed
    // sleep: on a loaded machine a thread can get less than /proc's 10 ms tick in 200 ms.
    CountDownLatch spent = new CountDownLatch(1);
    CountDownLatch snapshotTaken = new CountDownLatch(1);
    long[] sink = new long[1];
    Thread spin =
        new Thread(
            () -> {
              ThreadMXBean threads = ManagementFactory.getThreadMXBean();
              long x = 1;
              while (threads.getCurrentThreadCpuTime() < 100_000_000L) {
                for (int i = 0; i < 100_000; i++) {
                  x = x * 6_364_136_223_846_793_005L + 1;
                }
              }
              sink[0] = x;
              spent.countDown();
              try {
                snapshotTaken.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "okju-spin-7");
    spin.start();
    assertThat(spent.await(60, TimeUnit.SECONDS)).isTrue();
    ThreadCpu during = ThreadCpu.snapshot();
    snapshotTaken.countDown();
    spin.join();

    assertThat(during.since(before)).containsKey("okju-spin-#");
    assertThat(during.since(before).get("okju-spin-#")).isGreaterThanOrEqualTo(0.09);
  }
}
