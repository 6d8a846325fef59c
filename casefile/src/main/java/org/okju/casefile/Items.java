package org.okju.casefile;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The catalogue: one row per file or archive member. Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface Items {
  /**
   * Inserts the item, or updates every field of the row with the same (source, parent, path).
   *
   * @return the id of the row, the same on every upsert of one key
   */
  ItemId upsert(NewItem item);

  /** Moves the resumability marker (and nothing else) of an item. */
  void markProgress(ItemId id, ItemProgress progress);

  /** The item, if the case has it. */
  Optional<Item> find(ItemId id);

  /** The item with this key, if catalogued (to resume: skip what is done). */
  Optional<Item> find(SourceId source, Optional<ItemId> parent, ItemPath path);

  /** Items whose content has this SHA-256, in id order. */
  List<Item> findBySha256(Sha256 sha256);

  /** Number of items of a source. */
  long count(SourceId source);

  /**
   * The items of a source in id order, read lazily (the catalogue can be millions of rows). Close
   * the stream ({@code try}-with-resources); it holds a connection until closed.
   */
  Stream<Item> stream(SourceId source);

  /**
   * The items of a source directly under {@code parent} (empty: the files of the source itself), in
   * byte order of their paths, lazily: the same order whatever order ingest wrote them in, for the
   * source manifest. Close the stream.
   */
  Stream<Item> children(SourceId source, Optional<ItemId> parent);

  /** The items of a source that have members (archives that were opened), for the manifest. */
  Set<ItemId> containers(SourceId source);

  /** Every item of the case in id order, lazily. Close the stream. */
  Stream<Item> streamAll();
}
