package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.LedgerRows;
import org.okju.casefile.Sha256;

/**
 * Issue 16's rule on fictional diaries: a person the diary pays or gives a share to is an
 * accomplice, never a victim, even where another sentence reads like a victim's (met at a station,
 * called out); a person money comes from to have a tape deleted stays a victim.
 */
class PaidIsNeverVictimTest {
  private static LedgerExtractor extractor;

  @TempDir Path tmp;

  @BeforeAll
  static void load() {
    extractor = new LedgerExtractor();
  }

  private static Extraction read(String text) {
    return extractor.extract(DocumentText.of("diary.txt", text));
  }

  @Test
  void aKoreanDriverMetAtAStationAndGivenAShareIsAnAccomplice() {
    Extraction x =
        read(
            """
            2024년 3월 2일 (토)
            밤 10시 강남역 2번 출구에서 태식이를 만남. 카메라 건넴.
            정산: 태식 25%, 나 75%.\
            """);
    assertThat(x.roles()).containsEntry("태식", PersonRole.ACCOMPLICE);
    assertThat(x.entities())
        .filteredOn(e -> e.normalized().equals("태식"))
        .anySatisfy(e -> assertThat(e.cue()).contains(RoleCue.paidOrShare(RoleCue.SHARE)));
  }

  @Test
  void anEnglishHelperCalledOutAndPaidIsAnAccomplice() {
    Extraction x =
        read(
            """
            April 6, 2024
            Called Dongho out to Sinchon station exit 3 at 11pm.
            Paid Dongho 200,000 won for the drive.\
            """);
    assertThat(x.roles()).containsEntry("Dongho", PersonRole.ACCOMPLICE);
    assertThat(x.entities())
        .filteredOn(e -> e.normalized().equals("Dongho"))
        .anySatisfy(e -> assertThat(e.cue()).contains(RoleCue.paidOrShare(RoleCue.PAID_FOR_WORK)));
  }

  /**
   * Session 30: a woman met and then given money that names no job (not a share, not pay for the
   * drive) had been suggested as an accomplice, so named by {@code ledger confirm --all}; in doubt,
   * she is unknown (pseudonymised) until a reviewer decides. Fictional lines.
   */
  @Test
  void aWomanMetAndGivenMoneyForNoJobIsUnknownNotAnAccomplice() {
    Extraction x =
        read(
            """
            2024년 4월 5일
            다혜 데리고 역삼동 라온 오피스텔 1203호. 그 사람이 술 따라줌.
            4월 6일
            다혜한테 20만 보냄.
            April 8, 2024
            Met Nari at Hapjeong station exit 7 at 10pm.
            Sent Nari 300k.\
            """);
    assertThat(x.roles())
        .containsEntry("다혜", PersonRole.UNKNOWN)
        .containsEntry("Nari", PersonRole.UNKNOWN);
  }

  /**
   * Session 30: "그 사람한테서 50만 받음. 다혜 …": money from someone the line names only as "that man" had
   * been put on the woman named in the next sentence (the verb ending its sentence was not read as
   * its end), making her its payer.
   */
  @Test
  void noOneNamedInTheNextSentenceIsTheMoneysParty() {
    Extraction x =
        read(
            """
            2024년 4월 5일
            다혜한테 연락함. 다혜 데리고 역삼동 라온 오피스텔 1203호. 그 사람이 술 따라줌.
            4월 6일
            그 사람한테서 50만 받음. 다혜는 못 일어남.\
            """);
    assertThat(x.roles()).containsEntry("다혜", PersonRole.VICTIM);
    assertThat(x.facts())
        .noneMatch(f -> f.type() == FactType.PAYMENT && f.subject().equals(Optional.of("다혜")));
  }

  @Test
  void aKoreanPersonPaidByTheWriterIsNoVictimButOneWhoPaysToDeleteATapeIs() {
    Extraction x =
        read(
            """
            2024년 5월 1일
            수아를 합정역 7번 출구로 불러냄. 테이프 #3 촬영.
            민재한테 수고비 20만원 줌. 민재를 역 앞에서 만남.
            5월 9일
            수아한테서 100만원 받음. 테이프 #3 삭제 조건.\
            """);
    assertThat(x.roles())
        .containsEntry("수아", PersonRole.VICTIM)
        .containsEntry("민재", PersonRole.ACCOMPLICE);
  }

  @Test
  void aPersonAVictimInOneDocumentAndPaidInAnotherIsSuggestedAsAnAccomplice() throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      LedgerCase ledger = new LedgerCase(store, "test", Clock.systemUTC());
      add(ledger, "a.txt", "May 3, 2024\nMet Hyejin at the Jamsu Bridge at 9pm. Filmed tape 14.");
      assertThat(role(store, "Hyejin")).isEqualTo("victim");
      add(ledger, "b.txt", "May 10, 2024\nPaid Hyejin 500,000 won for the room.");
      assertThat(role(store, "Hyejin")).isEqualTo("accomplice");
    }
  }

  private static void add(LedgerCase ledger, String name, String text) throws Exception {
    DocumentText doc = DocumentText.of(name, text);
    ledger.add(
        doc,
        extractor.extract(doc),
        Optional.empty(),
        Sha256.of(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
        Optional.of("text/plain"),
        "inv1");
  }

  private static String role(CaseStore store, String name) {
    return store.ledger().people().stream()
        .filter(p -> p.names().stream().anyMatch(n -> n.name().equals(name)))
        .map(LedgerRows.Identity::role)
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not a person of the case"));
  }
}
