package org.okju.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A media URL that served a copy of a tape, with what every crawl saw of it.
 *
 * @param url the media URL
 * @param pageUrls the captured pages that embed or link it, over all crawls
 * @param platform the platform its host belongs to
 * @param category that platform's category
 * @param tape the tape it is a copy of
 * @param relation what the copy is to the tape's member it matched ({@code re-encoded}, {@code
 *     transformed}, {@code trimmed}, {@code excerpt}, {@code still}, {@code identical})
 * @param evidence the detector's evidence for the best match (distance, view, threshold, shares)
 * @param hashes the hashes a platform can match the copy with: {@code md5}, {@code sha256}, {@code
 *     pdq} for an image, {@code vpdq} (frame hashes) for a video
 * @param firstSeen the capture time of the first record that showed it
 * @param lastSeen the capture time of the last record that showed it
 * @param state "found", "notified", "removed", "overdue" or "reappeared"
 * @param observations what each crawl saw, in capture-time order (crawls that did not look at it
 *     are left out)
 * @param removedAfter for a removed copy, the last capture that saw it up
 * @param removedBy for a removed copy, the first capture after that which saw it gone
 * @param notifiedAt the latest notice sent for it during its current stay online
 * @param deadline when the platform's time to remove it after that notice runs out
 * @param reappearedFrom for a reappeared copy, the earlier sighting it came back from (its URL; the
 *     same URL when it came back where it was)
 * @param confirmed whether a reviewer confirmed it (a rejected one is not a sighting)
 */
public record Sighting(
    String url,
    List<String> pageUrls,
    String platform,
    String category,
    String tape,
    String relation,
    Map<String, Object> evidence,
    Map<String, String> hashes,
    Instant firstSeen,
    Instant lastSeen,
    String state,
    List<Observation> observations,
    Optional<Instant> removedAfter,
    Optional<Instant> removedBy,
    Optional<Instant> notifiedAt,
    Optional<Instant> deadline,
    Optional<String> reappearedFrom,
    boolean confirmed) {
  public Sighting {
    pageUrls = List.copyOf(pageUrls);
    evidence = Map.copyOf(evidence);
    hashes = Map.copyOf(hashes);
    observations = List.copyOf(observations);
  }

  /** The states, in lifecycle order. */
  public static final List<String> STATES =
      List.of("found", "notified", "removed", "overdue", "reappeared");

  /**
   * What one crawl saw of the URL.
   *
   * @param crawl the crawl's name
   * @param capturedAt the capture time of the record (or, unlinked, of the crawl's first record)
   * @param seen {@code up} or {@code gone}
   * @param reason for gone: {@code http-404}, {@code http-410}, {@code replaced} (the URL serves
   *     something else), {@code unlinked} (no captured page shows it any more); for up: {@code
   *     served}
   * @param httpStatus the status captured, when there was a record
   * @param record where the record is: {@code capture[!member]@offset} (for unlinked without a
   *     record of the URL, absent)
   */
  public record Observation(
      String crawl,
      Instant capturedAt,
      String seen,
      String reason,
      Optional<Integer> httpStatus,
      Optional<String> record) {
    public boolean up() {
      return seen.equals("up");
    }
  }

  /** Whether the copy is online as far as the last crawl that looked could tell. */
  public boolean open() {
    return !state.equals("removed");
  }

  /** The time from the notice to the first capture that saw it gone, in hours. */
  public Optional<Double> hoursToRemoval() {
    if (removedBy.isEmpty() || notifiedAt.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        java.time.Duration.between(notifiedAt.get(), removedBy.get()).toSeconds() / 3600.0);
  }
}
