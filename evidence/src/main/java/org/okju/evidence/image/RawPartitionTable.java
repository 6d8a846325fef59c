package org.okju.evidence.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * okju's own reading of an MBR or GPT, for when The Sleuth Kit's {@code mmls} refuses the whole
 * table (it does when one entry points past the end of the image: "Starting sector too large for
 * image"), so that the partitions that are there are still read. Primary MBR entries and GPT
 * entries only, numbered {@code p1, p2 …} in table order as {@code mmls} numbers them; an extended
 * partition's logical drives are not followed (the caller says so). Stateless.
 */
final class RawPartitionTable {
  private static final int SECTOR = 512;
  private static final int MAX_GPT_ENTRIES = 1024;

  private RawPartitionTable() {}

  /** What the table says: its partitions and whether an extended partition was left unread. */
  record Table(List<Partition> partitions, boolean extendedSkipped) {}

  /** The partitions the image's first sectors describe; empty when there is no table. */
  static Table read(ImageMedia media) throws IOException {
    byte[] mbr = new byte[SECTOR];
    if (media.read(0, mbr, 0, SECTOR) < SECTOR
        || (mbr[510] & 0xff) != 0x55
        || (mbr[511] & 0xff) != 0xaa) {
      return new Table(List.of(), false);
    }
    // A FAT or NTFS boot sector also ends in 55 AA; its bytes at 446 are boot code, not a table.
    if (!ImageDetector.fileSystemAt(media, 0).equals("unknown") || !plausible(mbr)) {
      return new Table(List.of(), false);
    }
    List<Partition> out = new ArrayList<>();
    boolean extended = false;
    boolean protective = false;
    for (int i = 0; i < 4; i++) {
      int e = 446 + 16 * i;
      int type = mbr[e + 4] & 0xff;
      long start = le32(mbr, e + 8);
      long length = le32(mbr, e + 12);
      if (type == 0 || length == 0) {
        continue;
      }
      if (type == 0xee) {
        protective = true;
        continue;
      }
      if (type == 0x05 || type == 0x0f || type == 0x85) {
        extended = true;
        continue;
      }
      out.add(
          new Partition(
              "p" + (out.size() + 1),
              start * SECTOR,
              length * SECTOR,
              String.format("MBR type 0x%02x", type),
              Optional.empty()));
    }
    if (protective) {
      return new Table(gpt(media), extended);
    }
    return new Table(out, extended);
  }

  private static List<Partition> gpt(ImageMedia media) throws IOException {
    byte[] header = new byte[SECTOR];
    if (media.read(SECTOR, header, 0, SECTOR) < SECTOR
        || !new String(header, 0, 8, StandardCharsets.US_ASCII).equals("EFI PART")) {
      return List.of();
    }
    ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
    long entriesLba = h.getLong(72);
    int count = Math.min(h.getInt(80), MAX_GPT_ENTRIES);
    int size = h.getInt(84);
    if (count <= 0 || size < 128 || size > 4096) {
      return List.of();
    }
    byte[] entries = new byte[count * size];
    int n = media.read(entriesLba * SECTOR, entries, 0, entries.length);
    List<Partition> out = new ArrayList<>();
    ByteBuffer b = ByteBuffer.wrap(entries, 0, n).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; (i + 1) * size <= n; i++) {
      int at = i * size;
      if (b.getLong(at) == 0 && b.getLong(at + 8) == 0) {
        continue;
      }
      long first = b.getLong(at + 32);
      long last = b.getLong(at + 40);
      if (first <= 0 || last < first) {
        continue;
      }
      String name =
          new String(entries, at + 56, Math.min(72, size - 56), StandardCharsets.UTF_16LE)
              .replace("\0", "")
              .strip();
      out.add(
          new Partition(
              "p" + (out.size() + 1),
              first * SECTOR,
              (last - first + 1) * SECTOR,
              name.isEmpty() ? "GPT partition" : name,
              Optional.empty()));
    }
    return out;
  }

  // Each entry's status is 0x00 or 0x80, and a used entry has a start and a length.
  private static boolean plausible(byte[] mbr) {
    for (int i = 0; i < 4; i++) {
      int e = 446 + 16 * i;
      int status = mbr[e] & 0xff;
      if (status != 0 && status != 0x80) {
        return false;
      }
      if ((mbr[e + 4] & 0xff) != 0 && (le32(mbr, e + 8) == 0 || le32(mbr, e + 12) == 0)) {
        return false;
      }
    }
    return true;
  }

  private static long le32(byte[] h, int at) {
    return (h[at] & 0xffL)
        | (h[at + 1] & 0xffL) << 8
        | (h[at + 2] & 0xffL) << 16
        | (h[at + 3] & 0xffL) << 24;
  }
}
