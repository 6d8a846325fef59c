package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 26, round 206-212: a kinship word alone with its particle (형이, 형한테서) was read as a person
 * of that spelling, not as the man the diary calls so; a season that "came" (가을이 왔나) was a person;
 * and a person's particle with 도 on it (재민이한테서도) hid the name. Fictional lines.
 */
class KinAndSeasonsWordingTest extends WordingTestBase {
  @Test
  void aKinshipWordAloneIsTheManTheDiaryCallsSo() {
    Extraction x = read("저녁에 우리 셋이 만났어요. 나, 태식이 형, 그리고 막내 준호.", "형이 영상 팔았대요. 형한테서 100만원 받았어요.");
    assertThat(undoubtedPeople(x)).contains("태식").doesNotContain("형이", "형한테서", "형");
    assertThat(payments(x)).contains("태식|(author)|1000000");
  }

  @Test
  void anIdleKinshipWordIsNobody() {
    Extraction x = read("언니가 아침에 전화함. 반찬 가지러 오래.", "저녁에 합정역 7번 출구에서 지유 만남.");
    assertThat(undoubtedPeople(x)).contains("지유").doesNotContain("언니가", "언니");
  }

  @Test
  void aSeasonThatCameIsNoOne() {
    assertThat(undoubtedPeople(read("가을이 왔나 날씨 쌀쌀함. 노을 예뻤음.", "망원역 2번 출구. 윤슬이랑 새롬이 옴.")))
        .contains("윤슬")
        .doesNotContain("가을");
    // The same word is her name where the document gives it so.
    assertThat(undoubtedPeople(read("가을이 왔다.", "가을이랑 홍대에서 만남."))).contains("가을");
  }

  @Test
  void aPersonsParticleWithDoOnItKeepsTheName() {
    Extraction x = read("받은 돈", "· 박실장 60만 (테이프 #31)", "· 재민이한테서도 15만 (#31 복사본)");
    assertThat(undoubtedPeople(x)).contains("재민");
  }

  @Test
  void spokenContractionsOfAPersonsParticleKeepTheName() {
    Extraction x =
        read(
            "하람이한텐 말 안 함. 세아에겐 20만 보냄. 민서더러 오라고 함.",
            "채린이마저 취함. 유진이조차 몰랐음.",
            "그것조차 몰랐음. 막차마저 끊김. 엄마한텐 말 안 함.");
    assertThat(undoubtedPeople(x)).containsExactlyInAnyOrder("하람", "세아", "민서", "채린", "유진");
    assertThat(payments(x)).containsExactly("(author)|세아|200000");
  }

  @Test
  void drinksWithACompanionsParticleAreNoOne() {
    Extraction x = read("안주하고 술이랑 시킴. 소주하고 맥주랑 섞음.", "저녁에 합정역 7번 출구에서 지유랑 만남.");
    assertThat(undoubtedPeople(x)).containsExactly("지유");
  }
}
