package org.okju.ingest;

/** Which items' bytes are kept after the read, by detected type. Immutable. */
final class KeepPolicy {
  private final boolean fingerprints;
  private final boolean text;

  KeepPolicy(boolean fingerprints, boolean text) {
    this.fingerprints = fingerprints;
    this.text = text;
  }

  /** Whether later stages will need the bytes of an item detected as {@code d}. */
  boolean keep(TypeDetector.Detection d) {
    if (text && TextStage.reads(d)) {
      return true;
    }
    return keep(d.contentType());
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
