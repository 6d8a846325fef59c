package org.okju.evidence;

/**
 * Where a piece of evidence can be read again, after ingest: enough to re-open it read-only (for
 * {@code okju verify}, the report's thumbnails, the ledger's documents). Immutable; byte arrays are
 * the caller's and must not be changed.
 */
public sealed interface EvidenceAddress {
  /**
   * A file of a folder source, or a single-file source ({@code relative} is then its own name).
   *
   * @param root the source as given, absolute path bytes
   * @param relative the path below the root
   */
  record FolderFile(byte[] root, byte[] relative) implements EvidenceAddress {}
}
