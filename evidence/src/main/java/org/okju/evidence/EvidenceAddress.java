package org.okju.evidence;

/**
 * Where a piece of evidence can be read again, after ingest: enough to re-open it read-only (for
 * {@code okju verify}, the report's thumbnails, the ledger's documents). Immutable; byte arrays are
 * the caller's and must not be changed.
 */
public sealed interface EvidenceAddress {
  /** A file of a folder source, or a single-file source ({@code relative} is then its own name). */
  final class FolderFile implements EvidenceAddress {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final byte[] root;
    private final byte[] relative;

    /**
     * @param root the source as given, absolute path bytes
     * @param relative the path below the root
     */
    public FolderFile(byte[] root, byte[] relative) {
      this.root = root;
      this.relative = relative;
    }

    public byte[] root() {
      return root;
    }

    public byte[] relative() {
      return relative;
    }
  }

  /**
   * A file inside a disk image source (listed by The Sleuth Kit, deleted or not, or carved): read
   * again through the image, along where ingest recorded it lies ({@link EvidenceMetadata}).
   */
  final class ImageFile implements EvidenceAddress {
    // A class, not a record: its array is handed over as it is, neither copied nor compared.
    private final byte[] image;
    private final String path;
    private final long size;
    private final java.util.Map<String, String> metadata;

    /**
     * @param image the image source as given (its first segment), absolute path bytes
     * @param path the item's stable path in the image ({@code p1/DCIM/a.jpg}, {@code
     *     carved/OFFSET.jpg})
     * @param size the item's catalogued size
     * @param metadata the item's catalogue metadata ({@link EvidenceMetadata}'s keys)
     */
    public ImageFile(byte[] image, String path, long size, java.util.Map<String, String> metadata) {
      this.image = image;
      this.path = path;
      this.size = size;
      this.metadata = java.util.Map.copyOf(metadata);
    }

    /** Whether catalogue {@code metadata} says the item lies inside a disk image. */
    public static boolean describes(java.util.Map<String, String> metadata) {
      return metadata.containsKey(EvidenceMetadata.INODE)
          || metadata.containsKey(EvidenceMetadata.CARVED)
          || metadata.containsKey(EvidenceMetadata.RUNS);
    }

    public byte[] image() {
      return image;
    }

    public String path() {
      return path;
    }

    public long size() {
      return size;
    }

    public java.util.Map<String, String> metadata() {
      return metadata;
    }
  }
}
