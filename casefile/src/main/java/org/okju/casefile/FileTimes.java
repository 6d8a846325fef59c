package org.okju.casefile;

import java.time.Instant;
import java.util.Optional;

/**
 * The timestamps a filesystem or archive gave for an item; each is empty when the source does not
 * keep it.
 *
 * @param modified last modification (mtime)
 * @param changed last status change (ctime; POSIX only)
 * @param accessed last access (atime)
 * @param created creation (birth time), where kept
 */
public record FileTimes(
    Optional<Instant> modified,
    Optional<Instant> changed,
    Optional<Instant> accessed,
    Optional<Instant> created) {

  /** No timestamps known. */
  public static FileTimes none() {
    return new FileTimes(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
