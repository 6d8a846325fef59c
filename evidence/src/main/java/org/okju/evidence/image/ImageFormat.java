package org.okju.evidence.image;

/** The kinds of disk image okju reads. */
public enum ImageFormat {
  /**
   * EnCase / Expert Witness ({@code .E01}, EWF-E01 and EWF-S01 as libewf writes and reads them).
   */
  EWF("application/x-ewf"),
  /** A raw copy of the disk ({@code dd}), one file or a split set ({@code .001, .002 …}). */
  RAW("application/x-raw-disk-image");

  private final String mediaType;

  ImageFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type okju catalogues the image itself with. */
  public String mediaType() {
    return mediaType;
  }

  /** The word used in messages and the custody log. */
  public String word() {
    return this == EWF ? "ewf" : "raw";
  }
}
