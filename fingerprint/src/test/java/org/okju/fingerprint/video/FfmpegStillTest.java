package org.okju.fingerprint.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FFmpeg as the decoder of last resort for still pictures: its pixels are the picture's, and it
 * takes nothing that is not a still picture.
 */
class FfmpegStillTest {
  @TempDir Path tmp;

  private static Path vector(String relative) {
    return VideoVectors.root().resolve(relative);
  }

  /** An 8-bit RGB PNG needs no colour conversion: FFmpeg's pixels must be ImageIO's, exactly. */
  @Test
  void aPngDecodesToTheSamePixelsAsImageIo() throws Exception {
    Path png = vector("pdq/data/reg-test-input/pen-and-coaster.png");
    BufferedImage expected = ImageIO.read(png.toFile());
    BufferedImage ours = FfmpegStill.decode(png, Long.MAX_VALUE);
    assertThat(ours.getWidth()).isEqualTo(expected.getWidth());
    assertThat(ours.getHeight()).isEqualTo(expected.getHeight());
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        if ((ours.getRGB(x, y) & 0xffffff) != (expected.getRGB(x, y) & 0xffffff)) {
          throw new AssertionError("pixel " + x + "," + y + " differs");
        }
      }
    }
  }

  @Test
  void aVideoATextFileAndAnOversizedPictureAreRefused() throws Exception {
    Path video = vector("tmk/sample-videos/chair-20-sd-bar.mp4");
    assertThatThrownBy(() -> FfmpegStill.decode(video, Long.MAX_VALUE))
        .isInstanceOf(VideoDecodeException.class)
        .hasMessageContaining("not a still picture");
    Path text =
        Files.writeString(tmp.resolve("note.txt"), "not a picture\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FfmpegStill.decode(text, Long.MAX_VALUE))
        .isInstanceOf(VideoDecodeException.class);
    Path png = vector("pdq/data/reg-test-input/pen-and-coaster.png");
    assertThatThrownBy(() -> FfmpegStill.decode(png, 1000))
        .isInstanceOf(VideoDecodeException.class)
        .hasMessageContaining("over the limit");
  }
}
