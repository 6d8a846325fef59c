package org.okju.evidence.image;

import java.util.List;
import java.util.OptionalLong;
import org.okju.evidence.EvidenceTimes;

/**
 * A file The Sleuth Kit lists in a file system of the image, allocated or deleted.
 *
 * @param partition the partition's name ({@code p1})
 * @param path its path in the file system, as The Sleuth Kit gives it (UTF-8; a name TSK could not
 *     decode is shown with {@code ^})
 * @param inode The Sleuth Kit's metadata address ({@code 12}, or {@code 64-128-4} on NTFS)
 * @param kind what it is
 * @param size its size in bytes
 * @param times its times (to the precision the file system keeps)
 * @param uid its owner's user id, where the file system keeps one
 * @param gid its owner's group id, where the file system keeps one
 * @param deleted whether its name is no longer allocated (deleted, or an orphan)
 * @param runs where its content lies in the image, as TSK maps it (for a deleted file, where TSK
 *     would recover it from)
 * @param directRead whether {@code runs} are the whole content as stored (else TSK must read it:
 *     resident, compressed or encrypted data)
 */
public record ImageEntry(
    String partition,
    String path,
    String inode,
    Kind kind,
    long size,
    EvidenceTimes times,
    OptionalLong uid,
    OptionalLong gid,
    boolean deleted,
    List<ByteRun> runs,
    boolean directRead) {

  /** What a listed name is. */
  public enum Kind {
    FILE,
    DIRECTORY,
    SYMLINK,
    /** Devices, FIFOs, sockets and what the file system keeps for itself. */
    OTHER,
    /** Entries The Sleuth Kit makes up ($MBR, $FAT1, $OrphanFiles …): never catalogued. */
    VIRTUAL
  }

  /** The partition and path: the entry's stable path in the image ({@code p1/DCIM/a.jpg}). */
  public String imagePath() {
    return partition + "/" + path;
  }

  /** The first byte of its content in the image, or -1 when it has none there. */
  public long firstOffset() {
    return runs.stream()
        .filter(r -> !r.fill())
        .mapToLong(ByteRun::imageOffset)
        .findFirst()
        .orElse(-1);
  }
}
