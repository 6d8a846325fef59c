package org.okju.casefile;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The text of catalogued items (documents, plain text, OCR of scanned pages), one per item, written
 * by ingest in the same transaction as the item's row. Thread-safe.
 *
 * <p>Every method throws {@link CaseStoreException} when the database fails.
 */
public interface ItemTexts {
  /** The highest text id and how many texts there are, for a search index to catch up by. */
  record Extent(long maxId, long count) {}

  /**
   * Stores an item's text, replacing any text it had (the replacement gets a new id and is unread
   * by the ledger).
   */
  void put(NewItemText text);

  /** Removes an item's text (its new reading gave none). */
  void remove(ItemId item);

  /** The text of an item. */
  Optional<ItemText> of(ItemId item);

  /** The text with this id. */
  Optional<ItemText> find(long id);

  /** Texts with an id above {@code afterId}, in id order, lazily. Close the stream. */
  Stream<ItemText> after(long afterId);

  /** The ids of every text, in order, lazily (for an index to find texts it lacks). Close it. */
  Stream<Long> ids();

  /** Texts the ledger has not read, in id order, lazily. Close the stream. */
  Stream<ItemText> unreadByLedger();

  /** Records that the ledger read text {@code id} at {@code when}. */
  void ledgerRead(long id, Instant when);

  /** The highest id and the count. */
  Extent extent();
}
