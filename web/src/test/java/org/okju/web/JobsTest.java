package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Source;

/** Jobs from the browser: the engine's own entry points, one at a time, live progress, results. */
class JobsTest {
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

  private static long jobId(HttpResponse<String> started) {
    assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
    String location = started.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private static String waitFor(Browser b, long id) throws Exception {
    Instant end = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(end)) {
      String state =
          Jsoup.parse(b.get("/cases/alpha/jobs/" + id).body()).select("#job-state").text();
      if (!state.equals("queued") && !state.equals("running")) {
        return state;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job " + id + " did not end");
  }

  @Test
  void anIngestOfAFolderUnderTheEvidenceRootRunsWithLiveProgress() throws Exception {
    Path drive = f.evidence.resolve("second-drive");
    Files.createDirectories(drive);
    for (int i = 0; i < 40; i++) {
      Files.writeString(drive.resolve("note-" + i + ".txt"), "fictional note " + i);
    }
    Browser b = f.signedIn("investigator");
    long id = jobId(b.submit("/cases/alpha/jobs/ingest", Map.of("path", drive.toString())));
    HttpResponse<java.io.InputStream> events =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(f.base() + "/cases/alpha/jobs/" + id + "/events"))
                    .header("Cookie", b.cookie)
                    .header("Accept", "text/event-stream")
                    .timeout(Duration.ofMinutes(3))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    assertThat(events.headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/event-stream");
    List<String> names = new ArrayList<>();
    String lastData = "";
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("event:")) {
          names.add(line.substring(6).strip());
        } else if (line.startsWith("data:")) {
          lastData = line;
        }
      }
    }
    assertThat(names).contains("done");
    assertThat(lastData).contains("done").contains("40 items");
    assertThat(waitFor(b, id)).isEqualTo("done");
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("alpha")))) {
      assertThat(store.sources().all()).extracting(Source::user).contains("investigator");
    }
  }

  @Test
  void anIngestPathOutsideTheRootsOrWithDotsIsRefusedBeforeAnythingRuns() throws Exception {
    Browser b = f.signedIn("investigator");
    assertThat(b.submit("/cases/alpha/jobs/ingest", Map.of("path", "/etc")).statusCode())
        .isEqualTo(403);
    assertThat(
            b.submit("/cases/alpha/jobs/ingest", Map.of("path", f.evidence + "/../server"))
                .statusCode())
        .isEqualTo(400);
    assertThat(b.submit("/cases/alpha/jobs/ingest", Map.of("path", "relative/path")).statusCode())
        .isEqualTo(400);
    assertThat(
            b.submit("/cases/alpha/jobs/ingest", Map.of("path", f.evidence + "/nope")).statusCode())
        .isEqualTo(400);
    Path link = f.evidence.resolve("escape");
    Files.createSymbolicLink(link, tmp.resolve("server"));
    assertThat(b.submit("/cases/alpha/jobs/ingest", Map.of("path", link.toString())).statusCode())
        .isEqualTo(403);
    assertThat(
            f.signedIn("reviewer")
                .submit("/cases/alpha/jobs/ingest", Map.of("path", f.evidence.toString()))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void anExportJobLinksItsResultAndTheSameJobCannotBeQueuedTwice() throws Exception {
    Browser b = f.signedIn("investigator");
    long first = jobId(b.submit("/cases/alpha/jobs/copies", Map.of()));
    HttpResponse<String> again = b.submit("/cases/alpha/jobs/copies", Map.of());
    assertThat(again.statusCode()).isIn(303, 409);
    long export = jobId(b.submit("/cases/alpha/jobs/export", Map.of("format", "csv")));
    assertThat(waitFor(b, first)).isEqualTo("done");
    assertThat(waitFor(b, export)).isEqualTo("done");
    HttpResponse<String> csv = b.get("/cases/alpha/jobs/" + export + "/result");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("file-0001.txt");
    long report = jobId(b.submit("/cases/alpha/jobs/report", Map.of("format", "html")));
    assertThat(waitFor(b, report)).isEqualTo("done");
    assertThat(b.get("/cases/alpha/jobs/" + report + "/result").body()).contains("<html");
    assertThat(
            f.signedIn("takedown")
                .submit("/cases/alpha/jobs/export", Map.of("format", "csv"))
                .statusCode())
        .isEqualTo(403);
    assertThat(b.submit("/cases/alpha/jobs/export", Map.of("format", "exe")).statusCode())
        .isEqualTo(400);
    assertThat(b.get("/cases/alpha/jobs/999999").statusCode()).isEqualTo(404);
  }

  @Test
  void theLedgerJobReadsTheCataloguedDocuments() throws Exception {
    Path docs = f.evidence.resolve("documents");
    Files.createDirectories(docs);
    Files.writeString(docs.resolve("diary.txt"), TestCase.DIARY);
    Browser b = f.signedIn("admin");
    long ingest = jobId(b.submit("/cases/alpha/jobs/ingest", Map.of("path", docs.toString())));
    long ledger = jobId(b.submit("/cases/alpha/jobs/ledger", Map.of()));
    assertThat(waitFor(b, ingest)).isEqualTo("done");
    assertThat(waitFor(b, ledger)).isEqualTo("done");
    assertThat(
            Jsoup.parse(b.get("/cases/alpha/jobs/" + ledger).body()).select("#job-message").text())
        .contains("facts suggested");
  }

  @Test
  void aCaseRunsOneJobAtATimeAndAJobCanBeCancelledOnlyByWhoStartedIt() throws Exception {
    // A drive big enough that its ingest is still running when the next requests arrive.
    Path drive = f.evidence.resolve("big-drive");
    Files.createDirectories(drive);
    java.util.Random random = new java.util.Random(3);
    byte[] data = new byte[2 << 20];
    for (int i = 0; i < 150; i++) {
      random.nextBytes(data);
      Files.write(drive.resolve("blob-" + i + ".bin"), data);
    }
    Browser b = f.signedIn("investigator");
    long ingest = jobId(b.submit("/cases/alpha/jobs/ingest", Map.of("path", drive.toString())));
    long copies = jobId(b.submit("/cases/alpha/jobs/copies", Map.of()));
    String copiesState = state(b, copies);
    String ingestState = state(b, ingest);
    assertThat(ingestState).isIn("queued", "running");
    assertThat(copiesState).as("the case's second job waits for the first").isEqualTo("queued");

    HttpResponse<String> foreign =
        f.signedIn("reviewer").submit("/cases/alpha/jobs/" + ingest + "/cancel", Map.of());
    assertThat(foreign.statusCode()).isEqualTo(403);
    HttpResponse<String> cancelled = b.submit("/cases/alpha/jobs/" + ingest + "/cancel", Map.of());
    assertThat(cancelled.statusCode()).isEqualTo(303);
    assertThat(waitFor(b, ingest)).isEqualTo("cancelled");
    assertThat(
            Jsoup.parse(b.get("/cases/alpha/jobs/" + ingest).body()).select("#job-message").text())
        .contains("resumable");
    assertThat(waitFor(b, copies))
        .as("the queued job runs once the first has ended")
        .isEqualTo("done");
  }

  private static String state(Browser b, long id) throws Exception {
    return Jsoup.parse(b.get("/cases/alpha/jobs/" + id).body()).select("#job-state").text();
  }
}
