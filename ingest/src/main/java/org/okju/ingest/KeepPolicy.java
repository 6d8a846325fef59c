package org.okju.ingest;

/** Which items' bytes are kept after the read, by detected type. Immutable. */
final class KeepPolicy {
  private final boolean fingerprints;

  KeepPolicy(boolean fingerprints) {
    this.fingerprints = fingerprints;
  }

  /** Whether later stages will need the bytes of an item of this type. */
  boolean keep(String mediaType) {
    if (ArchiveStage.isArchive(mediaType)) {
      return true;
    }
    if (!fingerprints) {
      return false;
    }
    return mediaType.startsWith("image/")
        || mediaType.startsWith("video/")
        || mediaType.equals("application/mp4")
        || MetadataStage.readsDocument(mediaType);
  }
}
