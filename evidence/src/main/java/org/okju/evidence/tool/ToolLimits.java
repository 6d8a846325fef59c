package org.okju.evidence.tool;

import java.time.Duration;

/**
 * How long a tool may run and how much it may print before okju stops it. A hostile image must not
 * hang or flood okju: The Sleuth Kit's {@code fsstat} was seen to run for over ten minutes on an
 * empty exFAT.
 *
 * @param total the most a run may take in all
 * @param silence the most a run may go without printing anything (a streaming tool that stops
 *     producing is stuck)
 * @param maxOutputBytes the most it may print on standard output
 */
public record ToolLimits(Duration total, Duration silence, long maxOutputBytes) {
  /** Bytes of standard error kept for the message (the rest is counted, not kept). */
  public static final int STDERR_KEPT = 16 << 10;

  /** Limits for a tool that prints a little about an image (mmls, img_stat, ewfinfo). */
  public static ToolLimits quick() {
    return new ToolLimits(Duration.ofMinutes(2), Duration.ofMinutes(2), 16L << 20);
  }

  /** This with another total time. */
  public ToolLimits withTotal(Duration t) {
    return new ToolLimits(t, silence, maxOutputBytes);
  }

  /** This with another silence limit. */
  public ToolLimits withSilence(Duration s) {
    return new ToolLimits(total, s, maxOutputBytes);
  }

  /** This with another output limit. */
  public ToolLimits withMaxOutput(long bytes) {
    return new ToolLimits(total, silence, bytes);
  }
}
