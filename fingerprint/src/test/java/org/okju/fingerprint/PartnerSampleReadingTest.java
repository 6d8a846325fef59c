package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The images on which hashers disagree (grey, grey+alpha, 16-bit grey, CMYK), each against every
 * reference value the test vectors hold for it: the Java reference's with {@link
 * SampleReading#JDK}, HMA's (python-threatexchange's pinned test values) and the C++ tool's with
 * {@link SampleReading#RAW}.
 */
class PartnerSampleReadingTest {
  private static final PdqHasher HASHER = new PdqHasher();
  private static final ImageDecoder DECODER = new ImageDecoder();
  private static final String PYTX =
      "python-threatexchange/threatexchange/tests/hashing/resources/";

  static Stream<Arguments> vectors() {
    return Stream.of(
        Arguments.of("grey", "pdq/data/misc-images/modes/L.png"),
        Arguments.of("grey+alpha", "pdq/data/misc-images/modes/LA.png"),
        Arguments.of("grey+alpha", PYTX + "LA.png"),
        Arguments.of("16-bit grey", PYTX + "I16.png"),
        Arguments.of("CMYK", "pdq/data/misc-images/modes/CMYK.jpg"));
  }

  private static Optional<String[]> row(String csv, String path) {
    return TestVectors.csvRows(csv).stream().filter(r -> r[0].equals(path)).findFirst();
  }

  private static PdqResult hash(String path, PdqHasher.Resolution res, SampleReading reading)
      throws ImageDecodeException {
    BufferedImage image = DECODER.decode(TestVectors.file(path));
    return HASHER.hash(image, res, reading, new PdqScratch());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("vectors")
  void jdkReadingReproducesTheJavaReference(String kind, String path) throws Exception {
    String[] java = row("derived/pdq-java-ref-hashes.csv", path).orElseThrow();
    PdqResult r = hash(path, PdqHasher.Resolution.FULL, SampleReading.JDK);
    assertThat(r.hash().toHex()).isEqualTo(java[1]);
    assertThat(r.quality()).isEqualTo(Integer.parseInt(java[2]));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("vectors")
  void rawReadingReproducesTheCppToolAndHma(String kind, String path) throws Exception {
    int compared = 0;
    // HMA's Python hasher, full resolution: python-threatexchange's own pinned values.
    Optional<String[]> hma =
        TestVectors.csvRows("derived/expected-hashes-cited-in-repo-sources.csv").stream()
            .filter(r -> r[0].equals(path) && r[3].equals("pytx pdqhash+PIL fullres"))
            .findFirst();
    if (hma.isPresent()) {
      PdqResult r = hash(path, PdqHasher.Resolution.FULL, SampleReading.RAW);
      assertThat(r.hash().toHex()).isEqualTo(hma.get()[1]);
      assertThat(r.quality()).isEqualTo(Integer.parseInt(hma.get()[2]));
      compared++;
    }
    // The C++ tool (which downsamples over 512 px), except 16-bit grey: ImageMagick's conversion
    // of I16.png matches neither PIL's nor any plain scaling (documented in the README).
    String[] cpp = row("derived/pdq-cpp-cli-hashes.csv", path).orElseThrow();
    PdqResult r = hash(path, PdqHasher.Resolution.DOWNSAMPLE_512, SampleReading.RAW);
    if (kind.equals("16-bit grey")) {
      assertThat(r.hash().distance(Pdq256.parse(cpp[5]))).isGreaterThan(64);
    } else {
      assertThat(r.hash().toHex()).isEqualTo(cpp[5]);
      assertThat(r.quality()).isEqualTo(Integer.parseInt(cpp[6]));
    }
    compared++;
    assertThat(compared).isPositive();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("vectors")
  void theTwoReadingsDifferOnlyWhereTheReferencesDo(String kind, String path) throws Exception {
    PdqResult raw = hash(path, PdqHasher.Resolution.FULL, SampleReading.RAW);
    PdqResult jdk = hash(path, PdqHasher.Resolution.FULL, SampleReading.JDK);
    assertThat(raw.hash().distance(jdk.hash())).as(kind).isPositive();
    // An sRGB photo reads the same either way.
    String photo = "pdq/data/misc-images/modes/RGB.jpg";
    assertThat(hash(photo, PdqHasher.Resolution.FULL, SampleReading.RAW).hash())
        .isEqualTo(hash(photo, PdqHasher.Resolution.FULL, SampleReading.JDK).hash());
  }
}
