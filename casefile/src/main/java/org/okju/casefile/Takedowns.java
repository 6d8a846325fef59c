package org.okju.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a takedown team decides and sends about the copies found on the web: the case's own settings
 * (its platform registry, the notifier's details), the notices written and the sightings marked
 * notified, reviewers' decisions on sightings, the negative bank (hashes never exported and never
 * matched) and which victims a tape shows (by pseudonym). Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface Takedowns {
  /** A sighting's key: the media URL and the tape it is a copy of. */
  record SightingKey(String url, String tape) {}

  /**
   * A notice written to a file.
   *
   * @param sightings the sightings it requests removal of
   */
  record Notice(
      long id,
      String platform,
      String regime,
      String format,
      Sha256 fileSha256,
      Instant writtenAt,
      String user,
      List<SightingKey> sightings) {
    public Notice {
      sightings = List.copyOf(sightings);
    }
  }

  /** A sighting marked notified: the platform was sent a request at {@code sentAt}. */
  record Notified(SightingKey sighting, String platform, Instant sentAt, String user) {}

  /**
   * A reviewer's decision on a sighting.
   *
   * @param decision {@code confirmed} or {@code rejected}
   */
  record Review(SightingKey sighting, String decision, String user, Instant at, String reason) {}

  /**
   * A hash that must never be exported nor matched.
   *
   * @param kind {@code md5}, {@code sha256} or {@code pdq}
   * @param reason {@code partner-false}, {@code reviewer-rejected}...
   * @param source who reported it (a partner's name, a reviewer)
   */
  record NegativeHash(
      String kind, String hash, String reason, String source, Instant addedAt, String user) {}

  /** A case setting's value ({@code platforms}, {@code notifier}). */
  Optional<String> setting(String name);

  /** Sets a case setting, replacing its value. */
  void putSetting(String name, String value);

  /** Records a notice written; returns its id. */
  long putNotice(Notice notice);

  /** Every notice in id order. */
  List<Notice> notices();

  /** Marks sightings notified; a sighting already marked at the same time is kept. */
  void putNotified(List<Notified> notified);

  /** Every sighting marked notified, by time. */
  List<Notified> notified();

  /** Records a reviewer's decision on a sighting, replacing an earlier one. */
  void putReview(Review review);

  /** Every decision on a sighting. */
  List<Review> reviews();

  /**
   * Adds hashes to the negative bank; a hash already there is kept as it is. Returns how many new.
   */
  int addNegative(List<NegativeHash> hashes);

  /** The negative bank. */
  List<NegativeHash> negatives();

  /** Records that a tape shows a victim (by pseudonym). */
  void putTapeVictim(String tape, String pseudonym, String user, Instant at);

  /** The victims' pseudonyms of each tape that has any. */
  Map<String, List<String>> tapeVictims();
}
