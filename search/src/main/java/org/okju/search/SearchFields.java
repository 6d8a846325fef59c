package org.okju.search;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
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
 * differently. Positions are kept (phrases, and a Korean word is a phrase of its morphemes),
 * offsets are not: a hit is traced to its line by analysing its passage again ({@link
 * MatchOffsets}).
 */
final class SearchFields {
  /** Changes whenever fields or analysis change: an index of another format is rebuilt. */
  static final String FORMAT = "okju-search-3";

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

  /**
   * Tokenised with positions, without offsets (only the passages a search shows need them, and
   * {@link MatchOffsets} finds them there); not stored (the passage is stored once in BODY).
   */
  static final FieldType ANALYSED;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(false);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    t.freeze();
    ANALYSED = t;
  }

  private SearchFields() {}

  /** The three analysers by field; thread-safe (Lucene analyzers reuse per-thread components). */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(words(), Map.of(KOREAN, korean(), ENGLISH, english()));
  }

  /**
   * Lucene's {@link EnglishAnalyzer} chain (possessives, lower case, stop words, Porter stems)
   * without the words of scripts it cannot stem: Hangul and Han words are the Korean field's and
   * the as-written field's, and keeping a third copy of each cost a third more terms to index.
   * Their positions are kept, so an English phrase does not match across a Korean word.
   */
  static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream s = new TypeTokenFilter(tokenizer, NOT_ENGLISH);
        s = new EnglishPossessiveFilter(s);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(s));
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  private static final Set<String> NOT_ENGLISH =
      Set.of(
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA],
          StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA]);

  /**
   * Korean morphemes (Nori: particles and endings dropped), word by word ({@link
   * KoreanWordTokenizer}).
   */
  static Analyzer korean() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new KoreanWordTokenizer(new KoreanAnalyzer()));
      }
    };
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
