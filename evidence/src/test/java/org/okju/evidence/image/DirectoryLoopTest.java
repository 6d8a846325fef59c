package org.okju.evidence.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.okju.evidence.PathBytes;
import org.okju.evidence.posix.ReadOnlyFiles;
import org.okju.evidence.tool.ToolRunner;

/**
 * A corrupted FAT whose directory tree loops (a subdirectory's entry pointing back at its parent's
 * cluster) is listed without hanging, the rest of the drive is listed, and the loop is an error on
 * the image, because the files the damaged entry led to are gone from the listing.
 */
class DirectoryLoopTest {
  @TempDir Path tmp;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aDirectoryLoopInACorruptedFatIsAnErrorAndTheRestIsListed() throws Exception {
    TestImages.Fat32 fat = TestImages.fat32(tmp);
    String i = fat.image().toString();
    Files.writeString(tmp.resolve("note.txt"), "a fictional note\n");
    TestImages.run(tmp, "mmd", "-i", i, "::/DCIM/SUB");
    TestImages.run(tmp, "mcopy", "-i", i, tmp.resolve("note.txt").toString(), "::/DCIM/SUB/N.TXT");
    pointBack(fat.image(), "DCIM", "SUB");

    try (DiskImage d =
        DiskImage.open(
            new ReadOnlyFiles(),
            PathBytes.of(fat.image()),
            ImageFormat.RAW,
            tmp.resolve("work"),
            new ToolRunner())) {
      ImageListing l = d.list();
      assertThat(l.entries())
          .extracting(ImageEntry::imagePath)
          .contains("p0/memo.txt", "p0/DCIM/clip.bin", "p0/DCIM/SUB");
      assertThat(l.problems())
          .filteredOn(p -> p.kind().equals("directory-loop"))
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.error()).isTrue();
                assertThat(p.message()).startsWith("p0/DCIM/SUB/").contains("p0/DCIM");
              });
    }
  }

  // Makes the entry of directory CHILD inside directory PARENT (both in the root, 8.3 names) point
  // at PARENT's own cluster, as a damaged FAT might: PARENT now contains itself.
  private static void pointBack(Path image, String parent, String child) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "rw")) {
      byte[] boot = new byte[512];
      f.readFully(boot);
      ByteBuffer b = ByteBuffer.wrap(boot).order(ByteOrder.LITTLE_ENDIAN);
      int bytesPerSector = b.getShort(11) & 0xffff;
      int sectorsPerCluster = boot[13] & 0xff;
      long reserved = b.getShort(14) & 0xffff;
      long fatSectors = b.getInt(36) & 0xffffffffL;
      long root = b.getInt(44) & 0xffffffffL;
      long data = (reserved + boot[16] * fatSectors) * bytesPerSector;
      int clusterSize = bytesPerSector * sectorsPerCluster;
      long parentEntry = entry(f, data, clusterSize, root, parent);
      long parentCluster = cluster(f, parentEntry);
      long childEntry = entry(f, data, clusterSize, parentCluster, child);
      byte[] hi = {(byte) (parentCluster >> 16), (byte) (parentCluster >> 24)};
      byte[] lo = {(byte) parentCluster, (byte) (parentCluster >> 8)};
      f.seek(childEntry + 20);
      f.write(hi);
      f.seek(childEntry + 26);
      f.write(lo);
    }
  }

  private static long entry(RandomAccessFile f, long data, int clusterSize, long dir, String name)
      throws IOException {
    byte[] want = String.format("%-11s", name).getBytes(StandardCharsets.US_ASCII);
    long at = data + (dir - 2) * clusterSize;
    byte[] e = new byte[32];
    for (int i = 0; i < clusterSize; i += 32) {
      f.seek(at + i);
      f.readFully(e);
      if (e[11] != 0x0f && java.util.Arrays.equals(e, 0, 11, want, 0, 11)) {
        return at + i;
      }
    }
    throw new AssertionError(name + " not found in the directory at cluster " + dir);
  }

  private static long cluster(RandomAccessFile f, long entry) throws IOException {
    byte[] e = new byte[32];
    f.seek(entry);
    f.readFully(e);
    ByteBuffer b = ByteBuffer.wrap(e).order(ByteOrder.LITTLE_ENDIAN);
    return (long) (b.getShort(20) & 0xffff) << 16 | (b.getShort(26) & 0xffff);
  }
}
