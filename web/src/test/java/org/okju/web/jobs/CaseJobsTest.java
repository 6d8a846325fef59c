package org.okju.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.web.store.JobRecords;
import org.okju.web.store.ServerStore;

/** A job's end is recorded once, however a cancel meets it (real server store, real case). */
class CaseJobsTest {
  @TempDir Path tmp;

  /**
   * The system clock, except that the job thread's first reading (the job's start time) waits at a
   * gate: the test holds the job there, between being taken off the queue and running.
   */
  private static final class GatedClock extends Clock {
    final CountDownLatch reached = new CountDownLatch(1);
    final CountDownLatch gate = new CountDownLatch(1);

    @Override
    public Instant instant() {
      if (Thread.currentThread().getName().startsWith("okju-job-") && reached.getCount() > 0) {
        reached.countDown();
        try {
          gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Instant.now();
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void aCancelThatMeetsAJobAsItStartsIsRecordedOnce() throws Exception {
    GatedClock clock = new GatedClock();
    try (ServerStore server = ServerStore.init(tmp.resolve("server"), Optional.empty());
        CaseStore caseStore = CaseStore.open(CaseLocation.directory(tmp.resolve("case")));
        CaseJobs jobs = new CaseJobs(server, clock)) {
      long caseId =
          server.cases().add("c", tmp.resolve("case").toString(), List.of(), Instant.now()).id();
      long id =
          jobs.start(
              caseId,
              "c",
              caseStore,
              "copies",
              "{}",
              "inv",
              (store, progress) -> {
                Thread.sleep(30_000);
                return JobOutcome.of("slept");
              });
      JobProgress progress = jobs.progress(id).orElseThrow();
      List<String> ends = new CopyOnWriteArrayList<>();
      progress.listen(
          s -> {
            if (s.ended()) {
              ends.add(s.state() + ": " + s.message());
            }
          });
      assertThat(clock.reached.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(jobs.cancel(id)).isTrue();
      clock.gate.countDown();
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!progress.current().ended() && System.nanoTime() < end) {
        Thread.sleep(20);
      }
      Thread.sleep(500); // a second record, if any, comes right after the first
      assertThat(ends).hasSize(1);
      JobRecords.Job job = server.jobs().find(id).orElseThrow();
      assertThat(job.state()).isEqualTo("cancelled");
      assertThat(job.message().orElseThrow())
          .isEqualTo(ends.get(0).substring("cancelled: ".length()));
    }
  }
}
