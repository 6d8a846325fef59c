package org.okju.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** English stems beside the words as written (indexing) and instead of them (queries). */
class EnglishStemsTest {
  @Test
  void indexingKeepsEachWordAndPutsADifferentStemAtItsPosition() throws IOException {
    assertThat(
            KoreanWordTokenizerTest.tokens(
                SearchFields.wordsAndStems(), "Choi's gates was 최사장한테 50"))
        .containsExactly(
            "choi's@0-6+1",
            "choi@0-6+0", // the possessive dropped
            "gates@7-12+1",
            "gate@7-12+0",
            "was@13-16+1", // a stop word is never stemmed ("wa")
            "최사장한테@17-22+1", // Hangul as written, not stemmed
            "50@23-25+1",
            "end+0");
  }

  @Test
  void aWordThatIsItsOwnStemIsIndexedOnce() throws IOException {
    assertThat(KoreanWordTokenizerTest.tokens(SearchFields.wordsAndStems(), "north gate"))
        .containsExactly("north@0-5+1", "gate@6-10+1", "end+0");
  }

  @Test
  void aQueryGetsTheStemsTheIndexHolds() throws IOException {
    assertThat(KoreanWordTokenizerTest.tokens(SearchFields.english(), "Received the Gates 최사장"))
        .containsExactly("receiv@0-8+1", "gate@13-18+2", "end+1");
  }
}
