package org.okju.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * English stems of lower-cased words (a possessive {@code 's} dropped, then Lucene's Porter
 * stemmer): either in place of each word (a query's English terms) or beside it, at the same
 * position (the index: the words field holds every word as written and, where it differs, its stem,
 * so one field and one tokenizer pass serve both as-written and stemmed search). Only letter words
 * ({@code <ALPHANUM>}) are stemmed, stop words never: Hangul, Han, numbers and stop words pass
 * unchanged. The same code stems at indexing and at query time, so a query's stem is always one the
 * index holds.
 *
 * <p>Not thread-safe, like every Lucene token filter.
 */
final class EnglishStems extends TokenFilter {
  /** Where a stem goes. */
  enum Place {
    /** The stem replaces the word (queries). */
    INSTEAD,
    /** The stem follows the word at the same position when it differs (indexing). */
    BESIDE
  }

  private static final String LETTERS = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
  private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  private static final int LONGEST_STOP_WORD = longest(STOP_WORDS);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  // Lucene's Porter stemmer is a token filter: it stems the words handed to it one at a time.
  private final OneWord word = new OneWord();
  private final TokenStream porter = new PorterStemFilter(word);
  private final Place place;
  // The stem of the word just emitted, waiting in word.term (BESIDE).
  private boolean stemWaits;

  EnglishStems(TokenStream in, Place place) {
    super(in);
    this.place = place;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (stemWaits) {
      stemWaits = false;
      term.copyBuffer(word.term.buffer(), 0, word.term.length());
      increment.setPositionIncrement(0); // offsets and type stay the word's
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!LETTERS.equals(type.type()) || stopWord(term.buffer(), term.length())) {
      return true;
    }
    boolean differs = stem();
    if (place == Place.BESIDE) {
      stemWaits = differs;
    } else if (differs) {
      term.copyBuffer(word.term.buffer(), 0, word.term.length());
    }
    return true;
  }

  /** Stems the current word into {@code word.term}; true when the stem differs from the word. */
  private boolean stem() throws IOException {
    int length = term.length();
    char[] written = term.buffer();
    int stemmed = length;
    // EnglishPossessiveFilter's rule: 's with an ASCII, a right single or a full-width apostrophe.
    if (length >= 2
        && (written[length - 1] == 's' || written[length - 1] == 'S')
        && (written[length - 2] == '\''
            || written[length - 2] == '\u2019'
            || written[length - 2] == '\uFF07')) {
      stemmed = length - 2;
    }
    word.term.copyBuffer(written, 0, stemmed);
    word.ready = true;
    porter.incrementToken();
    if (word.term.length() != length) {
      return true;
    }
    char[] s = word.term.buffer();
    for (int i = 0; i < length; i++) {
      if (s[i] != written[i]) {
        return true;
      }
    }
    return false;
  }

  /** Stop words are short: a longer word is not looked up. */
  private static boolean stopWord(char[] buffer, int length) {
    return length <= LONGEST_STOP_WORD && STOP_WORDS.contains(buffer, 0, length);
  }

  private static int longest(CharArraySet words) {
    int n = 0;
    for (Object w : words) {
      n = Math.max(n, ((char[]) w).length);
    }
    return n;
  }

  /** A stream of the one word last handed to it, for the stemmer to read. */
  private static final class OneWord extends TokenStream {
    final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    boolean ready;

    @Override
    public boolean incrementToken() {
      boolean r = ready;
      ready = false;
      return r;
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    porter.reset();
    stemWaits = false;
  }
}
