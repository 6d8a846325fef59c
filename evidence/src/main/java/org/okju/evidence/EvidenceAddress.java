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
}
