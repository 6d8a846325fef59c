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
  RIGHT_90
}
