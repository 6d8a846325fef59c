package org.okju.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * English stems of lower-cased words (a possessive {@code 's} dropped, then Porter's stemmer):
 * either in place of each word (a query's English terms) or beside it, at the same position (the
 * index: the words field holds every word as written and, where it differs, its stem, so one field
 * and one tokenizer pass serve both as-written and stemmed search). Only letter words ({@code
 * <ALPHANUM>}) are stemmed, stop words never: Hangul, Han, numbers and stop words pass unchanged.
 * The same code stems at indexing and at query time, so a query's stem is always one the index
 * holds.
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

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final PorterStemmer porter = new PorterStemmer();
  private final Place place;
  // Porter stems in place: the word is copied here first, so that it can still be emitted.
  private char[] scratch = new char[32];
  // The stem of the word just emitted, waiting in porter's buffer (BESIDE).
  private boolean stemWaits;

  EnglishStems(TokenStream in, Place place) {
    super(in);
    this.place = place;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (stemWaits) {
      stemWaits = false;
      term.copyBuffer(porter.getCurrentBuffer(), 0, porter.getCurrentBufferLength());
      increment.setPositionIncrement(0); // offsets and type stay the word's
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!LETTERS.equals(type.type()) || STOP_WORDS.contains(term.buffer(), 0, term.length())) {
      return true;
    }
    boolean differs = stem();
    if (place == Place.BESIDE) {
      stemWaits = differs;
    } else if (differs) {
      term.copyBuffer(porter.getCurrentBuffer(), 0, porter.getCurrentBufferLength());
    }
    return true;
  }

  /** Stems the current word into porter's buffer; true when the stem differs from the word. */
  private boolean stem() {
    int length = term.length();
    char[] word = term.buffer();
    if (scratch.length < length) {
      scratch = new char[Math.max(length, 2 * scratch.length)];
    }
    System.arraycopy(word, 0, scratch, 0, length);
    int stemmed = length;
    // EnglishPossessiveFilter's rule: 's with an ASCII, a right single or a full-width apostrophe.
    if (length >= 2
        && (word[length - 1] == 's' || word[length - 1] == 'S')
        && (word[length - 2] == '\''
            || word[length - 2] == '\u2019'
            || word[length - 2] == '\uFF07')) {
      stemmed = length - 2;
    }
    porter.setCurrent(scratch, stemmed);
    porter.stem();
    int n = porter.getCurrentBufferLength();
    if (n != length) {
      return true;
    }
    char[] s = porter.getCurrentBuffer();
    for (int i = 0; i < n; i++) {
      if (s[i] != word[i]) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    stemWaits = false;
  }
}
