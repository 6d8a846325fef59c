package org.okju.monitor;

/**
 * How an import runs, frozen.
 *
 * @param keepLimit payloads larger than this many bytes are digested but not fingerprinted (their
 *     identical copies are still found by SHA-256); 1 GiB by default, so a long video is hashed
 *     while a multi-gigabyte payload is not held in memory
 * @param threads fingerprinting threads (default: every core)
 */
public record MonitorConfig(long keepLimit, int threads) {
  public MonitorConfig {
    if (keepLimit < 0 || threads < 1) {
      throw new IllegalArgumentException("keepLimit >= 0 and threads >= 1");
    }
  }

  /** The defaults. */
  public static MonitorConfig defaults() {
    return new MonitorConfig(1L << 30, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }
}
