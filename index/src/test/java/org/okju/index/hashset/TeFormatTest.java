package org.okju.index.hashset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.conformance.HmaBankSignalRule;
import org.okju.conformance.ThreatExchangeFileRule;
import org.okju.conformance.ThreatExchangeSignalTypes;

/**
 * The ThreatExchange {@code local_file} format and HMA's bank-signal lines, checked against
 * transcriptions of the partners' own readers ({@code org.okju.conformance}): everything okju
 * writes is loaded, nothing dropped, and okju's reader takes exactly the lines the partner takes.
 */
class TeFormatTest {
  private static final String A = TextFormatsTest.PDQ;
  private static final String B =
      "e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c";
  private static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";
  private static final String SHA256 =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

  @TempDir Path dir;

  private static HashSetEntry video(String tape, double... seconds) {
    List<VpdqFeature> frames = new ArrayList<>();
    for (int i = 0; i < seconds.length; i++) {
      frames.add(
          new VpdqFeature(HashValue.parse(HashKind.PDQ, i % 2 == 0 ? A : B), 40 + i, seconds[i]));
    }
    return new HashSetEntry(
        List.of(HashValue.parse(HashKind.MD5, MD5), HashValue.parse(HashKind.SHA256, SHA256)),
        Optional.of(tape),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.of(tape),
        0,
        frames);
  }

  private static List<HashSetEntry> takedown() {
    return List.of(
        HashSetEntry.of(HashValue.parse(HashKind.PDQ, A)),
        video("T-002", 0.0, 1.0, 2.0333333, 99.96, 100.0, 1234.5),
        new HashSetEntry(
            List.of(HashValue.parse(HashKind.PDQ, B)),
            Optional.of("T-002"),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.of("T-002"),
            0));
  }

  @Test
  void everyLineOkjuWritesIsLoadedByThreatExchangesLocalFileReader() throws IOException {
    Path out = dir.resolve("takedown.te");
    WriteCount n = new TeFormat().write(out, takedown().stream());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(n.written()).isEqualTo(lines.size()).isEqualTo(5);

    ThreatExchangeFileRule.Result r =
        ThreatExchangeFileRule.read(lines, ThreatExchangeSignalTypes.NAMES);
    assertThat(r.skipped()).isEmpty();
    assertThat(r.rejected()).isEmpty();
    assertThat(r.accepted().get("pdq")).containsExactly(A, B);
    assertThat(r.accepted().get("video_md5")).containsExactly(MD5);
    assertThat(r.accepted().get("video_sha256")).containsExactly(SHA256);
    // Byte for byte what python-threatexchange's vpdq_to_json writes for these frames.
    assertThat(r.accepted().get("vpdq"))
        .containsExactly(
            "[\""
                + A
                + ",40,0.0\", \""
                + B
                + ",41,1.0\", \""
                + A
                + ",42,2.03\", \""
                + B
                + ",43,1e+02\", \""
                + A
                + ",44,1e+02\", \""
                + B
                + ",45,1.23e+03\"]");
  }

  @Test
  void aTakedownListRoundTripsThroughOkjusImportAndIsDetectedAsTe() throws IOException {
    Path out = dir.resolve("takedown.te");
    new TeFormat().write(out, takedown().stream());
    assertThat(HashSetFormats.detect(out)).map(HashSetFormat::name).contains("te");
    HashSetFormats.Contents back = HashSetFormats.readAll(new TeFormat(), out);
    assertThat(back.problems()).isEmpty();
    assertThat(back.entries()).hasSize(5);
    assertThat(back.entries().get(0).hashes()).containsExactly(HashValue.parse(HashKind.PDQ, A));
    HashSetEntry v = back.entries().get(1);
    assertThat(v.video()).hasSize(6);
    assertThat(v.video().get(5).seconds()).isEqualTo(1230.0);
    assertThat(v.video()).extracting(VpdqFeature::quality).containsExactly(40, 41, 42, 43, 44, 45);
    assertThat(back.entries().get(2).hashes()).containsExactly(HashValue.parse(HashKind.MD5, MD5));
    assertThat(back.entries().get(3).hashes())
        .containsExactly(HashValue.parse(HashKind.SHA256, SHA256));
  }

  /** Lines a partner might send; okju imports a line exactly when ThreatExchange loads it. */
  @Test
  void okjusReaderTakesExactlyTheLinesThreatExchangeTakes() throws IOException {
    String frame = "\"" + A + ",100,0.5\"";
    List<String> lines =
        List.of(
            "pdq " + A,
            "  pdq " + B + "  ",
            "pdq " + A.toUpperCase(java.util.Locale.ROOT),
            "pdq " + A + " T-001",
            "pdq",
            "pdq 123",
            "video_md5 " + MD5.toUpperCase(java.util.Locale.ROOT),
            "video_md5 " + MD5 + "0",
            "video_sha256 " + SHA256,
            "vpdq [" + frame + ", " + frame + "]",
            "vpdq {\"0\": {\"quality\": 100, \"hash\": \"" + A + "\", \"timestamp\": 0.0}}",
            "vpdq [\"" + A + ",101,0.0\"]",
            "vpdq [\"" + A + ",100,-1\"]",
            "vpdq [\"" + A + ",100\"]",
            "# a comment",
            "url https://example.org/x",
            "",
            "md5 " + MD5);
    Path f = dir.resolve("partner.te");
    Files.write(f, lines, StandardCharsets.UTF_8);
    ThreatExchangeFileRule.Result rule =
        ThreatExchangeFileRule.read(lines, ThreatExchangeSignalTypes.NAMES);
    List<ParseProblem> problems = new ArrayList<>();
    List<HashSetEntry> entries;
    try (var s = new TeFormat().read(f, problems::add)) {
      entries = s.toList();
    }
    Set<Long> okjuTook = new TreeSet<>();
    entries.forEach(e -> okjuTook.add(e.line()));
    Set<Long> partnerTook = new TreeSet<>();
    for (List<String> signals : rule.accepted().values()) {
      for (String signal : signals) {
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).strip().endsWith(" " + signal)) {
            partnerTook.add((long) i + 1);
          }
        }
      }
    }
    assertThat(okjuTook).isEqualTo(partnerTook).containsExactly(1L, 2L, 7L, 9L, 10L);
    // What the partner drops or skips, okju reports (the blank line aside).
    assertThat(problems).extracting(ParseProblem::line).doesNotContain(17L).hasSize(12);
  }

  @Test
  void hmaBankLinesAreEachAcceptedByHmasSignalEndpoint() throws IOException {
    Path out = dir.resolve("takedown.jsonl");
    WriteCount n = new HmaBankSignalsFormat().write(out, takedown().stream());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(n.written()).isEqualTo(lines.size()).isEqualTo(5);
    List<HmaBankSignalRule.Content> banked = new ArrayList<>();
    for (String l : lines) {
      banked.add(HmaBankSignalRule.accept(l, ThreatExchangeSignalTypes.NAMES));
    }
    assertThat(banked)
        .extracting(c -> c.signals().keySet().iterator().next())
        .containsExactly("pdq", "vpdq", "video_md5", "video_sha256", "pdq");
    assertThat(banked).extracting(HmaBankSignalRule.Content::note).containsOnly(null, "T-002");
    assertThat(HashSetFormats.detect(out)).map(HashSetFormat::name).contains("hma-json");
    HashSetFormats.Contents back = HashSetFormats.readAll(new HmaBankSignalsFormat(), out);
    assertThat(back.problems()).isEmpty();
    assertThat(back.entries()).hasSize(5);
    assertThat(back.entries().get(4).label()).contains("T-002");
    // HMA refuses the request when vPDQ is not enabled; one signal a line keeps the others.
    assertThatThrownBy(() -> HmaBankSignalRule.accept(lines.get(1), Set.of("pdq", "video_md5")))
        .hasMessageContaining("No such signal type vpdq");
  }

  @Test
  void frameTimesAreFormattedAsPythonsFormatDotThree() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("python-float-3.txt")) {
      assertThat(in).isNotNull();
      List<String> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      int checked = 0;
      for (String row : rows) {
        if (row.startsWith("#") || row.isBlank()) {
          continue;
        }
        String[] p = row.split(" ", -1);
        assertThat(PythonFloats.threeSignificant(Double.parseDouble(p[0])))
            .as(p[0])
            .isEqualTo(p[1]);
        checked++;
      }
      assertThat(checked).isGreaterThan(90);
    }
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      double x = r.nextDouble() * Math.pow(10, r.nextInt(8) - 3);
      String s = PythonFloats.threeSignificant(x);
      assertThat(Math.abs(Double.parseDouble(s) - x))
          .as("seed " + seed + ", " + x + " -> " + s)
          .isLessThanOrEqualTo(Math.abs(x) * 5e-3);
    }
  }
}
