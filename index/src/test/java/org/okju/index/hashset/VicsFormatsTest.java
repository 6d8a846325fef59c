package org.okju.index.hashset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VICS 1.3 (case files and flat lists) and 2.0 JSON, streamed; 2.0 round trip. */
class VicsFormatsTest {
  static final String MD5 = TextFormatsTest.MD5_EMPTY;
  static final String SHA1 = TextFormatsTest.SHA1_EMPTY;
  static final String PDQ = TextFormatsTest.PDQ;

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void vics2ReadsMediaWithHashesCategoryAndPdqAndReportsBrokenMedia() throws IOException {
    Path f =
        file(
            "export.json",
            "{\"@odata.context\":\""
                + VicsV2Format.CONTEXT
                + "\",\n\"value\":[\n"
                + "{\"MediaID\":1,\"Category\":2,\"MD5\":\""
                + MD5.toUpperCase(Locale.ROOT)
                + "\",\"SHA1\":\""
                + SHA1.toUpperCase(Locale.ROOT)
                + "\",\"MediaSize\":2835,\"IsPrecategorized\":\"false\","
                + "\"MediaFiles\":[{\"MD5\":\""
                + "0".repeat(32)
                + "\",\"FileName\":\"x.jpg\"}],"
                + "\"AlternativeHashes\":[{\"HashName\":\"PhotoDNA\",\"HashValue\":\"AAAA\"},"
                + "{\"HashName\":\"PDQ\",\"HashValue\":\""
                + PDQ
                + "\"}]},\n"
                + "{\"MediaID\":2,\"Category\":null,\"MD5\":\"nothex\"},\n"
                + "{\"MediaID\":3,\"Category\":0},\n"
                + "{\"MediaID\":4,\"MD5\":\""
                + MD5
                + "\"}\n]}");
    assertThat(HashSetFormats.detect(f).orElseThrow().name()).isEqualTo("vics-2.0");
    HashSetFormats.Contents c = HashSetFormats.readAll(new VicsV2Format(), f);
    assertThat(c.entries()).hasSize(2);
    HashSetEntry first = c.entries().get(0);
    assertThat(first.hashes()).extracting(HashValue::toHex).containsExactly(MD5, SHA1, PDQ);
    assertThat(first.category()).contains("2");
    assertThat(first.label()).contains("1");
    assertThat(first.size()).hasValue(2835);
    assertThat(first.line()).isEqualTo(3);
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(4L, 5L);
    assertThat(c.problems().get(0).reason()).contains("MediaID 2").contains("nothex");
  }

  @Test
  void vics13CaseFilesYieldTheirNestedMedia() throws IOException {
    Path f =
        file(
            "case.json",
            "{\"odata.metadata\":\"http://github.com/ICMEC/ProjectVic/DataModels/1.3.xml#Cases\","
                + "\"value\":[{\"CaseID\":\"c1\",\"CaseMetadata\":[{\"x\":1}],\"Media\":["
                + "{\"MediaID\":7,\"Category\":1,\"MD5\":\""
                + MD5
                + "\",\"MediaFiles\":[]},"
                + "{\"MediaID\":8,\"SHA1\":\""
                + SHA1
                + "\"}],\"TotalMediaFiles\":2}]}");
    assertThat(HashSetFormats.detect(f).orElseThrow().name()).isEqualTo("vics-1.3");
    HashSetFormats.Contents c = HashSetFormats.readAll(new VicsV13Format(), f);
    assertThat(c.problems()).isEmpty();
    assertThat(c.entries()).extracting(e -> e.label().orElseThrow()).containsExactly("7", "8");
  }

  @Test
  void aJsonSyntaxErrorEndsTheFileWithOneProblem() throws IOException {
    Path f =
        file(
            "broken.json",
            "{\"@odata.context\":\""
                + VicsV2Format.CONTEXT
                + "\",\"value\":[\n"
                + "{\"MediaID\":1,\"MD5\":\""
                + MD5
                + "\"},\n{\"MediaID\":2,\"MD5\" \"x\"}]}");
    HashSetFormats.Contents c = HashSetFormats.readAll(new VicsV2Format(), f);
    assertThat(c.entries()).hasSize(1);
    assertThat(c.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(3);
              assertThat(p.reason()).contains("invalid JSON");
            });
  }

  @Test
  void vics2WritesWhatItReadsBack() throws IOException {
    List<HashSetEntry> entries =
        List.of(
            new HashSetEntry(
                List.of(
                    HashValue.parse(HashKind.MD5, MD5),
                    HashValue.parse(HashKind.SHA1, SHA1),
                    HashValue.parse(HashKind.PDQ, PDQ)),
                Optional.of("T-001/copy 1.jpg"),
                OptionalLong.of(12),
                Optional.of("1"),
                Optional.of("41"),
                1),
            new HashSetEntry(
                List.of(HashValue.parse(HashKind.PDQ, PDQ)),
                Optional.empty(),
                OptionalLong.empty(),
                Optional.empty(),
                Optional.empty(),
                2),
            HashSetEntry.of(HashValue.parse(HashKind.SHA256, TextFormatsTest.SHA256_EMPTY)));
    Path out = dir.resolve("takedown.json");
    assertThat(new VicsV2Format().write(out, entries.stream())).isEqualTo(new WriteCount(2, 1));
    assertThat(Files.readString(out))
        .contains(MD5.toUpperCase(Locale.ROOT))
        .contains("\"MediaID\":41");
    HashSetFormats.Contents back = HashSetFormats.readAll(new VicsV2Format(), out);
    assertThat(back.problems()).isEmpty();
    assertThat(back.entries()).hasSize(2);
    HashSetEntry first = back.entries().get(0);
    assertThat(first.hashes()).isEqualTo(entries.get(0).hashes());
    assertThat(first.name()).isEqualTo(entries.get(0).name());
    assertThat(first.size()).isEqualTo(entries.get(0).size());
    assertThat(first.category()).isEqualTo(entries.get(0).category());
    assertThat(first.label()).isEqualTo(entries.get(0).label());
    assertThat(back.entries().get(1).label()).contains("2");
  }
}
