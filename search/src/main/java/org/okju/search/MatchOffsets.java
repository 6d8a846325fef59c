package org.okju.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Where in a passage's text a matched position starts. The index keeps positions but no offsets
 * (writing an offset pair for every token of every field was a good part of indexing's cost, and
 * only the few passages a search shows need them): the passage's stored text is analysed again by
 * the field's own analyser, which gives every token the same position it was indexed at, and so its
 * offset. Stateless.
 */
final class MatchOffsets {
  private MatchOffsets() {}

  /**
   * The start offset in {@code text} of each of {@code positions} in {@code field}, counted as the
   * indexer counts them (the sum of the position increments so far, less one).
   */
  static Map<Integer, Integer> of(
      Analyzer analyzer, String field, String text, Set<Integer> positions) throws IOException {
    Map<Integer, Integer> out = new HashMap<>();
    if (positions.isEmpty()) {
      return out;
    }
    int last = positions.stream().mapToInt(Integer::intValue).max().orElse(-1);
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        if (positions.contains(position)) {
          out.putIfAbsent(position, offset.startOffset());
        }
        if (position >= last && out.size() == positions.size()) {
          break; // every position asked for is found; the rest of the passage is not needed
        }
      }
      ts.end();
    }
    return out;
  }
}
