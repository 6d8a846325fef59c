package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
  void taskThreadsAreGroupedByKind() {
    assertThat(ThreadCpu.kind("Executor task launch worker for task 3.0 in stage 1.0 (TID 7)"))
        .isEqualTo("Executor task launch worker");
    assertThat(ThreadCpu.kind("dispatcher-event-loop-12")).isEqualTo("dispatcher-event-loop-#");
  }
}
