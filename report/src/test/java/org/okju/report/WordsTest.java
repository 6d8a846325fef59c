package org.okju.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.SourceStatus;

/** The report's words: every English text has a Korean one, and a Korean count stays Korean. */
class WordsTest {
  private final Words english = Words.of(ReportLanguage.EN);
  private final Words korean = Words.of(ReportLanguage.KO);

  @Test
  void oneThingIsCountedInTheReportsOwnLanguage() {
    assertThat(english.counted("kind.archive", 1)).isEqualTo("1 archive");
    assertThat(english.counted("kind.archive", 2)).isEqualTo("2 archives");
    // The English singular once showed through the Korean bundle: "문서 2개, 1 archive".
    assertThat(korean.counted("kind.archive", 1)).isEqualTo("압축 파일 1개");
    assertThat(korean.counted("fact.count.supply", 1)).isEqualTo("공급 1건");
    assertThat(korean.counted("kind.other", 1)).isEqualTo("기타 1개");
  }

  @Test
  void aDayOfNoWrittenYearIsSaidInWordsAndACalendarDateAsIsoWritesIt() {
    assertThat(english.day("--04-03")).isEqualTo("3 April, year not written");
    assertThat(korean.day("--04-03")).isEqualTo("4월 3일 (연도 미기재)");
    assertThat(english.day("2024-04-03")).isEqualTo("2024-04-03");
  }

  @Test
  void everyStatusHasWordsInBothLanguages() {
    for (Enum<?> s : SourceStatus.values()) {
      assertThat(english.status(s)).isEqualTo(s.name().toLowerCase(java.util.Locale.ROOT));
      assertThat(korean.status(s)).doesNotContainPattern("[A-Za-z]");
    }
    for (Enum<?> s : ItemStatus.values()) {
      assertThat(english.status(s)).isEqualTo(s.name().toLowerCase(java.util.Locale.ROOT));
      assertThat(korean.status(s)).doesNotContainPattern("[A-Za-z]");
    }
  }

  @Test
  void everyEnglishTextHasAKoreanOneSaveTheSingulars() throws IOException {
    Set<String> missing = new TreeSet<>(keys("words.properties"));
    missing.removeAll(keys("words_ko.properties"));
    missing.removeIf(k -> k.endsWith(".one"));
    assertThat(missing).isEmpty();
  }

  private static Set<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(file)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p.stringPropertyNames();
  }
}
