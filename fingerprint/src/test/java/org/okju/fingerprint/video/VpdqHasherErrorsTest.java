package org.okju.fingerprint.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class VpdqHasherErrorsTest {
  private final VpdqHasher hasher = new VpdqHasher();

  @Test
  @DisplayName("a truncated mp4 gives a clear error or the frames before the cut, never a hang")
  void truncatedVideoFailsCleanlyOrYieldsAPrefix(@TempDir Path dir) throws IOException {
    Path source = VideoVectors.video("pattern-sd-grey-bar");
    byte[] all = Files.readAllBytes(source);
    for (int percent : new int[] {1, 10, 50, 90, 99}) {
      Path cut = dir.resolve("cut-" + percent + ".mp4");
      Files.write(cut, Arrays.copyOf(all, (int) ((long) all.length * percent / 100)));
      try {
        List<VpdqFrame> frames = hasher.hash(cut, VpdqOptions.EVERY_FRAME);
        assertThat(frames.size()).as("frames of %d%%", percent).isLessThanOrEqualTo(206);
        for (int i = 0; i < frames.size(); i++) {
          assertThat(frames.get(i).frameNumber()).isEqualTo(i);
        }
      } catch (VideoDecodeException e) {
        assertThat(e.path()).isEqualTo(cut);
        assertThat(e.reason()).isNotBlank();
        assertThat(e.getMessage()).startsWith(cut.toString() + ": ");
      }
    }
  }

  @Test
  @DisplayName("a zero-byte file is a decode error saying it is empty")
  void zeroByteFileIsAnError(@TempDir Path dir) throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.mp4"));
    assertThatThrownBy(() -> hasher.hash(empty))
        .isInstanceOf(VideoDecodeException.class)
        .hasMessageContaining("empty");
  }

  @Test
  @DisplayName("random bytes and a text file are decode errors, not videos")
  void nonVideoFilesAreErrors(@TempDir Path dir) throws IOException {
    byte[] noise = new byte[64 * 1024];
    new Random(42).nextBytes(noise);
    Path bin = Files.write(dir.resolve("noise.mp4"), noise);
    assertThatThrownBy(() -> hasher.hash(bin)).isInstanceOf(VideoDecodeException.class);
    Path text = Files.writeString(dir.resolve("notes.txt"), "not a video\n".repeat(100));
    assertThatThrownBy(() -> hasher.hash(text))
        .isInstanceOf(VideoDecodeException.class)
        .hasMessageContaining("not a video");
  }

  @Test
  @DisplayName("a missing file is a decode error saying so")
  void missingFileIsAnError(@TempDir Path dir) {
    Path missing = dir.resolve("nope.mp4");
    assertThatThrownBy(() -> hasher.hash(missing))
        .isInstanceOf(VideoDecodeException.class)
        .hasMessage(missing + ": no such file");
  }

  @Test
  @DisplayName("a video hashed twice, concurrently, gives the same hashes")
  void concurrentCallsAgree() throws Exception {
    Path video = VideoVectors.video("doorknob-hd-no-bar");
    VpdqOptions opts = new VpdqOptions(0, 64);
    List<VpdqFrame>[] results = newResults();
    Thread t = new Thread(() -> results[0] = hashQuietly(video, opts));
    t.start();
    results[1] = hashQuietly(video, opts);
    t.join();
    assertThat(results[0]).hasSize(120).isEqualTo(results[1]);
  }

  @SuppressWarnings("unchecked")
  private static List<VpdqFrame>[] newResults() {
    return (List<VpdqFrame>[]) new List<?>[2];
  }

  private List<VpdqFrame> hashQuietly(Path video, VpdqOptions opts) {
    try {
      return hasher.hash(video, opts);
    } catch (VideoDecodeException e) {
      throw new AssertionError(e);
    }
  }
}
