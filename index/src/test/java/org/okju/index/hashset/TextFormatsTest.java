package org.okju.index.hashset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** md5sum/sha1sum/sha256sum, plain hex, PDQ lists, HMA CSV and NSRL v2, good and malformed. */
class TextFormatsTest {
  static final String MD5_EMPTY = "d41d8cd98f00b204e9800998ecf8427e";
  static final String SHA1_EMPTY = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
  static final String SHA256_EMPTY =
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
  static final String PDQ = "f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static HashSetFormats.Contents read(String format, Path file) throws IOException {
    return HashSetFormats.readAll(HashSetFormats.byName(format).orElseThrow(), file);
  }

  @Test
  void md5sumReadsGnuTextBinaryEscapedAndBsdLinesAndReportsTheRestByLine() throws IOException {
    Path f =
        file(
            "list.md5",
            "# made by md5sum\n"
                + MD5_EMPTY
                + "  empty file.txt\n"
                + MD5_EMPTY.toUpperCase(Locale.ROOT)
                + " *binary.bin\n"
                + "\\"
                + MD5_EMPTY
                + "  back\\\\slash\\nnewline\n"
                + "MD5 (bsd name.jpg) = "
                + MD5_EMPTY
                + "\n"
                + "\n"
                + "d41d8cd98f00b204e9800998ecf8427  short.txt\n"
                + "SHA1 (wrong kind) = "
                + SHA1_EMPTY
                + "\n"
                + "just some words\n");
    HashSetFormats.Contents c = read("md5sum", f);
    assertThat(c.entries())
        .extracting(e -> e.name().orElseThrow())
        .containsExactly("empty file.txt", "binary.bin", "back\\slash\nnewline", "bsd name.jpg");
    assertThat(c.entries())
        .allSatisfy(
            e -> assertThat(e.hash(HashKind.MD5).orElseThrow().toHex()).isEqualTo(MD5_EMPTY));
    assertThat(c.entries()).extracting(HashSetEntry::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(7L, 8L, 9L);
    assertThat(c.problems().get(1).reason()).contains("SHA1");
  }

  /**
   * hashdeep's audit file, as examiners keep known-file sets: the columns its {@code %%%%} line
   * names, in that order, and a file name with commas in it; detected from its first line, where
   * before it was refused as a format okju cannot tell.
   */
  @Test
  void hashdeepReadsTheColumnsItsHeaderNamesAndNamesWithCommas() throws IOException {
    Path f =
        file(
            "known.txt",
            "%%%% HASHDEEP-1.0\n"
                + "%%%% size,md5,sha1,sha256,filename\n"
                + "## Invoked from: /cases\n"
                + "## $ hashdeep -c md5,sha1,sha256 -r seized\n"
                + "## \n"
                + "0,"
                + MD5_EMPTY
                + ","
                + SHA1_EMPTY
                + ","
                + SHA256_EMPTY
                + ",/cases/seized/tape, part 2.mp4\n"
                + "12,not-hex,"
                + SHA1_EMPTY
                + ","
                + SHA256_EMPTY
                + ",/cases/seized/bad.bin\n");
    assertThat(HashSetFormats.detect(f).map(HashSetFormat::name)).contains("hashdeep");
    HashSetFormats.Contents c = read("hashdeep", f);
    assertThat(c.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.hashes())
                  .extracting(HashValue::kind)
                  .containsExactly(HashKind.MD5, HashKind.SHA1, HashKind.SHA256);
              assertThat(e.hash(HashKind.SHA256).orElseThrow().toHex()).isEqualTo(SHA256_EMPTY);
              assertThat(e.name()).contains("/cases/seized/tape, part 2.mp4");
              assertThat(e.size()).hasValue(0);
            });
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(7L);

    Path md5Only =
        file("md5.txt", "%%%% HASHDEEP-1.0\n%%%% md5,filename\n" + MD5_EMPTY + ",a.jpg\n");
    assertThat(read("hashdeep", md5Only).entries())
        .singleElement()
        .satisfies(e -> assertThat(e.hash(HashKind.MD5)).isPresent());
  }

  @Test
  void sha1sumAndSha256sumReadTheirOwnLengths() throws IOException {
    assertThat(read("sha1sum", file("a.sha1", SHA1_EMPTY + "  a\n")).entries())
        .singleElement()
        .satisfies(e -> assertThat(e.hash(HashKind.SHA1)).isPresent());
    HashSetFormats.Contents c =
        read(
            "sha256sum",
            file("a.sha256", "SHA256 (a) = " + SHA256_EMPTY + "\n" + MD5_EMPTY + "  b\n"));
    assertThat(c.entries())
        .singleElement()
        .satisfies(
            e -> assertThat(e.hash(HashKind.SHA256).orElseThrow().toHex()).isEqualTo(SHA256_EMPTY));
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(2L);
  }

  @Test
  void md5sumWritesWhatItReadsBackIncludingAwkwardNames() throws IOException {
    List<HashSetEntry> entries =
        read("md5sum", file("in.md5", MD5_EMPTY + "  plain\n\\" + MD5_EMPTY + "  a\\\\b\\nc\n"))
            .entries();
    Path out = dir.resolve("out.md5");
    WriteCount count = HashSetFormats.byName("md5sum").orElseThrow().write(out, entries.stream());
    assertThat(count).isEqualTo(new WriteCount(2, 0));
    assertThat(Files.readString(out))
        .isEqualTo(MD5_EMPTY + "  plain\n\\" + MD5_EMPTY + "  a\\\\b\\nc\n");
    assertThat(read("md5sum", out).entries())
        .extracting(HashSetEntry::name)
        .isEqualTo(entries.stream().map(HashSetEntry::name).toList());
  }

  @Test
  void plainHexInfersTheKindFromTheLength() throws IOException {
    HashSetFormats.Contents c =
        read(
            "hex-list",
            file(
                "hashes.txt",
                "\uFEFF"
                    + MD5_EMPTY.toUpperCase(Locale.ROOT)
                    + "\n"
                    + SHA1_EMPTY
                    + "\n  "
                    + SHA256_EMPTY
                    + "  \n# comment\nabc\n"
                    + "zz"
                    + MD5_EMPTY.substring(2)
                    + "\n"));
    assertThat(c.entries())
        .extracting(e -> e.hashes().get(0).kind())
        .containsExactly(HashKind.MD5, HashKind.SHA1, HashKind.SHA256);
    assertThat(c.entries().get(0).hashes().get(0).toHex()).isEqualTo(MD5_EMPTY);
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(5L, 6L);
  }

  @Test
  void pdqListsReadLabelsAndRoundTrip() throws IOException {
    HashSetFormats.Contents c =
        read(
            "pdq-list",
            file(
                "list.pdq",
                "pdq "
                    + PDQ
                    + "\nPDQ "
                    + PDQ.toUpperCase(Locale.ROOT)
                    + " seen on site A\n"
                    + "pdq 1234\nmd5 "
                    + MD5_EMPTY
                    + "\n"));
    assertThat(c.entries()).hasSize(2);
    assertThat(c.entries().get(1).label()).contains("seen on site A");
    assertThat(c.entries().get(1).hash(HashKind.PDQ).orElseThrow().pdq().toHex()).isEqualTo(PDQ);
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(3L, 4L);
    Path out = dir.resolve("out.pdq");
    HashSetFormat pdq = HashSetFormats.byName("pdq-list").orElseThrow();
    List<HashSetEntry> mixed =
        List.of(c.entries().get(0), HashSetEntry.of(HashValue.parse(HashKind.MD5, MD5_EMPTY)));
    assertThat(pdq.write(out, mixed.stream())).isEqualTo(new WriteCount(1, 1));
    assertThat(Files.readString(out)).isEqualTo("pdq " + PDQ + "\n");
  }

  @Test
  void hmaCsvReadsSignalsByHeaderAndRoundTrips() throws IOException {
    HashSetFormats.Contents c =
        read(
            "hma-csv",
            file(
                "signals.csv",
                "signal_str,signal_type,collab\n"
                    + PDQ
                    + ",pdq,\"Takedown, batch 1\"\n"
                    + MD5_EMPTY
                    + ",video_md5,batch 2\n"
                    + "https://example.invalid/,url,x\n"
                    + "\"unterminated,pdq,x\n"));
    assertThat(c.entries())
        .extracting(e -> e.hashes().get(0).kind())
        .containsExactly(HashKind.PDQ, HashKind.MD5);
    assertThat(c.entries().get(0).label()).contains("Takedown, batch 1");
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(4L, 5L);
    assertThat(c.problems().get(0).reason()).contains("url");
    Path out = dir.resolve("out.csv");
    HashSetFormats.byName("hma-csv").orElseThrow().write(out, c.entries().stream());
    assertThat(Files.readString(out))
        .startsWith(
            "signal_type,signal_str,collab,category,tags\n"
                + "pdq,"
                + PDQ
                + ",\"Takedown, batch 1\",,\n");
    assertThat(read("hma-csv", out).entries()).isEqualTo(c.entries());
  }

  @Test
  void hmaCsvReadsVpdqSignalsInBothOfHmasFormsAndWritesThemBack() throws IOException {
    String other = "e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c";
    HashSetFormats.Contents c =
        read(
            "hma-csv",
            file(
                "videos.csv",
                "signal_type,signal_str,collab,category,tags\n"
                    // python-threatexchange vpdq_to_json: "hex,quality,timestamp" strings
                    + "vpdq,\"[\"\""
                    + PDQ
                    + ",100,0.0\"\", \"\""
                    + other
                    + ",42,1.5\"\"]\",tape-7,,\n"
                    // its earlier form, keyed by frame number
                    + "vpdq,\"{\"\"1\"\": {\"\"quality\"\": 80, \"\"hash\"\": \"\""
                    + other
                    + "\"\", \"\"timestamp\"\": 2.0}, \"\"0\"\": {\"\"quality\"\": 90,"
                    + " \"\"hash\"\": \"\""
                    + PDQ
                    + "\"\", \"\"timestamp\"\": 1.0}}\",tape-8,,\n"
                    + "vpdq,\"[\"\"abc,100,0.0\"\"]\",x,,\n"
                    + "vpdq,[],x,,\n"
                    + "vpdq,\"{\"\"1\"\": {\"\"quality\"\": 80.5, \"\"hash\"\": \"\""
                    + other
                    + "\"\", \"\"timestamp\"\": 2.0}}\",x,,\n"
                    + "vpdq,\"{\"\"1\"\": {\"\"quality\"\": 80, \"\"hash\"\": \"\""
                    + other
                    + "\"\", \"\"timestamp\"\": 2.0}, \"\"01\"\": {\"\"quality\"\": 80,"
                    + " \"\"hash\"\": \"\""
                    + PDQ
                    + "\"\", \"\"timestamp\"\": 1.0}}\",x,,\n"
                    + "vpdq,\"[\"\""
                    + PDQ
                    + ",101,0.0\"\"]\",x,,\n"));
    HashValue a = HashValue.parse(HashKind.PDQ, PDQ);
    HashValue b = HashValue.parse(HashKind.PDQ, other);
    assertThat(c.entries()).hasSize(2);
    assertThat(c.entries().get(0).hashes()).isEmpty();
    assertThat(c.entries().get(0).video())
        .containsExactly(new VpdqFeature(a, 100, 0.0), new VpdqFeature(b, 42, 1.5));
    assertThat(c.entries().get(0).label()).contains("tape-7");
    assertThat(c.entries().get(1).video())
        .containsExactly(new VpdqFeature(a, 90, 1.0), new VpdqFeature(b, 80, 2.0));
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(4L, 5L, 6L, 7L, 8L);
    assertThat(c.problems().get(0).reason()).contains("PDQ");
    assertThat(c.problems().get(1).reason()).contains("no frames");
    assertThat(c.problems().get(2).reason()).contains("whole number");
    assertThat(c.problems().get(3).reason()).contains("twice");
    assertThat(c.problems().get(4).reason()).contains("quality");

    Path out = dir.resolve("out.csv");
    HashSetFormats.byName("hma-csv").orElseThrow().write(out, c.entries().stream());
    assertThat(Files.readString(out))
        .startsWith(
            "signal_type,signal_str,collab,category,tags\n"
                + "vpdq,\"[\"\""
                + PDQ
                + ",100,0.0\"\", \"\""
                + other
                + ",42,1.5\"\"]\",tape-7,,\n");
    assertThat(read("hma-csv", out).entries()).isEqualTo(c.entries());
  }

  @Test
  void nsrlV2ReadsQuotedRowsWithBothHashesAndReportsBadRows() throws IOException {
    String header =
        "\"SHA-1\",\"MD5\",\"CRC32\",\"FileName\",\"FileSize\",\"ProductCode\",\"OpSystemCode\",\"SpecialCode\"\n";
    Path f =
        file(
            "NSRLFile.txt",
            header
                + "\""
                + SHA1_EMPTY.toUpperCase(Locale.ROOT)
                + "\",\""
                + MD5_EMPTY.toUpperCase(Locale.ROOT)
                + "\",\"00000000\",\"empty, \"\"quoted\"\".txt\",0,1234,\"WIN\",\"\"\n"
                + "\""
                + SHA1_EMPTY
                + "\",\"NOTAHASH\",\"0\",\"x\",1,1,\"a\",\"\"\n"
                + "\""
                + SHA1_EMPTY
                + "\",\""
                + MD5_EMPTY
                + "\",\"0\",\"x\",big,1,\"a\",\"\"\n"
                + "\"broken\n");
    HashSetFormats.Contents c = read("nsrl-v2", f);
    assertThat(c.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.hash(HashKind.SHA1).orElseThrow().toHex()).isEqualTo(SHA1_EMPTY);
              assertThat(e.hash(HashKind.MD5).orElseThrow().toHex()).isEqualTo(MD5_EMPTY);
              assertThat(e.name()).contains("empty, \"quoted\".txt");
              assertThat(e.size()).hasValue(0);
              assertThat(e.label()).contains("1234");
            });
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(3L, 4L, 5L);
  }
}
