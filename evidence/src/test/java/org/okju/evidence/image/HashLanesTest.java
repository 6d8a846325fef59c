package org.okju.evidence.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two lanes give md5sum's, sha1sum's and sha256sum's answers for blocks of every length handed
 * over faster than the lanes hash them, so that a buffer given back to the reader before both lanes
 * are done with it (a new block written over one still being hashed) would show as a wrong hash.
 */
class HashLanesTest {
  @TempDir Path tmp;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void theLanesHashEveryBlockInOrderAsCoreutilsDoes() throws Exception {
    int block = 64 << 10;
    Random random = new Random(14);
    Path whole = tmp.resolve("media.bin");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HashLanes lanes = new HashLanes(block)) {
      for (int i = 0; i < 300; i++) {
        byte[] buffer = lanes.buffer();
        // Short blocks too (a truncated image's last read, an odd media size).
        int length = i % 7 == 3 ? 1 + random.nextInt(block) : block;
        random.nextBytes(buffer);
        out.write(buffer, 0, length);
        lanes.submit(buffer, length);
      }
      Files.write(whole, out.toByteArray());
      List<String> hashes = lanes.finish();
      assertThat(hashes)
          .containsExactly(sum("md5sum", whole), sum("sha1sum", whole), sum("sha256sum", whole));
    }
  }

  @Test
  @Timeout(value = 1, unit = TimeUnit.MINUTES)
  void nothingSubmittedIsTheHashOfNoBytesAndABufferGivenBackIsReused() throws Exception {
    try (HashLanes lanes = new HashLanes(1024)) {
      for (int i = 0; i < 20; i++) { // more than the lanes' buffers: each must come back
        lanes.giveBack(lanes.buffer());
      }
      assertThat(lanes.finish())
          .containsExactly(
              "d41d8cd98f00b204e9800998ecf8427e",
              "da39a3ee5e6b4b0d3255bfef95601890afd80709",
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
  }

  private static String sum(String tool, Path file) throws IOException, InterruptedException {
    return TestImages.run(file.getParent(), tool, file.toString()).split("\\s+", 2)[0];
  }
}
