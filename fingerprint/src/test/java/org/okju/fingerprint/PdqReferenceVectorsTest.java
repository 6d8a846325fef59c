package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden vectors: okju's PDQ against the reference programs' own output, bit for bit. The Java
 * reference's rows are reproduced with {@link SampleReading#JDK}; the C++ tool's and HMA's with the
 * default {@link SampleReading#RAW}.
 */
class PdqReferenceVectorsTest {
  private static final PdqHasher HASHER = new PdqHasher();
  private static final ImageDecoder DECODER = new ImageDecoder();

  static Stream<Arguments> javaReferenceRows() {
    return TestVectors.csvRows("derived/pdq-java-ref-hashes.csv").stream()
        .filter(r -> !r[1].isEmpty())
        .map(r -> Arguments.of(r[0], r[1], Integer.parseInt(r[2])));
  }

  static Stream<Arguments> cppReferenceRows() {
    return cppRgbRows().map(PdqReferenceVectorsTest::pathHashQuality);
  }

  // Every row but the 16-bit grey one: ImageMagick turned I16.png into neither PIL's clipped nor
  // a scaled 8-bit picture (130 bits from HMA's value; see PartnerSampleReadingTest).
  private static Stream<String[]> cppRgbRows() {
    return TestVectors.csvRows("derived/pdq-cpp-cli-hashes.csv").stream()
        .filter(r -> !r[0].endsWith("I16.png"));
  }

  private static Arguments pathHashQuality(String[] r) {
    return Arguments.of(r[0], r[5], Integer.parseInt(r[6]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("javaReferenceRows")
  void fullResolutionHashEqualsTheJavaReference(String path, String hex, int quality)
      throws Exception {
    BufferedImage image = DECODER.decode(TestVectors.file(path));
    PdqResult r =
        HASHER.hash(image, PdqHasher.Resolution.FULL, SampleReading.JDK, new PdqScratch());
    assertThat(r.hash().toHex()).isEqualTo(hex);
    assertThat(r.quality()).isEqualTo(quality);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cppReferenceRows")
  void downsampledHashEqualsTheCppReference(String path, String hex, int quality) throws Exception {
    BufferedImage image = DECODER.decode(TestVectors.file(path));
    PdqResult r = HASHER.hash(image, PdqHasher.Resolution.DOWNSAMPLE_512, new PdqScratch());
    assertThat(r.hash().toHex()).isEqualTo(hex);
    assertThat(r.quality()).isEqualTo(quality);
  }

  @ParameterizedTest(name = "{9}")
  @MethodSource("cppDihedralRows")
  void downsampledDihedralsEqualTheCppReference(
      String orig,
      String rot90,
      String rot180,
      String rot270,
      String flipX,
      String flipY,
      String flipPlus1,
      String flipMinus1,
      String quality,
      String path)
      throws Exception {
    BufferedImage image = DECODER.decode(TestVectors.file(path));
    PdqDihedralResult r =
        HASHER.dihedral(
            image,
            PdqHasher.Resolution.DOWNSAMPLE_512,
            EnumSet.allOf(Dihedral.class),
            new PdqScratch());
    List<String> expected =
        List.of(orig, rot90, rot180, rot270, flipX, flipY, flipPlus1, flipMinus1);
    List<String> actual =
        EnumSet.allOf(Dihedral.class).stream().map(d -> r.hash(d).toHex()).toList();
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(r.quality()).isEqualTo(Integer.parseInt(quality));
  }

  static Stream<Arguments> cppDihedralRows() {
    return TestVectors.csvRows("derived/pdq-cpp-cli-dihedral.csv").stream()
        .filter(r -> r[9].contains("bridge"))
        .map(r -> Arguments.of((Object[]) r));
  }
}
