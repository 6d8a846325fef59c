package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupBenchTest {
  private static StartupBench.Runs runs(String label, double... wallSeconds) {
    List<Double> walls = Arrays.stream(wallSeconds).boxed().toList();
    return new StartupBench.Runs(new StartupBench.Command(label, List.of("x")), walls, walls);
  }

  private static String goalLine(List<StartupBench.Runs> runs) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StartupBench.printGoal(runs, "okju", 2.5, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theGoalComparesMedianWallClockToTheFloor() {
    StartupBench.Runs floor = runs("floor", 0.040, 0.050, 0.060);
    assertThat(goalLine(List.of(floor, runs("okju", 0.100, 0.125, 0.900))))
        .contains("okju: 2.50 × floor wall-clock (125 against 50 ms)")
        .endsWith("met" + System.lineSeparator())
        .doesNotContain("NOT");
    assertThat(goalLine(List.of(floor, runs("okju", 0.130, 0.126, 0.020))))
        .contains("2.52 ×")
        .contains("NOT met");
  }

  @Test
  void everyRunIsAColdStartWithoutTheResident() throws Exception {
    // A command that fails unless the launcher is told to run okju pdq in a process of its own.
    StartupBench.Command cold =
        new StartupBench.Command(
            "cold", List.of("sh", "-c", "[ \"$OKJU_DAEMON\" = off ] || exit 9"));
    assertThat(new StartupBench().measure(List.of(cold), 1).get(0).wallSeconds()).hasSize(1);
  }

  @Test
  void aCommandNotMeasuredIsAnError() {
    assertThatThrownBy(() -> goalLine(List.of(runs("floor", 0.05), runs("other", 0.1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLoadAverageIsANumberOrADash() {
    assertThat(StartupBench.loadAverage()).matches("–|\\d+\\.\\d\\d");
  }
}
