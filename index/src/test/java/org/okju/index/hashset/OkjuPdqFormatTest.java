package org.okju.index.hashset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** okju pdq's own output as a hash list, and plain 64-digit lists that must be told their kind. */
class OkjuPdqFormatTest {
  static final String A = "f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95";
  static final String B = "0000000000000000000000000000000000000000000000000000000000000001";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void plainAndDihedralRowsAreDetectedAndEachHashIsAnEntry() throws IOException {
    Path plain = file("p.csv", A + ",100,/photos/a, with comma.jpg\n" + B + ",12,b.jpg\n");
    assertThat(HashSetFormats.detect(plain).map(HashSetFormat::name)).contains("okju-pdq");
    HashSetFormats.Contents c = HashSetFormats.readAll(new OkjuPdqFormat(), plain);
    assertThat(c.problems()).isEmpty();
    assertThat(c.entries()).extracting(e -> e.hashes().get(0).toHex()).containsExactly(A, B);
    assertThat(c.entries()).allSatisfy(e -> assertThat(e.name()).isEmpty());

    String eight = String.join(",", A, B, A, B, A, B, A, B);
    Path dihedral = file("d.csv", eight + ",90,x.jpg\n");
    assertThat(HashSetFormats.detect(dihedral).map(HashSetFormat::name)).contains("okju-pdq");
    HashSetFormats.Contents d = HashSetFormats.readAll(new OkjuPdqFormat(), dihedral);
    assertThat(d.entries()).hasSize(8).allSatisfy(e -> assertThat(e.line()).isEqualTo(1));
  }

  @Test
  void malformedRowsAreReportedByLine() throws IOException {
    Path f = file("m.csv", A + ",100,a.jpg\n" + A + "," + B + ",7,two.jpg\n" + A + ",x,q.jpg\n");
    HashSetFormats.Contents c = HashSetFormats.readAll(new OkjuPdqFormat(), f);
    assertThat(c.entries()).hasSize(1);
    assertThat(c.problems()).extracting(ParseProblem::line).containsExactly(2L, 3L);
  }

  @Test
  void aPlainListOf64DigitValuesIsAmbiguousUntilToldWhichKind() throws IOException {
    Path only = file("h.txt", "# partner list\n" + A + "\n" + B.toUpperCase(Locale.ROOT) + "\n");
    assertThat(PlainHexFormat.onlySixtyFourDigits(only)).isTrue();
    Path mixed = file("m.txt", "d41d8cd98f00b204e9800998ecf8427e\n" + A + "\n");
    assertThat(PlainHexFormat.onlySixtyFourDigits(mixed)).isFalse();
    assertThat(PlainHexFormat.onlySixtyFourDigits(file("e.txt", "# nothing\n"))).isFalse();
    HashSetFormats.Contents pdq =
        HashSetFormats.readAll(PlainHexFormat.assuming(HashKind.PDQ), only);
    assertThat(pdq.entries())
        .allSatisfy(e -> assertThat(e.hashes().get(0).kind()).isEqualTo(HashKind.PDQ));
    HashSetFormats.Contents sha =
        HashSetFormats.readAll(PlainHexFormat.assuming(HashKind.SHA256), only);
    assertThat(sha.entries())
        .allSatisfy(e -> assertThat(e.hashes().get(0).kind()).isEqualTo(HashKind.SHA256));
  }
}
