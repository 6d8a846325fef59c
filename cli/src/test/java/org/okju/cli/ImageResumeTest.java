package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 a real {@code okju ingest drive.E01} at random moments, while its one pass hashes the
 * image beside the workers reading the files out of it, then run the same command to the end: the
 * catalogue (the image's own item with its hashes and verdict, every file, the deleted one, the
 * carved ones) and the manifest must be the uninterrupted run's, the files an earlier run committed
 * are not read again, and the image's bytes are unchanged.
 */
class ImageResumeTest {
  @TempDir Path tmp;

  @Test
  void anImageIngestKilledThreeTimesThenResumedGivesExactlyTheUninterruptedCatalogue()
      throws Exception {
    ImageTools.need("mkfs.fat", "mcopy", "mdel", "ewfacquire", "fiwalk", "photorec");
    long seed = System.nanoTime();
    System.out.println("ImageResumeTest seed " + seed);
    Random random = new Random(seed);
    Path e01 = drive(new Random(3));
    byte[] imageBefore = Files.readAllBytes(e01);

    long t = System.nanoTime();
    Process first =
        KilledIngest.start(
            "ingest", e01.toString(), "--case", tmp.resolve("a").toString(), "--json");
    String referenceOut = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(first.waitFor()).as(referenceOut).isZero();
    long referenceMillis = (System.nanoTime() - t) / 1_000_000;
    List<String> expected = IngestResumeTest.catalogue(tmp.resolve("a"));
    assertThat(expected).anyMatch(l -> l.startsWith("p0/_ape.mp4|"));
    assertThat(expected).anyMatch(l -> l.startsWith("drive.E01|"));

    Path resumed = tmp.resolve("b");
    KilledIngest.threeTimes(
        referenceMillis, random, "ingest", e01.toString(), "--case", resumed.toString(), "--json");
    long doneBefore = KilledIngest.doneTopLevel(resumed);
    System.out.println("items done before the last run: " + doneBefore);
    Process last =
        KilledIngest.start("ingest", e01.toString(), "--case", resumed.toString(), "--json");
    String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(last.waitFor()).as(out).isZero();
    JsonNode summary = new ObjectMapper().readTree(out).get("sources").get(0);

    assertThat(IngestResumeTest.catalogue(resumed)).isEqualTo(expected);
    JsonNode ref = new ObjectMapper().readTree(referenceOut).get("sources").get(0);
    assertThat(summary.get("manifestSha256").asText())
        .isEqualTo(ref.get("manifestSha256").asText());
    if (!summary.get("alreadyIngested").asBoolean()) {
      assertThat(summary.get("resumedDone").asLong()).isEqualTo(doneBefore);
    }
    assertThat(Files.readAllBytes(e01)).as("the image is never written").isEqualTo(imageBefore);
    CliRun verify = CliRun.of("verify", "--case", resumed.toString(), "--user", "inv1");
    assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
  }

  // A FAT32 pen drive of some 40 MB of files (a deleted one among them) in an E01 (MD5 and SHA-1).
  private Path drive(Random r) throws Exception {
    Path files = tmp.resolve("files");
    Files.createDirectories(files.resolve("data"));
    for (int i = 0; i < 120; i++) {
      byte[] b = new byte[(32 << 10) << (i % 4)];
      r.nextBytes(b);
      Files.write(files.resolve("data/file-" + i + ".bin"), b);
    }
    Files.createDirectories(files.resolve("photos"));
    try (Stream<Path> s = Files.list(CliRun.vectors().resolve("pdq/data/bridge-mods"))) {
      for (Path p : s.sorted().toList()) {
        Files.copy(p, files.resolve("photos").resolve(p.getFileName()));
      }
    }
    Files.copy(
        CliRun.vectors().resolve("tmk/sample-videos/pattern-sd-grey-bar.mp4"),
        files.resolve("tape.mp4"));
    ImageTools.sh(
        tmp,
        "mkfs.fat -C -F 32 drive.dd 81920 >/dev/null && export MTOOLS_SKIP_CHECK=1"
            + " && mcopy -s -i drive.dd files/data files/photos ::/"
            + " && mcopy -i drive.dd files/tape.mp4 ::/tape.mp4 && mdel -i drive.dd ::/tape.mp4"
            + " && ewfacquire -u -q -t drive -c deflate:fast -d sha1 drive.dd >/dev/null"
            + " && rm drive.dd");
    return tmp.resolve("drive.E01");
  }
}
