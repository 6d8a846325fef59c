package org.okju.evidence;

/**
 * The names of the catalogue metadata that say where an item of a disk image came from (its
 * partition, inode, deleted or carved, offset) and what the image's own read found. Ingest writes
 * them; {@code okju files}, {@code okju verify} and the report read them.
 */
public final class EvidenceMetadata {
  /** {@code ewf} or {@code raw}, on the item of the image file itself. */
  public static final String FORMAT = "evidence.image.format";

  /** The image's media MD5, from ingest's one pass (lower-case hex), on the image's item. */
  public static final String IMAGE_MD5 = "evidence.image.md5";

  /** The image's media SHA-1. */
  public static final String IMAGE_SHA1 = "evidence.image.sha1";

  /** The image's media SHA-256: what {@code okju verify} reads the image again to compare. */
  public static final String IMAGE_SHA256 = "evidence.image.sha256";

  /** The MD5 the acquisition stored in an E01. */
  public static final String IMAGE_STORED_MD5 = "evidence.image.stored-md5";

  /** The SHA-1 the acquisition stored in an E01. */
  public static final String IMAGE_STORED_SHA1 = "evidence.image.stored-sha1";

  /** {@code true} when the image read whole, undamaged, with its stored hashes equal. */
  public static final String IMAGE_VERIFIED = "evidence.image.verified";

  /** The partition an item lies in ({@code p0} for a disk without a table, {@code p1} …). */
  public static final String PARTITION = "evidence.partition";

  /** The item's path in its file system, as The Sleuth Kit gives it. */
  public static final String IMAGE_PATH = "evidence.image-path";

  /** The Sleuth Kit's metadata address of the item ({@code 12}, {@code 64-128-4} on NTFS). */
  public static final String INODE = "evidence.inode";

  /** {@code true} for a deleted (or orphan) file. */
  public static final String DELETED = "evidence.deleted";

  /** {@code true} for a file carved from unallocated space. */
  public static final String CARVED = "evidence.carved";

  /** The byte offset of the item's first byte in the image's media. */
  public static final String OFFSET = "evidence.offset";

  /**
   * For a carved file that starts where a deleted file listed by The Sleuth Kit starts: that file's
   * path ({@code p0/_ape.jpg}), so the two are known as one file found twice.
   */
  public static final String CARVED_COPY_OF = "evidence.carved-copy-of";

  /** For a deleted file: {@code N/M}, N of its M recoverable bytes now in allocated space. */
  public static final String OVERWRITTEN = "evidence.overwritten-bytes";

  /**
   * Where a file of the image lies in its media, when its content can be read straight from there
   * (see {@code ByteRuns}): what the evidence reader follows to read it again after ingest.
   */
  public static final String RUNS = "evidence.runs";

  /**
   * The byte offset in the media of the file system an item lies in: where The Sleuth Kit's {@code
   * icat} reads it again when its content is not stored as plain runs (resident, compressed).
   */
  public static final String PARTITION_OFFSET = "evidence.partition-offset";

  /** The owner's user id, where the file system keeps one. */
  public static final String UID = "evidence.uid";

  /** The owner's group id, where the file system keeps one. */
  public static final String GID = "evidence.gid";

  private EvidenceMetadata() {}
}
