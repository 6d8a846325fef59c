package org.okju.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The index's layout: which fields a passage of text is indexed under and how each is analysed. The
 * same text goes three ways, and a query asks all three: Korean through Nori (morphemes, so that
 * {@code 최사장한테} is found by {@code 최사장}: particles and endings dropped), English through Lucene's
 * English analyzer (stemmed: {@code received} finds {@code receive}), and the words as written,
 * lower-cased (Unicode word boundaries), for prefixes and anything the two analysers split
 * differently. Offsets are kept so that a hit is traced to its line.
 */
final class SearchFields {
  /** Changes whenever fields or analysis change: an index of another format is rebuilt. */
  static final String FORMAT = "okju-search-1";

  static final String KOREAN = "ko";
  static final String ENGLISH = "en";
  static final String WORDS = "words";

  /** The catalogued item ({@code ItemId}), as a term: its passages are replaced together. */
  static final String ITEM = "item";

  /** The stored text's row id. */
  static final String TEXT_ID = "text";

  static final String DOCUMENT = "document";
  static final String PAGE = "page";
  static final String FIRST_LINE = "line";
  static final String BODY = "body";

  /** Tokenised with positions and offsets, not stored (the passage is stored once in BODY). */
  static final FieldType ANALYSED;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    ANALYSED = t;
  }

  private SearchFields() {}

  /** The three analysers by field; thread-safe (Lucene analyzers reuse per-thread components). */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        words(), Map.of(KOREAN, new KoreanAnalyzer(), ENGLISH, new EnglishAnalyzer()));
  }

  /** Words as written: Unicode word boundaries (UAX #29), lower case. */
  static Analyzer words() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
      }
    };
  }
}
