package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okju.casefile.Digests;
import org.okju.evidence.EvidenceStream;
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

  private static final int[] SIZES = {
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

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void openSslIsOnThisMachineAndPassesItsKnownAnswers() {
    // .ci/run installs libssl3; without it every reader would take the JDK's digests (same values,
    // more CPU) and the cases below would test the JDK against itself.
    assertThat(OpenSslDigester.available()).isTrue();
    assertThat(Digester.create()).isInstanceOf(OpenSslDigester.class);
  }

  @ParameterizedTest(name = "{0} digests, a file of a folder")
  @ValueSource(strings = {"OpenSSL", "JDK"})
  void digestsEqualTheJdksAtEveryChunkBoundary(String digests) throws Exception {
    everySize(digests, new KeepPolicy(false, false), false, false);
  }

  @ParameterizedTest(name = "{0} digests, a kept picture's bytes in the heap")
  @ValueSource(strings = {"OpenSSL", "JDK"})
  void aKeptItemsDigestsEqualTheJdks(String digests) throws Exception {
    everySize(digests, new KeepPolicy(true, false), true, false);
  }

  @ParameterizedTest(name = "{0} digests, a stream that reads into the heap")
  @ValueSource(strings = {"OpenSSL", "JDK"})
  void aHeapStreamsDigestsEqualTheJdks(String digests) throws Exception {
    everySize(digests, new KeepPolicy(false, false), false, true);
  }

  private void everySize(String digests, KeepPolicy policy, boolean picture, boolean heapStream)
      throws Exception {
    Random random = new Random(20261205L);
    TypeDetector detector = new TypeDetector();
    ReadOnlyFiles files = new ReadOnlyFiles();
    // One reader for every file, as a worker keeps one: what one file leaves behind must not leak
    // into the next one's digests.
    ContentReader reader =
        new ContentReader(
            detector,
            policy,
            tmp.resolve("work"),
            64 << 20,
            digests.equals("JDK") ? new JdkDigester() : new OpenSslDigester());
    for (int size : SIZES) {
      byte[] data = new byte[size];
      random.nextBytes(data);
      if (picture) {
        System.arraycopy(PNG_SIGNATURE, 0, data, 0, Math.min(size, PNG_SIGNATURE.length));
      }
      Path f = Files.write(tmp.resolve("item-" + size + ".bin"), data);
      ReadResult r;
      try (OpenedFile file = files.openFile(PathBytes.of(f));
          EvidenceStream in = heapStream ? heapOnly(file) : file) {
        r = reader.read(in, "item.bin".getBytes(StandardCharsets.UTF_8), ContentReader.Budget.NONE);
      }
      if (picture && size >= HEAD) {
        assertThat(r.content()).as("kept %d bytes", size).isPresent();
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

  // An archive member's or a disk image's stream: its bytes arrive in the heap.
  private static EvidenceStream heapOnly(EvidenceStream s) {
    return new EvidenceStream() {
      @Override
      public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
        return s.read(buffer, offset, length);
      }

      @Override
      public void close() {}
    };
  }

  private static byte[] jdk(String algorithm, byte[] data) throws Exception {
    return MessageDigest.getInstance(algorithm).digest(data);
  }
}
