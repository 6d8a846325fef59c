package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseLock;
import org.okju.casefile.CaseStore;

/**
 * The workbench takes the case's writer lock as the CLI's verbs do: while another writer (here a
 * second store on the same case directory, as {@code okju ingest} in a terminal would hold it)
 * writes, a page action that changes the case is refused with who writes, and a job waits queued,
 * saying for whom, until the lock is free; it can be cancelled while it waits.
 */
class CaseWriterLockTest {
  @TempDir static Path tmp;
  static Fixture f;

  @BeforeAll
  static void start() throws Exception {
    f = Fixture.start(tmp);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static CaseStore cliStore() {
    return CaseStore.open(c -> c.location(CaseLocation.directory(tmp.resolve("alpha"))).existing());
  }

  @Test
  void aLedgerDecisionWhileAnotherProcessWritesIsRefusedWithWhoWritesAndChangesNothing()
      throws Exception {
    Browser b = f.signedIn("reviewer");
    Document queue = Jsoup.parse(b.get("/cases/alpha/ledger").body());
    String factId = queue.select("tr.fact.suggested").first().id().substring("fact-".length());
    String confirm = "/cases/alpha/ledger/facts/" + factId + "/confirm";
    try (CaseStore cli = cliStore();
        CaseLock lock = cli.lock("okju ingest", "investigator-at-terminal")) {
      assertThat(lock).as("the terminal's lock").isNotNull();
      HttpResponse<String> refused = b.submit(confirm, Map.of());
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(Jsoup.parse(refused.body()).text()).contains("okju ingest (pid");
      assertThat(
              Jsoup.parse(b.get("/cases/alpha/ledger").body())
                  .select("#fact-" + factId + ".suggested"))
          .as("the fact is still only suggested")
          .hasSize(1);
      assertThat(f.signedIn("auditor").submit("/cases/alpha/verify", Map.of()).statusCode())
          .isEqualTo(409);
    }
    assertThat(b.submit(confirm, Map.of()).statusCode()).isEqualTo(303);
  }

  @Test
  void aJobWaitsQueuedForAnotherWriterSayingWhoAndRunsOnceItHasFinished() throws Exception {
    Browser b = f.signedIn("investigator");
    try (CaseStore cli = cliStore()) {
      CaseLock lock = cli.lock("okju ingest", "investigator-at-terminal");
      long waiting = jobId(b.submit("/cases/alpha/jobs/copies", Map.of()));
      awaitMessage(b, waiting, "waiting for okju ingest (pid");
      Thread.sleep(1500);
      assertThat(state(b, waiting)).as("never runs beside the other writer").isEqualTo("queued");
      assertThat(b.submit("/cases/alpha/jobs/" + waiting + "/cancel", Map.of()).statusCode())
          .isEqualTo(303);
      assertThat(state(b, waiting)).isEqualTo("cancelled");
      assertThat(message(b, waiting)).isEqualTo("cancelled before it started");

      long next = jobId(b.submit("/cases/alpha/jobs/copies", Map.of()));
      awaitMessage(b, next, "waiting for okju ingest (pid");
      lock.close();
      Instant end = Instant.now().plus(Duration.ofMinutes(3));
      while (!state(b, next).equals("done") && Instant.now().isBefore(end)) {
        Thread.sleep(200);
      }
      assertThat(state(b, next)).isEqualTo("done");
    }
  }

  private static long jobId(HttpResponse<String> started) {
    assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
    String location = started.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private static void awaitMessage(Browser b, long id, String text) throws Exception {
    Instant end = Instant.now().plus(Duration.ofSeconds(30));
    while (Instant.now().isBefore(end)) {
      if (message(b, id).contains(text)) {
        return;
      }
      assertThat(state(b, id)).as("job %s waits", id).isEqualTo("queued");
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " never said: " + text + "; it says " + message(b, id));
  }

  private static String state(Browser b, long id) throws Exception {
    return Jsoup.parse(b.get("/cases/alpha/jobs/" + id).body()).select("#job-state").text();
  }

  private static String message(Browser b, long id) throws Exception {
    return Jsoup.parse(b.get("/cases/alpha/jobs/" + id).body()).select("#job-message").text();
  }
}
