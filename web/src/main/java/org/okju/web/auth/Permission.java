package org.okju.web.auth;

/** Something a member of a case may be allowed to do there. The table is {@link Access}. */
public enum Permission {
  /** Read the case: dashboard, catalogue (no pixels), tapes, ledger, custody log, jobs. */
  READ,
  /** See a picture greyscale and blurred. */
  MEDIA_BLURRED,
  /** Lift the blur (greyscale, sharp). */
  MEDIA_GREYSCALE,
  /** Lift the greyscale (colour, blurred). */
  MEDIA_COLOUR,
  /** See the picture as it is (colour, sharp; still re-encoded by the server). */
  MEDIA_ORIGINAL,
  /** Everyone's media-view counts, not only one's own. */
  VIEW_COUNTS_ALL,
  /** Confirm, reject, correct and merge ledger facts. */
  LEDGER_REVIEW,
  /** Start an ingest of a path on the server. */
  JOB_INGEST,
  /** Start analyses: copy grouping, hash-set import and matching, ledger extraction. */
  JOB_ANALYSE,
  /** Write the court report. */
  JOB_REPORT,
  /** Write exports of the case (CASE/UCO, VICS, FtM, CSV). */
  JOB_EXPORT,
  /** Write and download takedown lists of the tapes. */
  TAKEDOWN,
  /** Split a tape whose members are not one recording. */
  TAPE_SPLIT,
  /** Run the verification of the case. */
  VERIFY,
  /** Cancel anyone's job (everyone may cancel their own). */
  JOB_CANCEL_ANY
}
