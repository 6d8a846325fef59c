package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.SourceStatus;
import org.okju.casefile.TestDatabases;

/**
 * A stop (a web job's cancel, Ctrl-C) that comes while the run waits for its workers to finish the
 * queue: the writer still commits and ends, no ingest thread outlives the run, and the same command
 * again completes the source.
 */
class IngestStopTest {
  @TempDir Path tmp;

  @Test
  void aStopWhileTheWorkersFinishLeavesNoThreadBehindAndTheSourceResumes() throws Exception {
    Path drive = tmp.resolve("drive");
    Files.createDirectories(drive);
    for (int i = 0; i < 3; i++) {
      Files.writeString(drive.resolve("note-" + i + ".txt"), "a fictional note, number " + i);
    }
    CaseLocation location = TestDatabases.sqlite(tmp);
    Thread runner = Thread.currentThread();
    AtomicBoolean stopSent = new AtomicBoolean();
    IngestObserver stopWhileJoining =
        new IngestObserver() {
          @Override
          public void processed(String kind, long bytes, long nanos) {
            // The first finished item: the feeder has queued all three, and the run now waits for
            // the workers. The stop comes exactly then.
            if (stopSent.compareAndSet(false, true)) {
              awaitJoining(runner);
              runner.interrupt();
            }
          }
        };
    try (CaseStore store = CaseStore.open(location)) {
      assertThatThrownBy(
              () ->
                  Ingest.create(
                          store,
                          c ->
                              c.threads(1)
                                  .observer(stopWhileJoining)
                                  .provenance("tester", "okju ingest test", "test"))
                      .run(drive))
          .isInstanceOf(InterruptedException.class);
      assertThat(stopSent).isTrue();
      assertThat(ingestThreads())
          .as("no worker or catalogue writer left running after the run returned")
          .isEmpty();
      Thread.interrupted();
    }
    try (CaseStore store = CaseStore.open(location)) {
      IngestSummary again =
          Ingest.create(store, c -> c.threads(1).provenance("tester", "okju ingest test", "test"))
              .run(drive);
      assertThat(again.status()).isEqualTo(SourceStatus.COMPLETE);
      assertThat(again.items()).isEqualTo(3);
    }
  }

  private static List<String> ingestThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("okju-ingest-"))
        .toList();
  }

  private static void awaitJoining(Thread t) {
    long end = System.nanoTime() + 30_000_000_000L;
    while (System.nanoTime() < end) {
      boolean joining =
          Arrays.stream(t.getStackTrace())
              .anyMatch(
                  f ->
                      f.getClassName().equals("java.lang.Thread")
                          && f.getMethodName().equals("join"));
      if (joining) {
        return;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new AssertionError("the run never waited for its workers");
  }
}
