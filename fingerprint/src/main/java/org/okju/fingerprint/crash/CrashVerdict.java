package org.okju.fingerprint.crash;

/**
 * Why a content is not handed to a native decoder again: an earlier process died decoding it. The
 * caller records it as the item's error (severity error) under {@link #kind}.
 *
 * @param kind {@value #CRASHED}: the JVM wrote a crash report blaming that decode. A death without
 *     a report (kill -9, an abort() in the library, the kernel's out-of-memory killer) never rules
 *     a content out: a kill at any moment must leave the result of an uninterrupted run
 * @param message for people; names the decoder and the crash report, never the item's path
 */
public record CrashVerdict(String kind, String message) {
  public static final String CRASHED = "decoder-crashed";
}
