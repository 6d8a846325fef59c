package org.okju.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemText;
import org.okju.casefile.ItemTexts;

/**
 * The full-text index of one case, kept in step with the texts the case stores. The case is the
 * truth; the index is derived from it and can always be rebuilt: {@link #update} adds every text
 * newer than the last it indexed (a new reading of an item replaces its passages), and when the
 * counts disagree (a text removed, or a writer on another machine committed out of order) compares
 * the ids and mends the difference; an index made for another case or another index format is
 * rebuilt. Text ids are never reused (see the item_text migration), so ids tell texts apart.
 *
 * <p>Not thread-safe; one writer per index directory (Lucene's write lock refuses a second).
 */
public final class SearchIndex implements AutoCloseable {
  private static final String CASE = "okju.case";
  private static final String MAX_TEXT = "okju.maxTextId";
  private static final String FORMAT = "okju.format";
  private static final String NEW_CASE = "new";

  /** What an update did. */
  public record Update(long textsAdded, long textsRemoved, long passages, long characters) {}

  private final Directory directory;
  private final IndexWriter writer;
  // Whether everything this writer did is committed (then closing need not roll anything back).
  private boolean clean = true;

  private SearchIndex(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  /**
   * Opens (creating) the index in {@code dir}.
   *
   * @throws IndexBusyException when another process is updating it
   * @throws UncheckedIOException when the directory cannot be used
   */
  public static SearchIndex open(Path dir) {
    try {
      Files.createDirectories(dir);
      Directory d = FSDirectory.open(dir);
      IndexWriterConfig c = new IndexWriterConfig(SearchFields.indexing());
      c.setRAMBufferSizeMB(ramBufferMegabytes());
      // A flushed segment as separate files: packing it into a compound file copies every byte
      // once more, and the case holds one index (few open files).
      c.setUseCompoundFile(false);
      c.getMergePolicy().setNoCFSRatio(0.0);
      c.setCommitOnClose(
          true); // close() after an update commits nothing new; a failed one rolls back
      try {
        return new SearchIndex(d, new IndexWriter(d, c));
      } catch (LockObtainFailedException e) {
        d.close();
        throw new IndexBusyException(dir, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir, e);
    }
  }

  /**
   * Lucene's indexing buffer: the more documents a segment gathers in memory, the fewer segments
   * are written and merged again. A fifth of the heap, between 16 and 256 MB (128 MB in okju's
   * default 640 MB heap).
   */
  static double ramBufferMegabytes() {
    return Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 5 / (1 << 20)));
  }

  /** Brings the index up to the texts {@code store} holds. */
  public Update update(CaseStore store) {
    clean = false;
    try {
      Map<String, String> committed = committed();
      String caseId = caseIdentity(store);
      long maxIndexed = Long.parseLong(committed.getOrDefault(MAX_TEXT, "0"));
      ItemTexts.Extent extent = store.texts().extent();
      boolean foreign =
          !SearchFields.FORMAT.equals(committed.getOrDefault(FORMAT, SearchFields.FORMAT))
              || (committed.containsKey(CASE)
                  && !committed.get(CASE).equals(NEW_CASE)
                  && !committed.get(CASE).equals(caseId));
      if (foreign) {
        writer.deleteAll();
        maxIndexed = 0;
      }
      Counter counter = new Counter();
      Names names = new Names(store);
      try (Analysing analysing = new Analysing(writer);
          Stream<ItemText> newer = store.texts().after(maxIndexed)) {
        newer.forEach(t -> analysing.submit(add(t, names, counter)));
      }
      long max = Math.max(maxIndexed, counter.maxId);
      writer.commit(); // so that the reconciliation below reads what was just added
      if (indexedTexts().size() != extent.count()) {
        reconcile(store, names, counter);
      }
      writer.setLiveCommitData(
          Map.of(CASE, caseId, MAX_TEXT, Long.toString(max), FORMAT, SearchFields.FORMAT)
              .entrySet());
      writer.commit();
      clean = true;
      return new Update(counter.added, counter.removed, counter.passages, counter.characters);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index", e);
    }
  }

  /** The directory the index lives in (for a {@link CaseSearch} to read). */
  Directory directory() {
    return directory;
  }

  private Map<String, String> committed() throws IOException {
    Map<String, String> out = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> out.put(e.getKey(), e.getValue()));
    }
    return out;
  }

  /**
   * The case's identity: the hash of its first custody entry (a different case at the same
   * PostgreSQL URL has another); empty before anything was logged.
   */
  private static String caseIdentity(CaseStore store) {
    try (Stream<CustodyEntry> entries = store.custody().stream()) {
      return entries.findFirst().map(e -> e.hash().toHex()).orElse(NEW_CASE);
    }
  }

  /** The ids of the texts whose passages the index holds. */
  private Set<Long> indexedTexts() throws IOException {
    Set<Long> ids = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(SearchFields.TEXT_ID);
        if (terms == null) {
          continue;
        }
        // A term's document frequency still counts replaced passages until segments merge: only a
        // passage that is live says the index holds its text.
        Bits live = leaf.reader().getLiveDocs();
        TermsEnum e = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef t = e.next(); t != null; t = e.next()) {
          postings = e.postings(postings, PostingsEnum.NONE);
          for (int d = postings.nextDoc();
              d != DocIdSetIterator.NO_MORE_DOCS;
              d = postings.nextDoc()) {
            if (live == null || live.get(d)) {
              ids.add(Long.parseLong(t.utf8ToString()));
              break;
            }
          }
        }
      }
    }
    return ids;
  }

  /** Makes the index hold exactly the case's texts: adds the missing, removes the gone. */
  private void reconcile(CaseStore store, Names names, Counter counter) throws IOException {
    Set<Long> indexed = indexedTexts();
    Set<Long> stored = new HashSet<>();
    try (Stream<Long> ids = store.texts().ids()) {
      ids.forEach(stored::add);
    }
    for (long id : indexed) {
      if (!stored.contains(id)) {
        writer.deleteDocuments(new Term(SearchFields.TEXT_ID, Long.toString(id)));
        counter.removed++;
      }
    }
    try (Analysing analysing = new Analysing(writer)) {
      for (long id : stored) {
        if (!indexed.contains(id)) {
          store.texts().find(id).ifPresent(t -> analysing.submit(add(t, names, counter)));
        }
      }
    }
  }

  /**
   * The passages of one text as index documents, to replace the item's earlier passages with (a
   * newer reading of the same item replaces them). Runs on the caller's thread: it reads the case.
   */
  private static Replacement add(ItemText t, Names names, Counter counter) {
    String document = names.of(t.item());
    List<Document> docs = new ArrayList<>();
    for (Passages.Passage p : Passages.of(t.pages())) {
      Document d = new Document();
      d.add(new StringField(SearchFields.ITEM, Long.toString(t.item().value()), Field.Store.YES));
      d.add(new StringField(SearchFields.TEXT_ID, Long.toString(t.id()), Field.Store.NO));
      d.add(new StoredField(SearchFields.DOCUMENT, document));
      d.add(new StoredField(SearchFields.PAGE, p.page()));
      d.add(new StoredField(SearchFields.FIRST_LINE, p.firstLine()));
      d.add(new StoredField(SearchFields.BODY, p.text()));
      d.add(new Field(SearchFields.KOREAN, p.text(), SearchFields.ANALYSED));
      d.add(new Field(SearchFields.WORDS, p.text(), SearchFields.ANALYSED));
      docs.add(d);
      counter.passages++;
      counter.characters += p.text().length();
    }
    if (docs.isEmpty()) {
      // A blank text (a document without words) is held by a document with no text fields: the
      // index then accounts for it like any other (and updateDocuments with no documents leaves
      // Lucene 9.12's RAM accounting off, an assertion on close).
      Document d = new Document();
      d.add(new StringField(SearchFields.ITEM, Long.toString(t.item().value()), Field.Store.YES));
      d.add(new StringField(SearchFields.TEXT_ID, Long.toString(t.id()), Field.Store.NO));
      docs.add(d);
    }
    counter.added++;
    counter.maxId = Math.max(counter.maxId, t.id());
    return new Replacement(new Term(SearchFields.ITEM, Long.toString(t.item().value())), docs);
  }

  /** An item's passages, replacing whatever the index held for it. */
  private record Replacement(Term item, List<Document> passages) {}

  /**
   * Analysis (Nori, the English stemmer, the word splitter) is most of indexing's cost: it runs on
   * every core, each worker handing whole items to the writer (IndexWriter is thread-safe and
   * {@code updateDocuments} replaces an item's passages atomically). The queue is bounded, so the
   * texts read ahead of the workers stay few.
   */
  private static final class Analysing implements AutoCloseable {
    private final IndexWriter writer;
    private final ExecutorService workers;
    private final Semaphore room;
    private final List<Future<?>> pending = new ArrayList<>();
    private final int workerCount;

    Analysing(IndexWriter writer) {
      this.writer = writer;
      int n = Math.max(1, Runtime.getRuntime().availableProcessors());
      this.workerCount = n;
      this.workers =
          Executors.newFixedThreadPool(
              n,
              r -> {
                Thread t = new Thread(r, "okju-search-indexer");
                t.setDaemon(true);
                return t;
              });
      this.room = new Semaphore(4 * n);
    }

    void submit(Replacement r) {
      room.acquireUninterruptibly();
      pending.add(
          workers.submit(
              () -> {
                try {
                  writer.updateDocuments(r.item(), r.passages());
                  return null;
                } finally {
                  room.release();
                }
              }));
      if (pending.size() > 1024) {
        drainDone();
      }
    }

    // Rethrows a finished worker's failure; forgets the finished ones.
    private void drainDone() {
      for (var it = pending.iterator(); it.hasNext(); ) {
        Future<?> f = it.next();
        if (f.isDone()) {
          await(f);
          it.remove();
        }
      }
    }

    private static void await(Future<?> f) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UncheckedIOException(new java.io.InterruptedIOException("indexing interrupted"));
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw new UncheckedIOException(io);
        }
        throw new IllegalStateException("indexing failed", e.getCause());
      }
    }

    /**
     * Waits for every submitted item, then writes the in-memory segments to disk on every core.
     * Lucene's commit writes what is still buffered on the committing thread alone, one segment
     * after the other, and writing a segment (sorting its terms, encoding its postings) is about a
     * third of indexing: done here, each worker writes one segment at the same time.
     */
    @Override
    public void close() {
      try {
        pending.forEach(Analysing::await);
        pending.clear();
        for (int i = 0; i < workerCount; i++) {
          pending.add(workers.submit(() -> writer.flushNextBuffer()));
        }
        pending.forEach(Analysing::await);
      } finally {
        workers.shutdown(); // every task is done: the idle workers end
      }
    }
  }

  /** Counts of one update. */
  private static final class Counter {
    long added;
    long removed;
    long passages;
    long characters;
    long maxId;
  }

  /** Catalogue paths of items, {@code archive.zip!/member} for members, looked up once each. */
  static final class Names {
    private final CaseStore store;
    private final Map<Long, String> known = new HashMap<>();

    Names(CaseStore store) {
      this.store = store;
    }

    String of(ItemId id) {
      String cached = known.get(id.value());
      if (cached != null) {
        return cached;
      }
      Optional<Item> item = store.items().find(id);
      String name =
          item.map(i -> i.parent().map(p -> of(p) + "!/").orElse("") + i.path().display())
              .orElse("item " + id.value());
      known.put(id.value(), name);
      return name;
    }
  }

  /** Every stored passage of an item (tests and the workbench's document view). */
  List<Document> passages(ItemId item) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      var searcher = new org.apache.lucene.search.IndexSearcher(reader);
      var top =
          searcher.search(
              new org.apache.lucene.search.TermQuery(
                  new Term(SearchFields.ITEM, Long.toString(item.value()))),
              10_000);
      List<Document> out = new java.util.ArrayList<>();
      for (var sd : top.scoreDocs) {
        out.add(searcher.storedFields().document(sd.doc));
      }
      return out;
    }
  }

  @Override
  public void close() {
    try {
      if (clean) {
        writer.close(); // everything is committed: nothing to drop
      } else {
        writer.rollback(); // what an update that failed half-way wrote is dropped
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        directory.close();
      } catch (IOException e) {
        // the files are closed with the writer; nothing else holds them
      }
    }
  }
}
