package org.okju.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The word-by-word Korean analysis against Nori itself, with its cache full and turning over. */
class KoreanWordTokenizerTest {
  private static final List<String> WORDS =
      List.of("최사장한테", "신촌역", "출구에서", "만났다", "박실장이", "테이프", "가져갔다", "정산", "송금했다", "지젤_02");

  /** term@start-end+increment for every token, then the final increment. */
  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("ko", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t + "@" + o.startOffset() + "-" + o.endOffset() + "+" + p.getPositionIncrement());
      }
      ts.end();
      out.add("end+" + p.getPositionIncrement());
    }
    return out;
  }

  private static Analyzer cached(int words) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new KoreanWordTokenizer(new KoreanAnalyzer(), words));
      }
    };
  }

  @Test
  void eachWordGivesNorisMorphemesOfThatWordAtItsPlaceInTheText() throws IOException {
    Analyzer nori = new KoreanAnalyzer();
    Analyzer words = cached(KoreanWordTokenizer.CACHE_WORDS);
    for (String w : WORDS) {
      assertThat(tokens(words, w)).as(w).isEqualTo(tokens(nori, w));
    }
    // Shifted by what comes before (a word and a space), and the same from the cache.
    String text = "오늘 최사장한테 오늘 최사장한테";
    List<String> t = tokens(words, text);
    assertThat(t).contains("사장@4-6+2", "사장@13-15+2");
    assertThat(text.substring(4, 6)).isEqualTo("사장");
  }

  @Test
  void aWordWithoutHangulKeepsItsPlaceSoThatAKoreanPhraseDoesNotMatchAcrossIt() throws IOException {
    Analyzer words = cached(KoreanWordTokenizer.CACHE_WORDS);
    assertThat(tokens(words, "신촌역 출구")).containsExactly("신촌@0-2+1", "역@2-3+1", "출구@4-6+1", "end+0");
    assertThat(tokens(words, "신촌역 Jin 출구"))
        .containsExactly("신촌@0-2+1", "역@2-3+1", "출구@8-10+2", "end+0");
  }

  @Test
  void aCacheOfFourWordsTurningOverGivesTheSameMorphemesAsOneThatHoldsThemAll() throws IOException {
    List<String> backwards = new ArrayList<>(WORDS);
    java.util.Collections.reverse(backwards);
    String text = String.join(" ", WORDS) + " " + String.join(" ", backwards);
    assertThat(tokens(cached(4), text))
        .isEqualTo(tokens(cached(KoreanWordTokenizer.CACHE_WORDS), text))
        .hasSizeGreaterThan(2 * WORDS.size());
  }
}
