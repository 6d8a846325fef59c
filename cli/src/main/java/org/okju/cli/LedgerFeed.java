package org.okju.cli;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.Item;
import org.okju.casefile.ItemError;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemText;
import org.okju.casefile.Sha256;
import org.okju.ledger.DocumentText;
import org.okju.ledger.Extraction;
import org.okju.ledger.LedgerCase;
import org.okju.ledger.LedgerExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the texts ingest stored to the ledger: each is read into entities and suggested facts
 * ({@link LedgerExtractor}), stored by {@link LedgerCase} against its catalogued item, and marked
 * read. Ingest may not depend on the ledger (DESIGN's arrows), so the command line joins them after
 * each source. Resumable: a text is marked read only once the ledger holds it, and reading it again
 * stores the same rows (the ledger's writes are keyed), so a kill -9 and the same command again
 * leave the same ledger. Not thread-safe.
 */
final class LedgerFeed {
  /** The stage name of the ledger's per-item errors. */
  static final String STAGE = "ledger";

  private static final Logger LOG = LoggerFactory.getLogger(LedgerFeed.class);

  /** What a feed did. */
  record Result(int documents, int facts) {}

  /** Hears of each document read. */
  @FunctionalInterface
  interface Listener {
    void read(String name, Extraction extraction, List<String> warnings);

    Listener NONE = (name, x, warnings) -> {};
  }

  private final CaseStore store;
  private final LedgerCase ledger;
  private final String user;
  private final Clock clock;
  private final Listener listener;
  private Function<DocumentText, Extraction> reader;

  LedgerFeed(CaseStore store, LedgerCase ledger, String user, Clock clock, Listener listener) {
    this(store, ledger, user, clock, listener, null);
  }

  /**
   * @param reader reads a document into entities and facts; null for the ledger's own reader,
   *     loaded only when there is text to read
   */
  LedgerFeed(
      CaseStore store,
      LedgerCase ledger,
      String user,
      Clock clock,
      Listener listener,
      Function<DocumentText, Extraction> reader) {
    this.store = store;
    this.ledger = ledger;
    this.user = user;
    this.clock = clock;
    this.listener = listener;
    this.reader = reader;
  }

  /** Reads every stored text the ledger has not read yet. */
  Result unread() {
    List<Long> ids;
    try (Stream<ItemText> unread = store.texts().unreadByLedger()) {
      ids = inCatalogueOrder(unread);
    }
    return read(ids);
  }

  /** Reads every stored text again (after the ledger's rules changed). */
  Result all() {
    List<Long> stored;
    try (Stream<Long> all = store.texts().ids()) {
      stored = all.toList();
    }
    return read(inCatalogueOrder(stored.stream().flatMap(id -> store.texts().find(id).stream())));
  }

  /**
   * The texts' ids by their items' catalogue paths. The ledger numbers people's pseudonyms in the
   * order it first meets them, and texts are stored in the order ingest's workers finish them, so
   * reading in storage order would give a person V-034 in one run and V-035 in the same command run
   * again after a kill -9. The catalogue path is the same in every run.
   */
  private List<Long> inCatalogueOrder(Stream<ItemText> texts) {
    record Pending(String name, long id) {}
    List<Pending> pending = new ArrayList<>();
    texts.forEach(
        t ->
            pending.add(
                new Pending(
                    store.items().find(t.item()).map(this::displayName).orElse(""), t.id())));
    pending.sort(Comparator.comparing(Pending::name).thenComparingLong(Pending::id));
    return pending.stream().map(Pending::id).toList();
  }

  private Result read(List<Long> ids) {
    int documents = 0;
    int facts = 0;
    for (long id : ids) {
      Optional<ItemText> text = store.texts().find(id);
      if (text.isEmpty()) {
        continue; // replaced by a newer reading since the list was made
      }
      ItemText t = text.get();
      Optional<Item> item = store.items().find(t.item());
      if (item.isPresent() && !t.body().isBlank()) {
        store.itemErrors().clear(item.get().id(), STAGE);
        try {
          facts += add(item.get(), t);
          documents++;
        } catch (RuntimeException e) {
          // A fault of the reader on one document's text (someone else's document, in a form the
          // rules never met) is that document's error; the others are read. It is marked read:
          // okju ledger extract --from-case reads it again once the reader is mended.
          store
              .itemErrors()
              .record(
                  new ItemError(
                      item.get().id(),
                      STAGE,
                      "ledger-reader-failed",
                      ErrorSeverity.ERROR,
                      "the ledger reader failed on this document's text ("
                          + e.getClass().getSimpleName()
                          + "); its other stages stand",
                      clock.instant()));
          // The id and the fault's class only: a message or trace could quote the document.
          LOG.warn(
              "ledger reader failed on item {} ({})",
              item.get().id().value(),
              e.getClass().getSimpleName());
          LOG.debug("ledger reader failure", e);
        }
      }
      store.texts().ledgerRead(id, clock.instant());
    }
    return new Result(documents, facts);
  }

  private int add(Item item, ItemText t) {
    if (reader == null) {
      reader = new LedgerExtractor()::extract; // loads its models: only when there is text to read
    }
    List<String> warnings = new ArrayList<>();
    t.message().ifPresent(warnings::add);
    DocumentText doc = new DocumentText(displayName(item), t.pages(), warnings);
    Extraction x = reader.apply(doc);
    // An item with a text was read, so it has its digests.
    Sha256 sha = item.digests().sha256().orElseThrow();
    ledger.add(doc, x, Optional.of(item.id()), sha, item.mediaType(), user);
    listener.read(doc.name(), x, warnings);
    return x.facts().size();
  }

  /** The catalogue path of an item; an archive member's is {@code archive.zip!/member}. */
  String displayName(Item item) {
    String name = item.path().display();
    Optional<ItemId> parent = item.parent();
    int depth = 0;
    while (parent.isPresent() && depth++ < 64) {
      Optional<Item> p = store.items().find(parent.get());
      if (p.isEmpty()) {
        break;
      }
      name = p.get().path().display() + "!/" + name;
      parent = p.get().parent();
    }
    return name;
  }
}
