package org.okju.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * Indexing splits a passage's words once for the English and as-written fields: what each field
 * then indexes must be exactly what its analyser (which queries and {@link MatchOffsets} use)
 * gives.
 */
class SplitWordsTest {
  private static final List<String> TEXTS =
      List.of(
          "Met Mr Choi's driver at the north gate of Yeouido park at 9 pm, received 3,000,000 won.",
          "오늘 신촌역 3번 출구에서 최사장을 만났다. 최사장한테 200만원 받음 / Paid Jin 25 percent",
          "the cut: Jin 25%, Park 10 percent, the old man (Mr Seo) 45%\nTape: 지젤_02 Nutcracker_03.mp4",
          "漢字 ひらがな カタカナ 😀 e-mail jin@example.com http://example.com/a?b=c don't U.S.A.",
          "x".repeat(300) + " after a word longer than the tokenizer's limit " + "가".repeat(600),
          "",
          "   \n\t  ",
          "The and of a an the: only stop words");

  /** Every attribute the indexer reads, token by token, then the end state. */
  static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute l = ts.addAttribute(PositionLengthAttribute.class);
      TypeAttribute y = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            t
                + "@"
                + o.startOffset()
                + "-"
                + o.endOffset()
                + "+"
                + p.getPositionIncrement()
                + "/"
                + l.getPositionLength()
                + y.type());
      }
      ts.end();
      out.add("end@" + o.endOffset() + "+" + p.getPositionIncrement());
    }
    return out;
  }

  @Test
  void eachFieldIndexesWhatItsAnalyserGives() throws IOException {
    Analyzer english = SearchFields.english();
    Analyzer words = SearchFields.words();
    for (String text : TEXTS) {
      // The English field is inverted first (it splits), the as-written field replays the split.
      List<String> en = tokens(SearchFields.english(SplitWords.of(text)));
      List<String> asWritten = tokens(SearchFields.asWritten(SplitWords.of(text)));
      assertThat(en).as(text).isEqualTo(tokens(english.tokenStream(SearchFields.ENGLISH, text)));
      assertThat(asWritten).as(text).isEqualTo(tokens(words.tokenStream(SearchFields.WORDS, text)));
    }
    assertThat(tokens(SearchFields.asWritten(SplitWords.of(TEXTS.get(0)))))
        .contains("choi's@7-13+1/1<ALPHANUM>", "end@87+0");
    assertThat(tokens(SearchFields.english(SplitWords.of(TEXTS.get(0)))))
        .contains("choi@7-13+1/1<ALPHANUM>", "receiv@64-72+1/1<ALPHANUM>");
  }

  @Test
  void aPassageWithTheSameWordsAsTheLastIsSplitAgainNotConfused() throws IOException {
    String first = "north gate";
    String second = new String("north gate".toCharArray()); // equal, not the same String
    String third = "south gate of the park";
    assertThat(tokens(SearchFields.asWritten(SplitWords.of(first))))
        .isEqualTo(tokens(SearchFields.asWritten(SplitWords.of(second))));
    assertThat(tokens(SearchFields.asWritten(SplitWords.of(third))))
        .containsExactly(
            "south@0-5+1/1<ALPHANUM>",
            "gate@6-10+1/1<ALPHANUM>",
            "of@11-13+1/1<ALPHANUM>",
            "the@14-17+1/1<ALPHANUM>",
            "park@18-22+1/1<ALPHANUM>",
            "end@22+0");
  }
}
