package org.okju.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Imported hash sets (known-bad or ignorable files' digests and PDQ hashes) and the case items that
 * matched them. Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails; {@link #create} throws
 * {@link IllegalArgumentException} when the name is taken.
 */
public interface HashSets {
  /** A hash set as imported. Counts are empty while its import runs (or after one died). */
  record HashSet(
      long id,
      String name,
      String kind,
      String format,
      String fileSha256,
      Instant importedAt,
      String user,
      Optional<Long> entries,
      Optional<Long> problems) {}

  /**
   * One hash of a set's entry.
   *
   * @param hashKind {@code md5}, {@code sha1}, {@code sha256} or {@code pdq}
   * @param hash lower-case hex
   * @param label the list's own label or category for it, if any
   */
  record Entry(String hashKind, String hash, Optional<String> label) {
    public Entry {
      Objects.requireNonNull(hashKind, "hashKind");
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(label, "label");
    }
  }

  /** An entry with the set it belongs to. */
  record SetEntry(long hashSet, Entry entry) {}

  /**
   * An item that matched a set: exactly ({@code distance} 0 for a digest) or within a PDQ distance.
   */
  record Match(ItemId item, long hashSet, String hashKind, String hash, int distance) {}

  /** Registers a set before its entries are added; returns its id. */
  long create(
      String name, String kind, String format, String fileSha256, Instant importedAt, String user);

  /** Adds entries to a set (call in chunks; a {@link Batch} makes a chunk one transaction). */
  void addEntries(long hashSet, List<Entry> entries);

  /** Records the counts of a finished import. */
  void finish(long hashSet, long entries, long problems);

  /**
   * Removes a set with its entries and its matches. Returns whether there was such a set. Logging
   * the removal is the caller's part (it knows who and why).
   */
  boolean remove(long hashSet);

  /** The sets in id order. */
  List<HashSet> list();

  /** The set with this name, if imported. */
  Optional<HashSet> find(String name);

  /** Every PDQ entry of every set, lazily (to build a Hamming index). Close it. */
  Stream<SetEntry> pdqEntries();

  /** The items whose MD5, SHA-1 or SHA-256 equals an entry's, by the database's indexes. */
  List<Match> exactMatches();

  /** Replaces every stored match (matching is recomputed as a whole). */
  void replaceMatches(List<Match> matches);

  /** The stored matches by item and set. */
  List<Match> matches();
}
