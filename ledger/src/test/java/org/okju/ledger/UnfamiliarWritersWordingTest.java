package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 23: people in the forms of writers the corpus lacked, in the styles of the round 187-193
 * (written before the rules ran on it): a quoted nickname given a person's particle or called a
 * nickname, particles an OCR'd page writes apart from the name, a list after an arrow, "her matter"
 * ({@code 하은 건 수고비}), a letter's salutation, a repaid debt, a district written with its suffix in a
 * statement's address. Fictional lines.
 */
class UnfamiliarWritersWordingTest extends WordingTestBase {
  private static List<String> people(Extraction x) {
    return normalized(x, EntityType.PERSON);
  }

  @Test
  void aQuotedNicknameWithAPersonsParticleIsAPerson() {
    Extraction x = read("텔방 '고등어'가 산대 300k", "'꼬마'한테 어제 거 넘김 20만");
    assertThat(people(x)).contains("고등어", "꼬마");
    // A quoted title is no one, with or without its particle.
    Extraction titles = read("영상 제목은 '벚꽃엔딩'이라고 함", "\"겨울잠\" 넘기고 50 받음", "'여름밤'이 제일 잘 팔림");
    assertThat(people(titles)).doesNotContain("벚꽃엔딩", "겨울잠", "여름밤");
  }

  @Test
  void aQuotedWordCalledANicknameIsAPersonNotATitle() {
    Extraction x = read("다음 날 그는 위 영상을 \"판다\"라는 닉네임의 구매자에게 50만원에 판매하였습니다.");
    assertThat(people(x)).contains("판다");
    assertThat(normalized(x, EntityType.TAPE)).doesNotContain("판다");
  }

  @Test
  void particlesAnOcrdPageWritesApartAreTheNamesParticles() {
    Extraction x = read("4/18 토  다은이 랑 논현동 호텔 누보 902호 , 촬영");
    assertThat(people(x)).contains("다은");
  }

  @Test
  void aListOfNamesAfterAnArrowIsWhoCame() {
    Extraction x = read("4/25 토  잠실새내역 → 유리,  보미", "         둘 다 취함");
    assertThat(people(x)).contains("유리", "보미");
  }

  @Test
  void herMatterBeforeAFeeOrAFilmIsHer() {
    Extraction x = read("3/3 하은 건 수고비 15만 보냄", "3/5 지우 건 영상 지움");
    assertThat(people(x)).contains("하은", "지우");
    // The matter of this or that job is no one's.
    Extraction jobs = read("3/3 이번 건 수고비 15만 보냄", "3/5 작업 건 영상 지움", "그 건 정산 끝");
    assertThat(people(jobs)).isEmpty();
  }

  @Test
  void aLettersSalutationNamesItsReader() {
    Extraction x = read("Subject: numbers for March", "", "Tae,", "Quick recap before we split.");
    assertThat(people(x)).contains("Tae");
    Extraction none = read("Hi all,", "Thanks,", "Total:", "Quick recap before we split.");
    assertThat(people(none)).isEmpty();
  }

  @Test
  void repayingADebtIsWhatPeopleDo() {
    Extraction x = read("3/14 토 도윤이 외상값 15만 갚음");
    assertThat(people(x)).contains("도윤");
  }

  @Test
  void aDistrictWrittenWithItsSuffixIsNoPerson() {
    Extraction x = read("본인은 2026. 4. 4. 서울 마포구 합정역 7번 출구 앞에서 정유나를 만났습니다.", "강남구 역삼동 원룸에서 만남");
    assertThat(people(x)).contains("정유나").doesNotContain("마포구", "강남구");
  }

  @Test
  void aStatementsOfficialProseNamesNoOne() {
    Extraction x =
        read(
            "이후 지인 윤태식의 차량으로 유나를 망원동 소재 한결모텔 401호로 데려갔습니다.",
            "다음 날 윤태식은 영상을 50만원에 판매하였고, 본인은 그중 20만원을 받았습니다.");
    assertThat(people(x)).contains("윤태식").doesNotContain("소재", "그중", "본인");
  }

  @Test
  void moneyInEnglishWordsWithItsCurrencyIsAnAmount() {
    Extraction x =
        read(
            "Moss paid two hundred thousand won for lina_0306.",
            "Kit sent fifty thousand won, and the room was three hundred dollars.");
    assertThat(normalized(x, EntityType.MONEY)).contains("200000", "50000", "300");
    // A count of things or people is no amount.
    Extraction counts = read("Two hundred people at the club, seven thousand steps home.");
    assertThat(normalized(counts, EntityType.MONEY)).isEmpty();
  }
}
