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
import org.okju.conformance.HmaBankSignalRule;
import org.okju.conformance.ThreatExchangeFileRule;
import org.okju.conformance.ThreatExchangeSignalTypes;
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

    // The ThreatExchange local_file list, read with python-threatexchange's own line rule.
    Path te = tmp.resolve("t.te");
    CliRun teRun =
        CliRun.of("export", "takedown", "--case", kase, "--format", "te", "--out", te.toString());
    assertThat(teRun.exitCode()).as(teRun.err()).isZero();
    List<String> lines = Files.readAllLines(te);
    ThreatExchangeFileRule.Result loaded =
        ThreatExchangeFileRule.read(lines, ThreatExchangeSignalTypes.NAMES);
    assertThat(loaded.skipped()).isEmpty();
    assertThat(loaded.rejected()).isEmpty();
    assertThat(loaded.size()).isEqualTo(lines.size()).isEqualTo((int) distinctGood + 3);
    assertThat(loaded.accepted().get("video_md5"))
        .containsExactly(video.digests().md5().get().toHex());
    assertThat(loaded.accepted().get("video_sha256"))
        .containsExactly(video.digests().sha256().get().toHex());
    assertThat(loaded.accepted().get("pdq")).hasSize((int) distinctGood);
    assertThat(loaded.accepted().get("vpdq")).hasSize(1);

    List<HashSetEntry> rows =
        HashSetFormats.readAll(HashSetFormats.detect(te).orElseThrow(), te).entries();
    assertThat(rows).hasSize((int) distinctGood + 3);
    HashSetEntry vpdq = rows.stream().filter(e -> !e.video().isEmpty()).findFirst().orElseThrow();
    assertThat(vpdq.video()).hasSize(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      double t = frames.get(i).timestampSeconds();
      assertThat(vpdq.video().get(i).pdq().toHex()).isEqualTo(frames.get(i).pdq().toHex());
      assertThat(vpdq.video().get(i).quality()).isEqualTo(frames.get(i).quality());
      // python-threatexchange keeps three significant digits of a frame's time.
      assertThat(vpdq.video().get(i).seconds())
          .isCloseTo(t, org.assertj.core.data.Offset.offset(Math.max(5e-4, t * 5e-3)));
    }
    assertThat(rows)
        .anyMatch(
            e ->
                e.hash(HashKind.MD5)
                    .map(h -> h.toHex().equals(video.digests().md5().get().toHex()))
                    .orElse(false));
    assertThat(Files.readString(te)).doesNotContain("secret").doesNotContain("T-001");

    // okju's own import reads the list back (detected as te) and matches the video by it.
    CliRun again =
        CliRun.of(
            "hashset",
            "import",
            te.toString(),
            "--name",
            "te-list",
            "--kind",
            "known-bad",
            "--case",
            kase);
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.out()).contains("(known-bad, te): " + ((int) distinctGood + 3) + " records");

    // HMA's bank endpoint takes every line of the hma list.
    Path hma = tmp.resolve("t.jsonl");
    CliRun.of("export", "takedown", "--case", kase, "--format", "hma", "--out", hma.toString());
    for (String line : Files.readAllLines(hma)) {
      assertThat(HmaBankSignalRule.accept(line, ThreatExchangeSignalTypes.NAMES).note())
          .isEqualTo("T-001");
    }

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
