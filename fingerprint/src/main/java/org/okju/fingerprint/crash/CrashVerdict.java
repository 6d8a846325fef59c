package org.okju.fingerprint.crash;

/**
 * Why a content is not handed to a native decoder again: an earlier process died decoding it. The
 * caller records it as the item's error (severity error) under {@link #kind}.
 *
 * @param kind {@value #CRASHED} (the JVM wrote a crash report blaming that decode) or {@value
 *     #STOPPED_RUN} (no report, but the process died with it in flight {@link
 *     CrashJournal#DEATHS_WITHOUT_REPORT} times in a row: an abort() in the library or the kernel's
 *     out-of-memory killer leave no report)
 * @param message for people; names the decoder and the crash report, never the item's path
 */
public record CrashVerdict(String kind, String message) {
  public static final String CRASHED = "decoder-crashed";
  public static final String STOPPED_RUN = "decoder-stopped-run";
}
