package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HEIC (as phones save photos) and AVIF (as web servers send pictures), made at test time from the
 * bridge photo with libheif's own encoder: okju decodes them to exactly the pixels libheif's
 * converter writes, from a file and from its bytes alike, and they hash as copies of the JPEG they
 * were made from. Before {@link HeifDecoder} no decoder read them: a phone's photos got no PDQ.
 */
class HeifPicturesTest {
  private static final PdqHasher HASHER = new PdqHasher();
  private static final ImageDecoder DECODER = new ImageDecoder();
  private static Pdq256 bridgeHash;

  @TempDir static Path dir;

  @BeforeAll
  static void hashTheBridge() throws Exception {
    bridgeHash = HASHER.hash(DECODER.decode(bridge())).hash();
  }

  private static Path bridge() {
    return TestVectors.file("pdq/data/bridge-mods/aaa-orig.jpg");
  }

  @ParameterizedTest
  @ValueSource(strings = {"heic", "avif"})
  void decodesToLibheifsPixelsAndHashesAsACopyOfTheJpeg(String format) throws Exception {
    Path encoded = dir.resolve("bridge." + format);
    if (format.equals("avif")) {
      run("heif-enc", "--avif", "-q", "70", "-o", encoded, bridge());
    } else {
      run("heif-enc", "-q", "70", "-o", encoded, bridge());
    }
    Path reference = dir.resolve("bridge-" + format + ".png");
    run("heif-convert", encoded, reference);

    BufferedImage fromFile = DECODER.decode(encoded);
    BufferedImage fromBytes =
        DECODER.decodeWithWarnings(Files.readAllBytes(encoded), encoded).image();
    BufferedImage libheif = ImageIO.read(reference.toFile());

    assertThat(rgb(fromFile)).isEqualTo(rgb(libheif));
    assertThat(rgb(fromBytes)).isEqualTo(rgb(libheif));
    Pdq256 hash = HASHER.hash(fromFile).hash();
    assertThat(hash).isEqualTo(HASHER.hash(libheif).hash());
    assertThat(hash.distance(bridgeHash)).isLessThanOrEqualTo(31);
  }

  @Test
  void aDamagedHeicIsAnErrorNamingTheFileNotACrash() throws Exception {
    Path whole = dir.resolve("whole.heic");
    run("heif-enc", "-q", "50", "-o", whole, bridge());
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = dir.resolve("truncated.heic");
    Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));
    byte[] garbage = Arrays.copyOf(bytes, bytes.length);
    for (int i = 200; i < garbage.length; i += 7) {
      garbage[i] = (byte) (garbage[i] * 31 + i);
    }
    Path scrambled = dir.resolve("scrambled.heic");
    Files.write(scrambled, garbage);

    for (Path damaged : List.of(truncated, scrambled)) {
      assertThatThrownBy(() -> DECODER.decode(damaged))
          .isInstanceOf(ImageDecodeException.class)
          .satisfies(e -> assertThat(((ImageDecodeException) e).file()).isEqualTo(damaged));
    }
  }

  @Test
  void aHeicDeclaringMorePixelsThanTheLimitIsRefusedBeforeDecoding() throws Exception {
    Path heic = dir.resolve("limit.heic");
    run("heif-enc", "-q", "50", "-o", heic, bridge());
    assertThatThrownBy(() -> new ImageDecoder(1000).decode(heic))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("exceeds the limit of 1000 pixels");
  }

  /** A lossy WebP read into memory first (as ingest and the web monitor do) decodes as the file. */
  @Test
  void aLossyWebpDecodesTheSameFromItsBytesAsFromItsFile() throws Exception {
    Path webp = TestVectors.file("pdq/data/misc-images/modes/PA.webp");
    BufferedImage fromFile = DECODER.decode(webp);
    BufferedImage fromBytes = DECODER.decodeWithWarnings(Files.readAllBytes(webp), webp).image();
    assertThat(rgb(fromBytes)).isEqualTo(rgb(fromFile));
  }

  private static int[] rgb(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  private static void run(Object... command) throws IOException, InterruptedException {
    List<String> args = Arrays.stream(command).map(Object::toString).toList();
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    byte[] output = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", args).isTrue();
    assertThat(p.exitValue())
        .as("%s: %s", args, new String(output, StandardCharsets.UTF_8))
        .isZero();
  }
}
