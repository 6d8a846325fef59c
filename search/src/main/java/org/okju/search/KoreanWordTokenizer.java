package org.okju.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Korean morphemes of a text, word by word, through Nori with a cache of the words already
 * analysed. Nori (a Viterbi search over a dictionary at every character) analyses about 4 MB of
 * text a second on one core, thirty times slower than a word splitter, and it was nine tenths of
 * indexing's time; but Korean writes words (eojeol) between spaces and a diary repeats its words,
 * so each word is analysed once and its morphemes looked up after that. A word with no Hangul or
 * Hanja in it (English, numbers) is left to the other two fields and only keeps its position, so a
 * Korean phrase does not match across it. A query is analysed the same way, so a word gives the
 * same morphemes in a query as in a document.
 *
 * <p>Differs from Nori on the whole text in one way: a word's analysis does not see its neighbours
 * (Nori's penalty for a token after a space), which only changes how the rare ambiguous word is
 * split, the same way in queries and documents.
 *
 * <p>Not thread-safe, like every Lucene tokenizer (an analyzer keeps one per thread).
 */
final class KoreanWordTokenizer extends Tokenizer {
  /** Words a generation of the cache holds: two generations of ~150 bytes a word, about 20 MB. */
  static final int CACHE_WORDS = 65_536;

  /**
   * One word's morphemes: terms, offsets in the word, position increments. Cached values, never
   * compared or hashed and their arrays never written after the analysis, so array components are
   * safe here.
   */
  @SuppressWarnings("ArrayRecordComponent")
  private record Analysed(
      String[] terms, int[] starts, int[] ends, int[] increments, int trailing) {}

  private static final Analysed NOTHING =
      new Analysed(new String[0], new int[0], new int[0], new int[0], 0);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final Analyzer nori;
  private final int cacheWords;
  // A cheap least-recently-used cache: words are looked up in the young generation, then in the
  // old one (and copied young); when the young one is full it becomes the old one.
  private WordTable young;
  private WordTable old;

  private char[] text = new char[8192];
  private int length;
  private int scan;
  private Analysed word = NOTHING;
  private int wordStart;
  private int next;
  private int carried;

  KoreanWordTokenizer(Analyzer nori) {
    this(nori, CACHE_WORDS);
  }

  /** With a cache of {@code cacheWords} words a generation (tests use a small one). */
  KoreanWordTokenizer(Analyzer nori, int cacheWords) {
    this.nori = nori;
    this.cacheWords = cacheWords;
    this.young = new WordTable(cacheWords);
    this.old = new WordTable(cacheWords);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    for (int n = input.read(text, 0, text.length);
        n >= 0;
        n = input.read(text, length, text.length - length)) {
      length += n;
      if (length == text.length) {
        text = Arrays.copyOf(text, text.length * 2);
      }
    }
    scan = 0;
    word = NOTHING;
    next = 0;
    carried = 0;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (next >= word.terms().length) {
      if (!nextWord()) {
        return false;
      }
    }
    term.setEmpty().append(word.terms()[next]);
    int start = wordStart + word.starts()[next];
    int end = wordStart + word.ends()[next];
    offset.setOffset(correctOffset(start), correctOffset(end));
    increment.setPositionIncrement(word.increments()[next] + (next == 0 ? carried : 0));
    if (next == 0) {
      carried = 0;
    }
    next++;
    return true;
  }

  /** Moves to the next word that yields morphemes; false at the end of the text. */
  private boolean nextWord() throws IOException {
    carried += word.trailing(); // the particles dropped after the last word's morphemes
    while (scan < length) {
      int from = scan;
      while (from < length && Character.isWhitespace(text[from])) {
        from++;
      }
      int to = from;
      while (to < length && !Character.isWhitespace(text[to])) {
        to++;
      }
      scan = to;
      // The cache's key is the word without the punctuation around it (만났다. and 만났다, are one).
      while (from < to && !Character.isLetterOrDigit(text[from])) {
        from++;
      }
      while (to > from && !Character.isLetterOrDigit(text[to - 1])) {
        to--;
      }
      if (from == to) {
        continue;
      }
      if (!korean(from, to)) {
        carried++; // an English word or a number between two Korean words keeps its place
        continue;
      }
      word = analysed(from, to);
      wordStart = from;
      next = 0;
      if (word.terms().length > 0) {
        return true;
      }
      carried += word.trailing();
    }
    word = NOTHING;
    next = 0;
    return false;
  }

  private boolean korean(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '\u1100') {
        continue; // Latin, digits, punctuation: most of what is not Korean, ruled out at once
      }
      if ((c >= '\uAC00' && c <= '\uD7A3') // Hangul syllables
          || c <= '\u11FF' // Hangul jamo
          || (c >= '\u3130' && c <= '\u318F') // compatibility jamo
          || (c >= '\u4E00' && c <= '\u9FFF')) { // Hanja (Nori reads them as Hangul)
        return true;
      }
    }
    return false;
  }

  /** The word {@code text[from, to)}'s morphemes, from the cache when it has them. */
  private Analysed analysed(int from, int to) throws IOException {
    int hash = WordTable.hash(text, from, to);
    Analysed a = young.get(text, from, to, hash);
    if (a != null) {
      return a;
    }
    a = old.get(text, from, to, hash);
    if (a == null) {
      a = nori(new String(text, from, to - from));
    }
    if (young.size() >= cacheWords) {
      old = young;
      young = new WordTable(cacheWords);
    }
    young.put(text, from, to, hash, a);
    return a;
  }

  /**
   * Words and their morphemes in an open-addressed table looked up by the characters of the text
   * being read: no String is made for a word already analysed, and a lookup reads two arrays and
   * the word's characters, where a HashMap of Strings read five objects scattered over the heap (it
   * was a twelfth of indexing's samples). Holds up to the words it was made for; never shrinks.
   */
  private static final class WordTable {
    private final int mask;
    private final int[] hashes;
    private final char[][] keys;
    private final Analysed[] values;
    private int size;

    WordTable(int words) {
      int slots = Integer.highestOneBit(Math.max(2, words) * 2 - 1) << 1; // at most half full
      mask = slots - 1;
      hashes = new int[slots];
      keys = new char[slots][];
      values = new Analysed[slots];
    }

    static int hash(char[] text, int from, int to) {
      int h = 0;
      for (int i = from; i < to; i++) {
        h = (31 * h) + text[i];
      }
      return h ^ (h >>> 16);
    }

    int size() {
      return size;
    }

    Analysed get(char[] text, int from, int to, int hash) {
      for (int i = hash & mask; keys[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == hash && Arrays.equals(keys[i], 0, keys[i].length, text, from, to)) {
          return values[i];
        }
      }
      return null;
    }

    /** Adds a word not in the table (the caller looked it up first). */
    void put(char[] text, int from, int to, int hash, Analysed value) {
      int i = hash & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      hashes[i] = hash;
      keys[i] = Arrays.copyOfRange(text, from, to);
      values[i] = value;
      size++;
    }
  }

  private Analysed nori(String w) throws IOException {
    java.util.List<String> terms = new java.util.ArrayList<>(4);
    java.util.List<int[]> places = new java.util.ArrayList<>(4);
    try (TokenStream ts = nori.tokenStream("", w)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(t.toString());
        places.add(new int[] {o.startOffset(), o.endOffset(), p.getPositionIncrement()});
      }
      ts.end();
      int trailing = p.getPositionIncrement();
      int n = terms.size();
      int[] starts = new int[n];
      int[] ends = new int[n];
      int[] increments = new int[n];
      for (int i = 0; i < n; i++) {
        starts[i] = places.get(i)[0];
        ends[i] = places.get(i)[1];
        increments[i] = places.get(i)[2];
      }
      return new Analysed(terms.toArray(new String[0]), starts, ends, increments, trailing);
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    int end = correctOffset(length);
    offset.setOffset(end, end);
    increment.setPositionIncrement(carried);
  }
}
