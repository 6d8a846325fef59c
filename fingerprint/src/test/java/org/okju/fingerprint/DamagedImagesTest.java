package org.okju.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged, empty and hostile files give a typed error naming the file, never a crash. */
class DamagedImagesTest {
  private final ImageDecoder decoder = new ImageDecoder();

  @TempDir Path dir;

  private Path prefixOf(String vector, int bytes, String name) throws IOException {
    byte[] all = Files.readAllBytes(TestVectors.file(vector));
    Path file = dir.resolve(name);
    Files.write(file, Arrays.copyOf(all, bytes));
    return file;
  }

  @Test
  void aTruncatedJpegDecodesPartlyAndIsFlaggedAsDamaged() throws Exception {
    Path file = prefixOf("pdq/data/bridge-mods/aaa-orig.jpg", 150_000, "truncated.jpg");
    DecodedImage decoded = decoder.decodeWithWarnings(file);
    assertThat(decoded.damaged()).isTrue();
    assertThat(decoded.warnings()).anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("end"));
  }

  @Test
  void aTruncatedPngIsAnErrorNamingTheFile() throws Exception {
    Path file = prefixOf("pdq/data/misc-images/c.png", 300_000, "truncated.png");
    assertThatThrownBy(() -> decoder.decode(file))
        .isInstanceOfSatisfying(
            ImageDecodeException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file);
              assertThat(e.reason()).contains("corrupt or truncated");
            });
  }

  @Test
  void aTruncatedLossyWebpIsAnErrorNamingTheFile() throws Exception {
    for (int bytes : new int[] {25, 20_000}) {
      Path file = prefixOf("pdq/data/misc-images/modes/F.webp", bytes, "cut-" + bytes + ".webp");
      assertThatThrownBy(() -> decoder.decode(file))
          .isInstanceOfSatisfying(
              ImageDecodeException.class,
              e -> assertThat(e.reason()).contains("corrupt or truncated image (WebP)"));
    }
  }

  @Test
  void anEmptyFileIsAnError() throws Exception {
    Path file = Files.createFile(dir.resolve("empty.jpg"));
    assertThatThrownBy(() -> decoder.decode(file))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("empty file");
  }

  @Test
  void randomBytesAndADirectoryAreErrors() throws Exception {
    byte[] noise = new byte[4096];
    new SplittableRandom(7).nextBytes(noise);
    Path file = Files.write(dir.resolve("noise.jpg"), noise);
    assertThatThrownBy(() -> decoder.decode(file))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("not an image format");
    assertThatThrownBy(() -> decoder.decode(dir))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("not a regular file");
  }

  @Test
  void aHeaderDeclaringAHugeCanvasIsRefusedBeforeDecoding() throws Exception {
    Path file = dir.resolve("huge.png");
    java.awt.image.BufferedImage small =
        new java.awt.image.BufferedImage(2000, 2000, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
    javax.imageio.ImageIO.write(small, "png", file.toFile());
    ImageDecoder strict = new ImageDecoder(1_000_000);
    assertThatThrownBy(() -> strict.decode(file))
        .isInstanceOf(ImageDecodeException.class)
        .hasMessageContaining("exceeds the limit");
  }
}
