package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ThreadDemandTest {
  @Test
  void twoSpinningThreadsAskForTwoCoresWhateverTheMachineGivesThem() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> spinners = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Thread t =
          new Thread(
              () -> {
                long x = 0;
                while (!stop.get()) {
                  x += System.nanoTime() & 1; // kept busy; a thread waiting for a core is R too
                }
                if (x == -1) {
                  System.out.println(x);
                }
              });
      t.start();
      spinners.add(t);
    }
    double mean;
    try (ThreadDemand demand = ThreadDemand.start()) {
      Thread.sleep(1500);
      mean = demand.mean();
    } finally {
      stop.set(true);
      for (Thread t : spinners) {
        t.join();
      }
    }
    assertThat(mean).isGreaterThanOrEqualTo(1.8);
  }

  @Test
  void theStateIsReadAfterTheThreadsNameWhateverTheNameHolds() {
    assertThat(ThreadDemand.runnable("4242 (okju-ingest-0) R 1 4242 0 0")).isTrue();
    assertThat(ThreadDemand.runnable("4242 (okju-ingest-0) S 1 4242 0 0")).isFalse();
    // A name with a space, a parenthesis and a fake state inside it.
    assertThat(ThreadDemand.runnable("4242 (a) R (b) S 1 4242 0 0")).isFalse();
    assertThat(ThreadDemand.runnable("4242 (a) S (b) R 1 4242 0 0")).isTrue();
    assertThat(ThreadDemand.runnable("4242 (truncated")).isFalse();
  }

  @Test
  void theSamplerSamplesAndReportsTheCpuItUsedItself() throws Exception {
    try (ThreadDemand demand = ThreadDemand.start()) {
      Thread.sleep(1500);
      assertThat(demand.ownCpuNanos()).isPositive();
      assertThat(demand.mean()).isFinite();
    }
  }
}
