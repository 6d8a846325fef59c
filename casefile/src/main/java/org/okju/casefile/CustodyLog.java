package org.okju.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The case's chain of custody: an append-only, hash-chained log of every action on the case,
 * optionally signed with the case's Ed25519 key. There is deliberately no update or delete; the
 * database refuses them too. Thread-safe; appends from several processes are serialised by the
 * database.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface CustodyLog {
  /**
   * Appends an entry: numbers it, stamps the time, links it to the last entry and signs it when the
   * case signs.
   *
   * @throws IllegalArgumentException when {@code parametersJson} is not a JSON object
   */
  CustodyEntry append(NewCustodyEntry entry);

  /** The last entry; empty for an empty log. */
  Optional<CustodyEntry> head();

  /** Every entry in sequence order, lazily. Close the stream. */
  Stream<CustodyEntry> stream();

  /** Whether appends are signed. */
  boolean signing();

  /** Re-checks every entry's hash, link, number and signature. */
  ChainReport verifyChain();

  /**
   * Up to {@code limit} entries after {@code afterSeq}, oldest first, only of {@code action} and
   * {@code user} when given.
   */
  List<CustodyEntry> page(long afterSeq, int limit, Optional<String> action, Optional<String> user);

  /**
   * Up to {@code limit} entries before {@code beforeSeq}, newest first, only of {@code action} and
   * {@code user} when given.
   */
  List<CustodyEntry> pageBefore(
      long beforeSeq, int limit, Optional<String> action, Optional<String> user);

  /** How many entries of {@code action} there are, by {@code user} and since a time when given. */
  long count(String action, Optional<String> user, Optional<Instant> since);

  /** Entries per user for {@code action}, since a time when given. */
  java.util.Map<String, Long> countByUser(String action, Optional<Instant> since);

  /**
   * The latest entries (newest first, up to {@code limit}) whose parameters name this item ({@code
   * "item": id}), such as its media views.
   */
  List<CustodyEntry> mentioningItem(long itemId, int limit);
}
