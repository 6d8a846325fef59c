package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.testkit.documents.DocumentCorpus;

/**
 * kill -9 a real {@code okju ingest} process at random moments, several times, then run the same
 * command to the end: the catalogue, the documents' texts and the ledger's facts read from them
 * must be exactly the uninterrupted run's, and the last run must not read again any file an earlier
 * run had committed as done.
 */
class IngestResumeTest {
  @TempDir Path tmp;

  @Test
  void killedThreeTimesThenResumedGivesExactlyTheUninterruptedCatalogue() throws Exception {
    long seed = System.nanoTime();
    System.out.println("IngestResumeTest seed " + seed);
    Random random = new Random(seed);
    Path source = tree(tmp.resolve("drive"), new Random(1));

    long t = System.nanoTime();
    Process first =
        KilledIngest.start(
            "ingest", source.toString(), "--case", tmp.resolve("a").toString(), "--json");
    String referenceOut = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // data/c-like.bin's undecided charset: a warning, so the run is partial.
    assertThat(first.waitFor()).as(referenceOut).isEqualTo(ExitCode.PARTIAL);
    long referenceMillis = (System.nanoTime() - t) / 1_000_000;
    List<String> expected = catalogue(tmp.resolve("a"));
    List<String> expectedFacts = facts(tmp.resolve("a"));
    assertThat(expectedFacts).as("the ledger read the documents' texts").isNotEmpty();

    Path resumed = tmp.resolve("b");
    KilledIngest.threeTimes(
        referenceMillis,
        random,
        "ingest",
        source.toString(),
        "--case",
        resumed.toString(),
        "--json");
    long doneBefore = KilledIngest.doneTopLevel(resumed);
    System.out.println("files done before the last run: " + doneBefore);
    Process last =
        KilledIngest.start("ingest", source.toString(), "--case", resumed.toString(), "--json");
    String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(last.waitFor()).as(out).isEqualTo(ExitCode.PARTIAL);
    JsonNode summary = new ObjectMapper().readTree(out).get("sources").get(0);

    assertThat(catalogue(resumed)).isEqualTo(expected);
    assertThat(facts(resumed)).isEqualTo(expectedFacts);
    JsonNode ref = new ObjectMapper().readTree(referenceOut).get("sources").get(0);
    assertThat(summary.get("manifestSha256").asText())
        .isEqualTo(ref.get("manifestSha256").asText());
    if (!summary.get("alreadyIngested").asBoolean()) {
      assertThat(summary.get("resumedDone").asLong()).isEqualTo(doneBefore);
    }
  }

  private static Path tree(Path root, Random r) throws Exception {
    Files.createDirectories(root.resolve("data"));
    for (int i = 0; i < 240; i++) {
      Files.write(root.resolve("data/file-" + i + ".bin"), noise(r, 64 << 10 << (i % 4)));
    }
    // One problem item on purpose, so the resumed catalogue must carry an item's problems too:
    // text that begins like a C comment, in high bytes no charset fits (read as Latin-1: a
    // warning).
    byte[] cLike = new byte[4 << 10];
    cLike[0] = '/';
    cLike[1] = '*';
    for (int i = 2; i < cLike.length; i++) {
      cLike[i] = (byte) (i % 7 == 0 ? ' ' : 0x80 + r.nextInt(128));
    }
    Files.write(root.resolve("data/c-like.bin"), cLike);
    Path photos = CliRun.vectors().resolve("pdq/data/bridge-mods");
    Files.createDirectories(root.resolve("photos"));
    try (Stream<Path> s = Files.list(photos)) {
      for (Path p : s.sorted().toList()) {
        Files.copy(p, root.resolve("photos").resolve(p.getFileName()));
      }
    }
    Files.copy(
        CliRun.vectors().resolve("tmk/sample-videos/pattern-sd-grey-bar.mp4"),
        root.resolve("clip.mp4"));
    // Every document format, a scanned page among them: texts and the ledger resume too.
    DocumentCorpus.write(root.resolve("documents"));
    try (ZipOutputStream z =
        new ZipOutputStream(Files.newOutputStream(root.resolve("members.zip")))) {
      for (int i = 0; i < 60; i++) {
        z.putNextEntry(new ZipEntry("m/" + i + ".bin"));
        z.write(noise(r, 32 << 10));
      }
    }
    return root;
  }

  /**
   * Random bytes no sniffer takes for a format: the first byte is NUL. Left to chance, Random(1)'s
   * file-90.bin began with "/*", Tika's C-comment magic called it text/plain, and the ledger spent
   * some 35 CPU-seconds a run reading 256 KB of noise as a document (13 "facts" out of it); the
   * documents' texts and facts come from the corpus below, which every format is in.
   */
  private static byte[] noise(Random r, int size) {
    byte[] b = new byte[size];
    r.nextBytes(b);
    b[0] = 0;
    return b;
  }

  /** Every item as one comparable line (full path, size, digests, type, status, problems, PDQ). */
  static List<String> catalogue(Path caseDir) {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(caseDir));
        Stream<Item> items = store.items().streamAll()) {
      Map<Long, String> paths = new HashMap<>();
      List<String> lines = new ArrayList<>();
      items.forEach(
          i -> {
            String path =
                i.parent().map(p -> paths.get(p.value()) + "!/").orElse("") + i.path().display();
            paths.put(i.id().value(), path);
            lines.add(
                String.join(
                    "|",
                    path,
                    String.valueOf(i.size()),
                    String.valueOf(i.digests()),
                    String.valueOf(i.mediaType()),
                    String.valueOf(i.extensionMismatch()),
                    i.status().name(),
                    i.progress().name(),
                    store.itemErrors().of(i.id()).stream()
                        .map(e -> e.kind())
                        .collect(Collectors.joining(",")),
                    store.fingerprints().image(i.id()).map(f -> f.pdq().toHex()).orElse("-"),
                    String.valueOf(store.fingerprints().video(i.id()).size()),
                    store
                        .texts()
                        .of(i.id())
                        .map(t -> t.method() + ":" + t.charset() + ":" + t.body().hashCode())
                        .orElse("no text")));
          });
      lines.sort(null);
      return lines;
    }
  }

  /**
   * The ledger's facts as comparable lines (type, amount, date, document, line): ids and pseudonyms
   * follow the order documents were read in, which an interrupted run changes.
   */
  static List<String> facts(Path caseDir) throws Exception {
    CliRun ledger = CliRun.of("ledger", "--case", caseDir.toString(), "--json");
    assertThat(ledger.exitCode()).as(ledger.err()).isZero();
    List<String> lines = new ArrayList<>();
    for (JsonNode f : new ObjectMapper().readTree(ledger.out()).get("facts")) {
      JsonNode p = f.get("provenance").get(0);
      lines.add(
          String.join(
              "|",
              f.get("type").asText(),
              f.get("amount").toString(),
              f.get("date").asText(),
              p.get("doc").asText(),
              p.get("line").asText()));
    }
    lines.sort(null);
    return lines;
  }
}
