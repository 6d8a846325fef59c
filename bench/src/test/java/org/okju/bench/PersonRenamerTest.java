package org.okju.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The renaming of {@code okju bench ledger --rename-seed N} is consistent: on every development
 * document, for three seeds, the renamed annotation's people are all written in the renamed text
 * when they were in the original, no old name is left in either, and the shapes are kept (the final
 * consonant a particle depends on, a title, a full name's two parts, a variant's spelling).
 */
class PersonRenamerTest {
  @Test
  void everyDevelopmentDocumentIsRenamedConsistentlyForThreeSeeds() {
    List<String> problems = new ArrayList<>();
    int renamed = 0;
    int people = 0;
    for (long seed = 1; seed <= 3; seed++) {
      PersonRenamer renamer = new PersonRenamer(seed);
      for (String name : LedgerCorpus.names(LedgerCorpus.Split.DEV)) {
        String text = LedgerCorpus.source(LedgerCorpus.Split.DEV, name);
        List<String> ann = LedgerCorpus.annotation(LedgerCorpus.Split.DEV, name);
        PersonRenamer.Renamed r = renamer.rename(name, text, ann, LedgerCorpus.charset(name));
        PersonRenamer.problems(text, ann, r).forEach(p -> problems.add(name + ": " + p));
        assertThat(r.annotation()).hasSameSizeAs(ann);
        renamed += r.people();
        people += (int) ann.stream().filter(l -> l.startsWith("E person ")).count();
      }
    }
    assertThat(problems).isEmpty();
    // Most people have a name of a known shape; nicknames, handles and role words are kept.
    assertThat(renamed).isGreaterThan(people * 6 / 10);
  }

  @Test
  void aKoreanGivenNameKeepsItsFinalConsonantSoItsParticlesStayRight() {
    for (long seed = 1; seed <= 20; seed++) {
      PersonRenamer.Renamed r =
          rename(seed, "지은이는 수아를 만났다. 지은을 봤다.", "E person 지은 victim", "E person 수아 victim");
      String jieun = r.parts().get("지은");
      String sua = r.parts().get("수아");
      assertThat(Romanisation.hasFinal(jieun.charAt(1))).isTrue();
      assertThat(Romanisation.hasFinal(sua.charAt(1))).isFalse();
      assertThat(r.text()).isEqualTo(jieun + "이는 " + sua + "를 만났다. " + jieun + "을 봤다.");
      assertThat(r.annotation())
          .containsExactly("E person " + jieun + " victim", "E person " + sua + " victim");
    }
  }

  @Test
  void aTitleIsKeptAndAFullNameChangesInBothPartsWithItsVariants() {
    PersonRenamer.Renamed r =
        rename(
            3,
            "최민수 실장한테 받음. 최실장 2할, 정 사장 1할. 민수 형 몫. 한 지 율 만남.",
            "E person 최민수 accomplice",
            "E person 정사장 accomplice",
            "E person 한지율 victim",
            "F share 최민수|20",
            "F share 정사장|10");
    String choi = r.surnames().get("최");
    String jung = r.surnames().get("정");
    String minsu = r.parts().get("민수");
    String jiyul = r.parts().get("지율");
    String han = r.surnames().get("한");
    assertThat(r.text())
        .isEqualTo(
            choi
                + minsu
                + " 실장한테 받음. "
                + choi
                + "실장 2할, "
                + jung
                + " 사장 1할. "
                + minsu
                + " 형 몫. "
                + han
                + " "
                + jiyul.charAt(0)
                + " "
                + jiyul.charAt(1)
                + " 만남.");
    assertThat(r.annotation())
        .contains(
            "E person " + choi + minsu + " accomplice",
            "F share " + jung + "사장|10",
            "E person " + han + jiyul + " victim");
  }

  @Test
  void englishAndRomanisedNamesChangeInEverySpellingWhilePlacesHandlesAndRoleWordsStay() {
    PersonRenamer.Renamed r =
        rename(
            2,
            "Met Jess at Olympic Park. Mr. Park paid. Ji-woo and Jiwoo (지우) came; boss and @jess_x"
                + " laughed. JESS cried. Filmed jess_0214.",
            "E person Jess victim",
            "E person Park accomplice",
            "E person 지우 victim",
            "E place Olympic Park",
            "F meeting Jess|Olympic Park");
    String jess = r.parts().get("Jess");
    String park = r.parts().get("Park");
    String jiwoo = r.parts().get("지우");
    assertThat(r.text())
        .contains("Met " + jess + " at Olympic Park.", "Mr. " + park + " paid.", "(" + jiwoo + ")")
        .contains("boss and @jess_x", jess.toUpperCase(java.util.Locale.ROOT) + " cried")
        .contains("Filmed " + jess.toLowerCase(java.util.Locale.ROOT) + "_0214")
        .doesNotContain("Ji-woo", "Jiwoo");
    assertThat(r.annotation())
        .contains("F meeting " + jess + "|Olympic Park", "E place Olympic Park");
  }

  @Test
  void nicknamesAndRoleWordsAreNotRenamed() {
    PersonRenamer.Renamed r =
        rename(
            1,
            "두꺼비랑 형님이 왔다. Raven paid.",
            "E person 두꺼비 accomplice",
            "E person 형님 accomplice",
            "E person Raven accomplice");
    assertThat(r.people()).isZero();
    assertThat(r.text()).isEqualTo("두꺼비랑 형님이 왔다. Raven paid.");
  }

  private static PersonRenamer.Renamed rename(long seed, String text, String... ann) {
    return new PersonRenamer(seed).rename("x.txt", text, List.of(ann), StandardCharsets.UTF_8);
  }
}
