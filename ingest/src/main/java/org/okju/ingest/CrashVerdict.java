package org.okju.ingest;

import org.okju.casefile.ErrorSeverity;

/**
 * Why a content is not handed to a native decoder again: an earlier process died decoding it.
 *
 * @param kind {@code decoder-crashed} (the JVM wrote a crash report blaming that decode) or {@code
 *     decoder-stopped-run} (no report, but the process died with it in flight {@link
 *     CrashJournal#DEATHS_WITHOUT_REPORT} times in a row: an abort() in the library or the kernel's
 *     out-of-memory killer leave no report)
 * @param message for people; names the decoder and the crash report, never the item's path
 */
record CrashVerdict(String kind, String message) {
  static final String CRASHED = "decoder-crashed";
  static final String STOPPED_RUN = "decoder-stopped-run";

  /** Records the verdict on {@code item} as the per-item error of {@code stage}. */
  void recordOn(IngestItem item, String stage) {
    item.problem(stage, kind, ErrorSeverity.ERROR, message);
  }
}
