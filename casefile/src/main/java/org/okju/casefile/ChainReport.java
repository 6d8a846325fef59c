package org.okju.casefile;

import java.util.List;
import java.util.Optional;

/**
 * The result of re-checking the custody log.
 *
 * <p>A hash chain cannot show that entries were cut off its end; {@link #head} is what to compare
 * with a copy kept elsewhere (a filed report prints it).
 *
 * @param entries number of entries read
 * @param signed whether the case signs its log (a public key is present)
 * @param head sequence number and hash of the last entry; empty for an empty log
 * @param breaks every problem found, in sequence order; empty when the log holds
 */
public record ChainReport(
    long entries, boolean signed, Optional<Head> head, List<ChainBreak> breaks) {

  public ChainReport {
    breaks = List.copyOf(breaks);
  }

  /**
   * The last entry.
   *
   * @param seq its sequence number
   * @param hash its hash
   */
  public record Head(long seq, Sha256 hash) {}

  /** Whether the log holds: no break at all. */
  public boolean intact() {
    return breaks.isEmpty();
  }
}
