package org.okju.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.fingerprint.Pdq256;

class HammingIndexFileTest {
  @TempDir Path dir;

  private Path saved(int n) throws IOException {
    PackedHashes hashes = TestHashes.clustered(n, new SplittableRandom(11));
    Path file = dir.resolve("hashes.okjuidx");
    MultiIndexHashIndex.build(hashes, 16).save(file);
    return file;
  }

  @Test
  void aSavedIndexOpensWithTheSameHashesIdsAndAnswers() throws IOException {
    PackedHashes hashes = TestHashes.clustered(500, new SplittableRandom(3));
    MultiIndexHashIndex built = MultiIndexHashIndex.build(hashes, 13);
    Path file = dir.resolve("round-trip.okjuidx");
    built.save(file);
    MultiIndexHashIndex opened = MultiIndexHashIndex.open(file);
    assertThat(opened.size()).isEqualTo(500);
    assertThat(opened.substrings()).isEqualTo(13);
    for (int o = 0; o < 500; o++) {
      assertThat(opened.hash(o)).isEqualTo(hashes.hash(o));
      assertThat(opened.id(o)).isEqualTo(hashes.id(o));
    }
    Pdq256 needle = hashes.hash(17);
    assertThat(opened.query(needle, 31)).isEqualTo(built.query(needle, 31));
  }

  @Test
  void savingLeavesOnlyTheTargetFileBehind() throws IOException {
    Path file = saved(50);
    MultiIndexHashIndex.build(TestHashes.uniform(60, new SplittableRandom(1)), 16).save(file);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
    assertThat(MultiIndexHashIndex.open(file).size()).isEqualTo(60);
  }

  @Test
  void aFlippedByteAnywhereAfterTheVersionIsReportedAsCorruptNamingTheFile() throws IOException {
    Path file = saved(200);
    byte[] good = Files.readAllBytes(file);
    SplittableRandom rnd = new SplittableRandom(5);
    int[] positions = {
      0,
      5,
      30,
      40,
      HammingIndexFile.HEADER_BYTES,
      HammingIndexFile.HEADER_BYTES + 3,
      good.length - 1,
      good.length - 9,
      good.length - 16
    };
    int[] some = rnd.ints(40, 24, good.length).toArray();
    for (int at : concat(positions, some)) {
      byte[] bad = good.clone();
      bad[at] ^= (byte) (1 << rnd.nextInt(8));
      Files.write(file, bad);
      assertThatThrownBy(() -> MultiIndexHashIndex.open(file))
          .as("byte %d flipped", at)
          .isInstanceOf(CorruptFileException.class)
          .hasMessageContaining(file.toString());
    }
  }

  @Test
  void aTruncatedFileIsCorrupt() throws IOException {
    Path file = saved(100);
    byte[] good = Files.readAllBytes(file);
    for (int keep : new int[] {0, 10, 300, good.length - 1}) {
      Files.write(file, Arrays.copyOf(good, keep));
      assertThatThrownBy(() -> MultiIndexHashIndex.open(file))
          .isInstanceOf(CorruptFileException.class)
          .hasMessageContaining(file.toString());
    }
  }

  @Test
  void anotherFormatVersionIsRefusedWithBothVersions() throws IOException {
    Path file = saved(100);
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(20, 2);
    Files.write(file, bytes);
    assertThatThrownBy(() -> MultiIndexHashIndex.open(file))
        .isInstanceOfSatisfying(
            UnsupportedFormatVersionException.class,
            e -> {
              assertThat(e.actual()).isEqualTo(2);
              assertThat(e.maxSupported()).isEqualTo(1);
              assertThat(e.file()).isEqualTo(file);
            })
        .hasMessageContaining("format version 2");
  }

  @Test
  void aFileOfAnotherKindIsCorrupt() throws IOException {
    Path file = dir.resolve("not-an-index.okjuidx");
    Files.write(file, new byte[4096]);
    assertThatThrownBy(() -> MultiIndexHashIndex.open(file))
        .isInstanceOf(CorruptFileException.class)
        .hasMessageContaining("not an okju index file");
  }

  private static int[] concat(int[] a, int[] b) {
    int[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
