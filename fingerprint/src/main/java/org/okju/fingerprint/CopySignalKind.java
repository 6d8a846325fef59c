package org.okju.fingerprint;

/** Which part of a picture a {@link CopySignal} hashes; see {@link CopySignals}. */
public enum CopySignalKind {
  /** The whole picture (the canonical PDQ, and its dihedral variants). */
  FULL,
  /** The picture inside letterbox/pillarbox bars or a uniform frame border. */
  CONTENT,
  /** The central 90% (5% cropped from each side). */
  CENTER_90,
  /** The central 80% (10% cropped from each side). */
  CENTER_80,
  /** The top 90% (10% cropped from the bottom), and so on for the other sides. */
  TOP_90,
  BOTTOM_90,
  LEFT_90,
  RIGHT_90,
  /**
   * The top half of a video frame inside its bars, and so on for the other halves: a sticker, emoji
   * or censor box laid over a face or a body covers one half and leaves the other as it was (the
   * test vectors' chair and pattern clips with a large drawn face over their upper part). Video
   * frames only; matched only with the same half of another frame.
   */
  HALF_TOP,
  HALF_BOTTOM,
  HALF_LEFT,
  HALF_RIGHT,
  /**
   * A square of 70% of the short side at one of the {@link CropGrid}'s centres: what a copy cropped
   * by up to 10% a side still shows. Indexed; looked up by the probes of other pictures.
   */
  CROP_ANCHOR,
  /**
   * A centred square of this picture at one of the {@link CropGrid}'s scales: if this picture is a
   * crop of another, one probe lands near one of the other's anchors. Looked up, not indexed.
   */
  CROP_PROBE
}
