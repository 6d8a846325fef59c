package org.okju.search;

import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

/**
 * The index's layout: which fields a passage of text is indexed under and how each is analysed. The
 * same text goes two ways, and a query asks both: Korean through Nori (morphemes, so that {@code
 * 최사장한테} is found by {@code 최사장}: particles and endings dropped), and the words as written,
 * lower-cased (Unicode word boundaries), for prefixes and anything Nori splits differently, with
 * each English word's stem beside it at the same position ({@link EnglishStems}: {@code received}
 * is found by {@code receive}). The stems once had a field of their own; sharing the words field
 * saves a second tokenizer pass and every English word whose stem is itself (most of them) a second
 * time in the index. Positions are kept (phrases, and a Korean word is a phrase of its morphemes),
 * offsets are not: a hit is traced to its line by analysing its passage again ({@link
 * MatchOffsets}).
 */
final class SearchFields {
  /** Changes whenever fields or analysis change: an index of another format is rebuilt. */
  static final String FORMAT = "okju-search-4";

  static final String KOREAN = "ko";

  /** Words as written, and English stems beside them. */
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

  /**
   * The analysers by field for queries and for tracing a hit to its line: the words field's is
   * {@link #words()}, which gives every word the position the index gave it (a stem shares its
   * word's). Thread-safe (Lucene analyzers reuse per-thread components).
   */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(words(), Map.of(KOREAN, korean()));
  }

  /** The analysers by field for indexing: the words field gets English stems beside its words. */
  static Analyzer indexing() {
    return new PerFieldAnalyzerWrapper(wordsAndStems(), Map.of(KOREAN, korean()));
  }

  /**
   * A query's English terms, asked of the words field: Lucene's {@link EnglishAnalyzer} chain
   * (lower case, stop words, possessives, Porter stems) with okju's stemmer ({@link EnglishStems},
   * the one indexing uses), without the words of scripts it cannot stem (Hangul and Han words are
   * asked as written and as Korean morphemes). Their positions are kept, so an English phrase does
   * not match across a Korean word.
   */
  static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream s = new TypeTokenFilter(tokenizer, NOT_ENGLISH);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(
            tokenizer, new EnglishStems(s, EnglishStems.Place.INSTEAD));
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

  /** As {@link #words()}, each English word's stem beside it where it differs. */
  static Analyzer wordsAndStems() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        return new TokenStreamComponents(
            tokenizer, new EnglishStems(new LowerCaseFilter(tokenizer), EnglishStems.Place.BESIDE));
      }
    };
  }
}
