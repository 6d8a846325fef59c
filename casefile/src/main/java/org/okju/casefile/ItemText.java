package org.okju.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The text of a catalogued item, as ingest read it.
 *
 * @param id the text's row id: a new text of the same item gets a new, higher id (a search index
 *     catches up by it)
 * @param item the catalogued item
 * @param method {@code plain} (a text file decoded), {@code parser} (a document's parser) or {@code
 *     ocr} (a scanned or photographed page)
 * @param charset the encoding a plain text was decoded from
 * @param pages the text of each page; lines separated by {@code \n}
 * @param status {@code complete}, or {@code partial} when a limit cut it (see {@code message})
 * @param message what cut it short
 * @param extractedAt when it was read
 * @param ledgerReadAt when the ledger last read it; empty while it has not
 */
public record ItemText(
    long id,
    ItemId item,
    String method,
    Optional<String> charset,
    List<String> pages,
    String status,
    Optional<String> message,
    Instant extractedAt,
    Optional<Instant> ledgerReadAt) {
  public ItemText {
    pages = List.copyOf(pages);
  }

  /** All pages joined by form feeds (the stored body). */
  public String body() {
    return String.join("\f", pages);
  }
}
