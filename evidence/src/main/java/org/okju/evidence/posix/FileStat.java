package org.okju.evidence.posix;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Optional;
import org.okju.evidence.EvidenceTimes;

/**
 * What {@code statx(2)} says about an entry, without following a symlink. statx has one layout on
 * every Linux architecture (unlike {@code struct stat}) and gives the birth time where the
 * filesystem keeps it.
 *
 * @param kind the file type
 * @param size size in bytes
 * @param allocatedBytes bytes actually allocated (512 times {@code stx_blocks}); less than the size
 *     for a sparse file
 * @param times modification, status change, access and (when kept) birth times
 * @param uid the owner's user id
 * @param gid the owner's group id
 * @param inode the inode number
 * @param device the device it lives on ({@code major:minor})
 */
public record FileStat(
    FileKind kind,
    long size,
    long allocatedBytes,
    EvidenceTimes times,
    long uid,
    long gid,
    long inode,
    String device) {
  static final int BUFFER_BYTES = 256;
  static final int STATX_BASIC_STATS = 0x7ff;
  static final int STATX_BTIME = 0x800;

  static FileStat decode(byte[] statx) {
    ByteBuffer b = ByteBuffer.wrap(statx).order(ByteOrder.nativeOrder());
    int mask = b.getInt(0);
    long uid = b.getInt(20) & 0xffffffffL;
    long gid = b.getInt(24) & 0xffffffffL;
    int mode = b.getShort(28) & 0xffff;
    long inode = b.getLong(32);
    long size = b.getLong(40);
    long blocks = b.getLong(48);
    Optional<Instant> birth =
        (mask & STATX_BTIME) != 0 ? Optional.of(time(b, 80)) : Optional.empty();
    EvidenceTimes times =
        new EvidenceTimes(
            Optional.of(time(b, 112)), Optional.of(time(b, 96)), Optional.of(time(b, 64)), birth);
    String device = b.getInt(136) + ":" + b.getInt(140);
    return new FileStat(FileKind.ofMode(mode), size, blocks * 512, times, uid, gid, inode, device);
  }

  private static Instant time(ByteBuffer b, int offset) {
    return Instant.ofEpochSecond(b.getLong(offset), b.getInt(offset + 8) & 0xffffffffL);
  }

  /** Whether most of the file is holes (a sparse file). */
  public boolean sparse() {
    return kind == FileKind.REGULAR && size > (1 << 20) && allocatedBytes < size / 2;
  }
}
