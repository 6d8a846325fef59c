package org.okju.ingest;

/** What a stage needs or adds to an item; the stage order is computed from these. */
public enum Fact {
  /** Size, digests, detected media type, and the kept bytes when the type needs them. */
  CONTENT,
  /** PDQ hash, quality and dihedral hashes of an image. */
  IMAGE_PDQ,
  /** vPDQ frame hashes of a video. */
  VIDEO_VPDQ,
  /** EXIF, GPS, video and document metadata. */
  METADATA,
  /** The members of an archive, catalogued as its children. */
  MEMBERS,
  /** Whether an image is a picture of a page (a scan, a photographed diary page). */
  PAGE_LIKENESS,
  /** The text of a document, a text file or a picture of a page. */
  TEXT
}
