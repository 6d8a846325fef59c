package org.okju.evidence.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spool holds the same bytes, mapped to the same media offsets, however the media's bytes are
 * cut into blocks on their way past it (the pass's 1 MiB blocks, odd short ones, one stretch at a
 * time as the carver reads them itself): sector-aligned stretches, MiB windows from each stretch's
 * first sector, whole windows of zeros left out, and nothing outside the stretches.
 */
class UnallocatedSpoolTest {
  private static final int MIB = 1 << 20;

  @TempDir Path tmp;

  // 9 MiB of media: random bytes with zeros at [2 MiB + 700, 5 MiB + 300): one of the third
  // stretch's windows is all zeros (left out), its neighbours are partly zeros (kept).
  private static byte[] media() {
    byte[] m = new byte[9 * MIB];
    new Random(14).nextBytes(m);
    Arrays.fill(m, 2 * MIB + 700, 5 * MIB + 300, (byte) 0);
    return m;
  }

  // {offset, length}: unaligned ends, one stretch shorter than a sector, one over the zeros.
  private static final List<long[]> STRETCHES =
      List.of(
          new long[] {100, 3000},
          new long[] {4096, 200},
          new long[] {MIB + 5, 4L * MIB + 1000},
          new long[] {7L * MIB - 513, MIB + 1030});

  @Test
  void theSpoolIsTheSameHoweverTheMediaIsCutIntoBlocks() throws Exception {
    byte[] media = media();
    Expected want = expected(media, STRETCHES);
    assertThat(want.map).hasSizeGreaterThan(2); // the zeros split the third stretch
    Random random = new Random(7);
    for (int cut : new int[] {MIB, 4096, 0}) {
      try (UnallocatedSpool spool = UnallocatedSpool.create(tmp.resolve("w" + cut), STRETCHES)) {
        for (int at = 0; at < media.length; ) {
          int n = cut > 0 ? cut : 1 + random.nextInt(3 * MIB);
          n = Math.min(n, media.length - at);
          // The sink gets the pass's buffer: a copy at another index shows any offset mistake.
          byte[] block = new byte[n + 17];
          System.arraycopy(media, at, block, 0, n);
          spool.accept(at, block, n);
          at += n;
        }
        spool.finish();
        assertThat(spool.complete()).isTrue();
        assertThat(spool.failure()).isEmpty();
        assertThat(Files.readAllBytes(spool.file())).isEqualTo(want.bytes);
        assertThat(runs(spool.map(), want.bytes.length)).isEqualTo(want.map);
      }
    }
  }

  @Test
  void bytesThatStopComingLeaveWhatCameAndSayWhere() throws Exception {
    byte[] media = media();
    Path dir;
    try (UnallocatedSpool spool = UnallocatedSpool.create(tmp, STRETCHES)) {
      dir = spool.directory();
      spool.accept(0, media, 3 * MIB + 4096); // a truncated image: the pass stops here
      spool.finish();
      assertThat(spool.complete()).isFalse();
      assertThat(spool.copiedUpTo()).isEqualTo(3L * MIB + 4096);
      byte[] spooled = Files.readAllBytes(spool.file());
      // The first stretch whole (the second holds no whole sector), the third from its first sector
      // to where the bytes stopped
      // (its window of zeros from 2 MiB + 512 on is not whole, so it is kept).
      assertThat(spooled.length).isEqualTo(2560 + (3 * MIB + 4096 - (MIB + 512)));
    }
    assertThat(dir).doesNotExist();
  }

  private static final class Expected {
    final byte[] bytes;
    final List<List<Long>> map;

    Expected(byte[] bytes, List<List<Long>> map) {
      this.bytes = bytes;
      this.map = map;
    }
  }

  // The spool as Carver built it before the pass fed it: each stretch sector-aligned, read a MiB
  // at a time from its first sector, whole MiB reads of zeros left out.
  private static Expected expected(byte[] media, List<long[]> stretches) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SpoolMap map = new SpoolMap();
    for (long[] g : stretches) {
      long start = (g[0] + 511) / 512 * 512;
      long end = (g[0] + g[1]) / 512 * 512;
      for (long at = start; at < end; at += MIB) {
        int n = (int) Math.min(MIB, end - at);
        byte[] w = Arrays.copyOfRange(media, (int) at, (int) at + n);
        if (n == MIB && Arrays.equals(w, new byte[MIB])) {
          continue;
        }
        map.add(at, n);
        out.write(w, 0, n);
      }
    }
    return new Expected(out.toByteArray(), runs(map, out.size()));
  }

  private static List<List<Long>> runs(SpoolMap map, long size) {
    List<List<Long>> out = new ArrayList<>();
    for (ByteRun r : map.toImage(0, size, 0)) {
      out.add(List.of(r.fileOffset(), r.imageOffset(), r.length()));
    }
    return out;
  }
}
