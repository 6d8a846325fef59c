package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;

/**
 * Sites serve pictures as AVIF (image CDNs pick it for browsers that take it) and phones upload
 * HEIC. Their files open with an ISO media {@code ftyp} box, as an MP4 does, and a capture's AVIF
 * or HEIC copy of a tape's photo was recorded as a video: found, through FFmpeg's one frame, but
 * without a PDQ for partners and called a video in the case. They are pictures (libheif).
 */
class HeifOnASiteTest {
  @TempDir Path tmp;

  @Test
  void anAvifAndAHeicCopyOfAPhotoOnASiteAreFound() throws Exception {
    boolean installed = Files.isExecutable(Path.of("/usr/bin/heif-enc"));
    if ("true".equals(System.getenv("CI"))) {
      assertThat(installed).as("heif-enc (.ci/run installs libheif-examples)").isTrue();
    }
    assumeTrue(installed, "heif-enc is not installed");
    Path casePath = MonitorCase.build(tmp);
    Path jpeg = tmp.resolve("seized/photo-a.jpg");
    Path avif = tmp.resolve("a.avif");
    Path heic = tmp.resolve("a.heic");
    run("heif-enc", "--avif", "-q", "60", "-o", avif.toString(), jpeg.toString());
    run("heif-enc", "-q", "60", "-o", heic.toString(), jpeg.toString());
    Instant at = Instant.parse("2026-03-01T10:00:00Z");
    Path warc =
        Warcs.write(
            tmp.resolve("cdn.warc"),
            false,
            List.of(
                Warcs.response(
                    "https://cdn.site.test/a.avif", "image/avif", Files.readAllBytes(avif), at),
                Warcs.response(
                    "https://up.site.test/a.heic",
                    "application/octet-stream",
                    Files.readAllBytes(heic),
                    at)));
    try (CaseStore store = MonitorCase.open(casePath)) {
      ImportSummary s = MonitorCase.importCapture(store, warc);
      assertThat(s.problems()).isEmpty();
      String tape = MonitorCase.tapeOf(store).get("photo-a.jpg");
      assertThat(s.sightings())
          .containsExactlyInAnyOrder(
              "https://cdn.site.test/a.avif " + tape, "https://up.site.test/a.heic " + tape);
      assertThat(store.webCaptures().records())
          .extracting(r -> r.record().url() + " " + r.record().kind())
          .containsExactlyInAnyOrder(
              "https://cdn.site.test/a.avif image", "https://up.site.test/a.heic image");
    }
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
  }
}
