package org.okju.monitor;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One hash offered to a partner (HMA bank, StopNCII): a signal a platform can match uploads with,
 * and what okju knows of it.
 *
 * @param signalType python-threatexchange's signal type name: {@code pdq}, {@code video_md5} or
 *     {@code vpdq}
 * @param value the signal string as that type writes it (lower-case hex; vPDQ as HMA's frame list)
 * @param quality the PDQ quality 0..100 (a video's vPDQ: the median of its kept frames); empty for
 *     an exact digest, where quality means nothing
 * @param confirmed whether a person confirmed it shows the recording: a web copy whose sighting a
 *     reviewer confirmed, or a copy on the drive of a tape a reviewer linked to a victim
 * @param suggestedDistance the largest Hamming distance (of 256 bits) a partner should match it at;
 *     0 for an exact digest
 * @param tape the case's tape id (the only label: no file name, no person)
 * @param origin {@code drive} (a copy on the seized drive) or {@code web} (a copy found online)
 */
public record ExchangeHash(
    String signalType,
    String value,
    OptionalInt quality,
    boolean confirmed,
    int suggestedDistance,
    String tape,
    String origin) {
  public ExchangeHash {
    Objects.requireNonNull(signalType, "signalType");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(tape, "tape");
    Objects.requireNonNull(origin, "origin");
  }

  /** The key two offers of the same signal share. */
  String key() {
    return signalType + " " + value;
  }
}
