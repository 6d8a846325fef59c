package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.VideoFrame;
import org.okju.index.hashset.HashKind;
import org.okju.index.hashset.HashSetEntry;
import org.okju.index.hashset.HashSetFormats;
import org.okju.report.Privacy;

/**
 * Hash-set matching and takedown lists of a video (by its vPDQ frames), and the report's privacy.
 */
class VideoHashSetTest {
  @TempDir Path tmp;

  @Test
  void aVideoMatchesByAFrameAndItsTakedownListsCarryItsGoodFrames() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("drive"));
    Files.copy(
        CliRun.vectors().resolve("tmk/sample-videos/doorknob-hd-no-bar.mp4"),
        src.resolve("secret-name.mp4"));
    String kase = tmp.resolve("case").toString();
    assertThat(CliRun.of("ingest", src.toString(), "--case", kase).exitCode()).isZero();
    assertThat(CliRun.of("copies", "--case", kase).exitCode()).isZero();
    List<VideoFrame> frames;
    Item video;
    try (CaseStore store = CaseStore.open(CaseLocation.directory(Path.of(kase)));
        Stream<Item> all = store.items().streamAll()) {
      video = all.filter(i -> i.path().display().equals("secret-name.mp4")).findFirst().get();
      frames = store.fingerprints().video(video.id());
      store.metadata().put(video.id(), Map.of(Privacy.SENSITIVE_NAME, "true"));
    }
    VideoFrame good = frames.stream().filter(f -> f.quality() >= 50).findFirst().orElseThrow();
    // Seven bits flipped: a re-encoded copy's frame, within 31 of the stored one.
    char[] hex = good.pdq().toHex().toCharArray();
    for (int i = 0; i < 7; i++) {
      hex[i * 9] = Character.forDigit(Character.digit(hex[i * 9], 16) ^ 1, 16);
    }
    Path list = Files.writeString(tmp.resolve("frames.pdq"), "pdq " + new String(hex) + "\n");
    CliRun imported =
        CliRun.of(
            "hashset",
            "import",
            list.toString(),
            "--name",
            "partner",
            "--kind",
            "known-bad",
            "--case",
            kase);
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    CliRun match = CliRun.of("match", "--case", kase, "--json");
    JsonNode m = new ObjectMapper().readTree(match.out()).get("matches").get(0);
    assertThat(m.get("matchedBy").asText()).isEqualTo("vpdq");
    assertThat(m.get("tape").asText()).isEqualTo("T-001");
    assertThat(m.get("distance").asInt()).isBetween(1, 7);
    assertThat(m.has("frameSeconds")).isTrue();

    Path pdq = tmp.resolve("t.pdq");
    CliRun export =
        CliRun.of("export", "takedown", "--case", kase, "--format", "pdq", "--out", pdq.toString());
    assertThat(export.exitCode()).as(export.err()).isZero();
    HashSetFormats.Contents c =
        HashSetFormats.readAll(HashSetFormats.byName("pdq-list").orElseThrow(), pdq);
    long distinctGood =
        frames.stream().filter(f -> f.quality() >= 50).map(f -> f.pdq().toHex()).distinct().count();
    assertThat(c.entries()).hasSize((int) distinctGood);
    assertThat(c.entries()).anyMatch(e -> e.hashes().get(0).toHex().equals(good.pdq().toHex()));

    Path csv = tmp.resolve("t.csv");
    CliRun.of("export", "takedown", "--case", kase, "--format", "hma-csv", "--out", csv.toString());
    List<HashSetEntry> rows =
        HashSetFormats.readAll(HashSetFormats.byName("hma-csv").orElseThrow(), csv).entries();
    assertThat(rows).hasSize((int) distinctGood + 3);
    HashSetEntry vpdq = rows.stream().filter(e -> !e.video().isEmpty()).findFirst().orElseThrow();
    assertThat(vpdq.label()).contains("T-001");
    assertThat(vpdq.video()).hasSize(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      assertThat(vpdq.video().get(i).pdq().toHex()).isEqualTo(frames.get(i).pdq().toHex());
      assertThat(vpdq.video().get(i).quality()).isEqualTo(frames.get(i).quality());
      assertThat(vpdq.video().get(i).seconds())
          .isCloseTo(frames.get(i).timestampSeconds(), org.assertj.core.data.Offset.offset(5e-4));
    }
    assertThat(rows)
        .anyMatch(
            e ->
                e.hash(HashKind.MD5)
                    .map(h -> h.toHex().equals(video.digests().md5().get().toHex()))
                    .orElse(false));
    assertThat(Files.readString(csv)).doesNotContain("secret");

    Path report = tmp.resolve("report.html");
    assertThat(CliRun.of("report", "--case", kase, "--out", report.toString()).exitCode()).isZero();
    String html = Files.readString(report);
    assertThat(html)
        .contains("id=\"tapes\"")
        .contains("[name withheld: item " + video.id().value())
        .contains("partner")
        .doesNotContain("secret-name");
  }
}
