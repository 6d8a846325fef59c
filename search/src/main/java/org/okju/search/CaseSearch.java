package org.okju.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches a case's full-text index: the API the command line and the web workbench share. Each hit
 * is a line of a document: its catalogue path, page and line (1-based, as the ledger counts them)
 * and the line itself; the path, the line and the query echoed pass through a {@link QuoteFilter}
 * (the case's disclosure policy) before they leave.
 *
 * <p>Thread-safe for searches (Lucene's searcher is); {@link #refresh} and {@link #close} are not
 * to be run during one.
 */
public final class CaseSearch implements AutoCloseable {
  /** Longest quote given; a longer line is cut around its match. */
  static final int QUOTE_CHARS = 240;

  /**
   * One line that matched.
   *
   * @param item the catalogued item's id
   * @param document its catalogue path ({@code archive.zip!/member} for a member), filtered
   * @param page 1-based page
   * @param line 1-based line on the page
   * @param quote the line (cut around the match when long), after the quote filter
   * @param score the passage's relevance (BM25), higher first
   */
  public record Hit(long item, String document, int page, int line, String quote, float score) {}

  /**
   * A search's answer.
   *
   * @param query what was asked, filtered
   * @param passages how many passages matched (at least this many when {@code exact} is false)
   * @param exact whether {@code passages} is exact
   * @param hits the best lines, at most the limit asked
   */
  public record Result(String query, long passages, boolean exact, List<Hit> hits) {}

  private final Directory directory;
  private final Analyzer analyzer = SearchFields.analyzer();
  private final Analyzer english = SearchFields.english();
  private DirectoryReader reader;
  private IndexSearcher searcher;

  private CaseSearch(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens the index in {@code dir} for searching (read-only: an update may run beside it).
   *
   * @throws UncheckedIOException when there is no index there (run {@link SearchIndex#update})
   */
  public static CaseSearch open(Path dir) {
    try {
      Directory d = FSDirectory.open(dir);
      try {
        return new CaseSearch(d, DirectoryReader.open(d));
      } catch (IndexNotFoundException e) {
        d.close();
        throw new UncheckedIOException("no search index in " + dir, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir, e);
    }
  }

  /** Sees what an update committed since this was opened. */
  public void refresh() {
    try {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader);
      if (newer != null) {
        reader.close();
        reader = newer;
        searcher = new IndexSearcher(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The best {@code limit} lines for {@code query}.
   *
   * @throws IllegalArgumentException when the query is malformed ({@link SearchQuery#parse})
   */
  public Result search(String query, int limit, QuoteFilter quotes) {
    SearchQuery parsed = SearchQuery.parse(query);
    try {
      Query q = searcher.rewrite(parsed.toLucene(analyzer, english));
      TopDocs top = searcher.search(q, Math.max(1, limit));
      Weight weight = searcher.createWeight(q, ScoreMode.COMPLETE_NO_SCORES, 1f);
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        if (hits.size() >= limit) {
          break;
        }
        lines(weight, sd, limit - hits.size(), quotes, hits);
      }
      return new Result(
          quotes.shown(parsed.text()),
          top.totalHits.value,
          top.totalHits.relation == TotalHits.Relation.EQUAL_TO,
          hits);
    } catch (IOException e) {
      throw new UncheckedIOException("search failed", e);
    }
  }

  /** The lines of one passage where the query matched, in order. */
  private void lines(Weight weight, ScoreDoc sd, int room, QuoteFilter quotes, List<Hit> out)
      throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
    Matches matches = weight.matches(leaf, sd.doc - leaf.docBase);
    Document d = searcher.storedFields().document(sd.doc);
    String body = d.get(SearchFields.BODY);
    int[] starts = lineStarts(body);
    TreeSet<Integer> lines = new TreeSet<>();
    java.util.Map<Integer, Integer> firstOffset = new java.util.HashMap<>();
    if (matches != null) {
      for (String field : matches) {
        MatchesIterator it = matches.getMatches(field);
        Set<Integer> positions = new HashSet<>();
        while (it != null && it.next()) {
          positions.add(it.startPosition());
        }
        // The index holds positions only: the field's analyser says where each one starts.
        for (int start : MatchOffsets.of(analyzer, field, body, positions).values()) {
          int line = lineOf(starts, start);
          lines.add(line);
          firstOffset.merge(line, start, Math::min);
        }
      }
    }
    if (lines.isEmpty()) {
      lines.add(0); // matched without positions: show the passage's first line
    }
    String shownDocument = quotes.shown(d.get(SearchFields.DOCUMENT));
    int page = d.getField(SearchFields.PAGE).numericValue().intValue();
    int first = d.getField(SearchFields.FIRST_LINE).numericValue().intValue();
    long item = Long.parseLong(d.get(SearchFields.ITEM));
    for (int line : lines) {
      if (room-- <= 0) {
        return;
      }
      int from = starts[line];
      int to = line + 1 < starts.length ? starts[line + 1] - 1 : body.length();
      // The whole line is filtered before it is cut: a name cut in two would not be recognised.
      String written = body.substring(from, to);
      String shown = quotes.shown(written);
      int at = firstOffset.getOrDefault(line, from) - from;
      if (shown.length() != written.length() && !written.isEmpty()) {
        at = (int) ((long) at * shown.length() / written.length());
      }
      out.add(new Hit(item, shownDocument, page, first + line, cut(shown, at), sd.score));
    }
  }

  private static int[] lineStarts(String body) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
      starts.add(i + 1);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int lineOf(int[] starts, int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /** The line, or a window of it around {@code at} when longer than {@link #QUOTE_CHARS}. */
  static String cut(String line, int at) {
    String s = line.strip();
    if (line.length() <= QUOTE_CHARS) {
      return s;
    }
    int from = Math.max(0, Math.min(at - QUOTE_CHARS / 3, line.length() - QUOTE_CHARS));
    return (from > 0 ? "…" : "")
        + line.substring(from, from + QUOTE_CHARS).strip()
        + (from + QUOTE_CHARS < line.length() ? "…" : "");
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
