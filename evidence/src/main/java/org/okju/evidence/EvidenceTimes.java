package org.okju.evidence;

import java.time.Instant;
import java.util.Optional;

/**
 * The timestamps a file system, archive or image gave for a piece of evidence; each is empty when
 * the source does not keep it.
 *
 * @param modified last modification (mtime)
 * @param changed last status or metadata change (ctime; NTFS's MFT change time)
 * @param accessed last access (atime)
 * @param created creation (birth time), where kept
 */
public record EvidenceTimes(
    Optional<Instant> modified,
    Optional<Instant> changed,
    Optional<Instant> accessed,
    Optional<Instant> created) {

  /** No timestamps known. */
  public static EvidenceTimes none() {
    return new EvidenceTimes(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
