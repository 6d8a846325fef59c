package org.okju.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The Unicode words (UAX #29) of one passage, split once by {@link StandardTokenizer} and replayed
 * to the English and the as-written fields. Both fields' analysers begin with that tokenizer on the
 * same text, and splitting was a fifth of indexing's CPU (the JFlex scanner, twice): indexing now
 * splits once and each field's filters read the recorded tokens, which carry every attribute the
 * tokenizer set (term, offsets, increments, type, position length, and the end state), so the terms
 * and positions are the analysers' own. Queries and {@link MatchOffsets} still use the analysers
 * ({@code SplitWordsTest} checks the two agree).
 *
 * <p>One recording a thread (the thread that inverts the document), holding the last passage split;
 * not thread-safe.
 */
final class SplitWords {
  private static final ThreadLocal<SplitWords> OF_THREAD = ThreadLocal.withInitial(SplitWords::new);

  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment =
      tokenizer.addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length =
      tokenizer.addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);

  // The text split last (compared by identity: a passage's two fields hold the same String).
  private String split;
  private int count;
  private char[] chars = new char[16 << 10];
  private int[] charEnd = new int[1 << 10]; // token i's term is chars[charEnd[i-1], charEnd[i])
  private int[] starts = new int[1 << 10];
  private int[] ends = new int[1 << 10];
  private int[] increments = new int[1 << 10];
  private int[] lengths = new int[1 << 10];
  private String[] types = new String[1 << 10];
  private int endOffset;
  private int endIncrement;

  private SplitWords() {}

  /**
   * A token stream of {@code text}'s words as {@link StandardTokenizer} gives them, for a field's
   * filters to read. Split when the stream is reset, on the thread that consumes it.
   */
  static TokenStream of(String text) {
    return new Replay(text);
  }

  // Identity, not equality: the same String is the same passage's other field (comparing the
  // characters would cost as much as a part of the split it saves).
  @SuppressWarnings("ReferenceEquality")
  private void split(String text) {
    if (text == split) { // the other field of the same passage: already split
      return;
    }
    split = null;
    count = 0;
    try {
      tokenizer.setReader(new StringReader(text));
      tokenizer.reset();
      while (tokenizer.incrementToken()) {
        record();
      }
      tokenizer.end();
      endOffset = offset.endOffset();
      endIncrement = increment.getPositionIncrement();
      tokenizer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be read", e);
    }
    split = text;
  }

  private void record() {
    if (count == starts.length) {
      int n = 2 * count;
      charEnd = Arrays.copyOf(charEnd, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      increments = Arrays.copyOf(increments, n);
      lengths = Arrays.copyOf(lengths, n);
      types = Arrays.copyOf(types, n);
    }
    int from = count == 0 ? 0 : charEnd[count - 1];
    int to = from + term.length();
    if (to > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(to, 2 * chars.length));
    }
    System.arraycopy(term.buffer(), 0, chars, from, term.length());
    charEnd[count] = to;
    starts[count] = offset.startOffset();
    ends[count] = offset.endOffset();
    increments[count] = increment.getPositionIncrement();
    lengths[count] = length.getPositionLength();
    types[count] = type.type(); // one of StandardTokenizer.TOKEN_TYPES: no copy made
    count++;
  }

  /** The recorded tokens of one text, replayed. */
  private static final class Replay extends TokenStream {
    private final String text;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private SplitWords words;
    private int next;

    Replay(String text) {
      this.text = text;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      words = OF_THREAD.get();
      words.split(text);
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next >= words.count) {
        return false;
      }
      clearAttributes();
      int from = next == 0 ? 0 : words.charEnd[next - 1];
      term.copyBuffer(words.chars, from, words.charEnd[next] - from);
      offset.setOffset(words.starts[next], words.ends[next]);
      increment.setPositionIncrement(words.increments[next]);
      length.setPositionLength(words.lengths[next]);
      type.setType(words.types[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(words.endOffset, words.endOffset);
      increment.setPositionIncrement(words.endIncrement);
    }
  }
}
