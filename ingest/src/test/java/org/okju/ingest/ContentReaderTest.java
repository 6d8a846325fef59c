package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.Digests;
import org.okju.evidence.PathBytes;
import org.okju.evidence.posix.OpenedFile;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * The reading path of an ingest (a file opened through {@link ReadOnlyFiles}, read in chunks of
 * {@link ReadOnlyFiles#READ_BYTES} after the type-detection head, each chunk fed to the three
 * digests) gives the JDK's digests of the whole file at every size where a chunk boundary can go
 * wrong.
 */
class ContentReaderTest {
  private static final int CHUNK = ReadOnlyFiles.READ_BYTES;
  private static final int HEAD = TypeDetector.HEAD_BYTES;

  @TempDir Path tmp;

  @Test
  void digestsEqualTheJdksAtEveryChunkBoundary() throws Exception {
    int[] sizes = {
      0,
      1,
      63,
      64,
      65,
      HEAD - 1,
      HEAD,
      HEAD + 1,
      CHUNK - 1,
      CHUNK,
      CHUNK + 1,
      HEAD + CHUNK - 1,
      HEAD + CHUNK,
      HEAD + CHUNK + 1,
      3 * CHUNK + 17
    };
    Random random = new Random(20261205L);
    TypeDetector detector = new TypeDetector();
    ReadOnlyFiles files = new ReadOnlyFiles();
    // One reader for every file, as a worker keeps one: what one file leaves behind must not leak
    // into the next one's digests.
    ContentReader reader =
        new ContentReader(detector, new KeepPolicy(false, false), tmp.resolve("work"), 64 << 20);
    for (int size : sizes) {
      byte[] data = new byte[size];
      random.nextBytes(data);
      Path f = Files.write(tmp.resolve("item-" + size + ".bin"), data);
      ReadResult r;
      try (OpenedFile in = files.openFile(PathBytes.of(f))) {
        r = reader.read(in, "item.bin".getBytes(StandardCharsets.UTF_8), ContentReader.Budget.NONE);
      }
      r.content().ifPresent(Content::close);
      assertThat(r.size()).as("size %d", size).isEqualTo(size);
      Digests d = r.digests();
      assertThat(d.md5().orElseThrow().bytes())
          .as("MD5 of %d bytes", size)
          .isEqualTo(jdk("MD5", data));
      assertThat(d.sha1().orElseThrow().bytes())
          .as("SHA-1 of %d bytes", size)
          .isEqualTo(jdk("SHA-1", data));
      assertThat(d.sha256().orElseThrow().bytes())
          .as("SHA-256 of %d bytes", size)
          .isEqualTo(jdk("SHA-256", data));
    }
  }

  private static byte[] jdk(String algorithm, byte[] data) throws Exception {
    return MessageDigest.getInstance(algorithm).digest(data);
  }
}
