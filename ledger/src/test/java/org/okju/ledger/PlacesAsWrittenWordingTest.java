package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 31 (issue 16, places): ways writers give a place that the reader cut short, took too far
 * or read where there was none. Abbreviated station words ("stn", "Univ."), a station followed by
 * an arrow, a romanised district before an English hotel, a lodging's room as a bare number, a
 * street section ({@code 을지로3가}), landmarks named with what they are ({@code 웨딩홀}, {@code 타임스퀘어});
 * an unnamed kind of venue after a district ({@code 헌팅포차}, "Itaewon 클럽") is the district; a
 * counselling session ({@code 2회기}) and a bank statement ({@code 거래내역}) are no place, while {@code
 * 잠실새내역} is a station. Fictional lines.
 */
class PlacesAsWrittenWordingTest extends WordingTestBase {
  @Test
  void theWholePlaceAsWritten() {
    Extraction x =
        read(
            "2025-03-02 got Minji at Sinsa stn exit 4, then Hapjeong Univ. station exit 3.",
            "2025-03-03 drove Ara to Yeonhui-dong Hotel Bellamy room 702.",
            "2025-03-04 Bellamy Motel 508. Coco ran the camera.",
            "2025-03-05 택시 강남역→논현 15,000. 종로3가 포차에서 다솜 만남.",
            "2025-03-06 부평 황금사우나 2층. 잠실 라벤더웨딩홀 로비. 영등포 타임스퀘어 앞.",
            "2025-03-07 Gyeongnidan again with Ruby. Bupyeong later.");
    assertThat(normalized(x, EntityType.PLACE))
        .contains(
            "Sinsa stn exit 4",
            "Hapjeong Univ. station exit 3",
            "Yeonhui-dong Hotel Bellamy room 702",
            "Bellamy Motel 508",
            "강남역",
            "종로3가",
            "부평 황금사우나 2층",
            "잠실 라벤더웨딩홀 로비",
            "영등포 타임스퀘어",
            "Gyeongnidan",
            "Bupyeong")
        .doesNotContain("Sinsa", "Yeonhui-dong Hotel", "Bellamy Motel", "강남", "종로", "황금사우나 2층");
  }

  @Test
  void anUnnamedKindOfVenueIsItsDistrict() {
    Extraction x =
        read(
            "2025-04-01 홍대 헌팅포차에서 여대생 만남. 이름은 채린.",
            "2025-04-02 Itaewon 클럽 → Yuri. Sinsa 약국 들렀다.",
            "2025-04-03 스터디카페 알바 끝나고 연락 옴.");
    assertThat(normalized(x, EntityType.PLACE))
        .contains("홍대", "Itaewon", "Sinsa")
        .doesNotContain("홍대 헌팅포차", "Itaewon 클럽", "Sinsa 약국", "스터디카페");
  }

  @Test
  void sessionsAndStatementsAreNoPlacesButStationsInThemAre() {
    Extraction x =
        read(
            "상담일: 2025.4.18(금) / 2회기",
            "2025-04-19 거래내역 확인함. 이용내역 캡처.",
            "2025-04-20 잠실새내역 4번 출구에서 만남. 연신내역까지 태워줌.");
    assertThat(normalized(x, EntityType.PLACE))
        .contains("잠실새내역 4번 출구", "연신내역")
        .doesNotContain("회기", "거래내역", "이용내역");
  }

  /**
   * Tried by a new user: "Met Yerin Park at …" read "Met Yerin Park" as a place, and places are
   * printed as written in every output: a woman surnamed Park, in English order, is a person.
   */
  @Test
  void aWomanSurnamedParkIsNoPlace() {
    Extraction x =
        read(
            "2025-07-05 Met Dahye Park at Hapjeong station exit 7.",
            "2025-07-06 Took Mirae Park to Yeouido Park, then Olympic Park.",
            "2025-07-07 Visited Namsan Park.");
    assertThat(normalized(x, EntityType.PLACE))
        .contains("Hapjeong station exit 7", "Yeouido Park", "Olympic Park", "Namsan Park")
        .noneMatch(p -> p.contains("Dahye") || p.contains("Mirae") || p.startsWith("Visited"));
    assertThat(normalized(x, EntityType.PERSON)).contains("Dahye Park");
  }
}
