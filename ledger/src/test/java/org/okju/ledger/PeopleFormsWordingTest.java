package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes of error about people that development documents 111-118 (written in session 10's
 * second round, before the rules were run on them) showed, each in a short fictional text of its
 * own wording: a nickname's adjective, a capitalised venue or app after a preposition, a holiday
 * owning a noun, a person introduced by where she is from or her age, chat handles with digits and
 * emoji, a job word the document later names, 양 and 군 written apart, a park with a particle of
 * place, a surname with 씨 after his job, an emoji between a handle and 형, and one name in three
 * spellings.
 */
class PeopleFormsWordingTest extends WordingTestBase {
  @Test
  void aNicknamesAdjectiveIsPartOfItAndTheNameAloneIsHim() {
    Extraction x =
        read("2025-03-08", "Big Tony picked me up in his Sonata.", "Later Tony held the Canon.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Big Tony");
  }

  @Test
  void aCapitalisedWordAfterAtOrOnIsAVenueOrAnAppAndAnAgeIntroducesHer() {
    Extraction x =
        read(
            "2025-03-08",
            "Found the target on Tinder last month: Yuna, 24, nursing student.",
            "Drinks at Pier 17 in Seongsu, then pizza at Mr. Pizza.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Yuna");
  }

  @Test
  void aHolidayIsNoNameAndSheIsIntroducedByWhereSheIsFrom() {
    Extraction x =
        read(
            "2024-10-08",
            "yes. Kelly from the gym, Valentine's dinner in Gangnam.",
            "Mom called about Chuseok. Rick from Hongdae took the clip for 2m.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("Kelly", "Rick");
  }

  @Test
  void chatHandlesWithDigitsAndEmojiArePeopleNotTapes() {
    Extraction x =
        read(
            "WhatsApp Chat with Rocco \uD83D\uDE97",
            "[14/02/2025, 19:22:10] Rocco \uD83D\uDE97: Doc2020 brought the bottle?",
            "[16/02/2025, 14:30:00] Me: \uD83D\uDC3BTeddy_88 wants kelly_vday for 1.5m",
            "[16/02/2025, 14:32:40] Me: Doc's paid already. Teddy_88 sent the 1.5m");
    assertThat(normalized(x, EntityType.PERSON))
        .containsExactlyInAnyOrder("Rocco", "Doc2020", "Teddy_88");
    assertThat(normalized(x, EntityType.TAPE)).containsExactly("kelly_vday");
  }

  @Test
  void aJobWordIsTheManTheDocumentLaterSaysItIs() {
    Extraction x =
        read(
            "Oct 3, 2024",
            "The pharmacist came through again: twenty zolpidem. Gave him 180k.",
            "Oct 8, 2024",
            "The pharmacist is Mr. Gil, Gil Seung-ho.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Gil Seung-ho");
  }

  @Test
  void yangAndGunWrittenApartAreHonorifics() {
    Extraction x = read("4월 3일", "사촌동생 대호 군이랑 점심 먹음.", "4월 5일", "건대입구역 2번 출구에서 수아 양 만남.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("대호", "수아");
    assertThat(x.roles()).containsEntry("수아", PersonRole.VICTIM);
  }

  @Test
  void aWordWithAParticleOfPlaceIsWhereNotWho() {
    Extraction x = read("2025년 3월", "* 희정 씨 (24) — 3/22 서울숲에서 만남 → 루나모텔 301호. 영상 서울숲_0322");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("희정");
    assertThat(x.roles()).containsEntry("희정", PersonRole.VICTIM);
  }

  @Test
  void aSurnameWithSsiAfterHisJobIsTheSurnameWithTheJob() {
    Extraction x = read("4월 3일", "약사 김씨한테 졸피뎀 받아옴. 김약사한테 현금 30만 줌.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("김약사");
  }

  @Test
  void anEmojiBetweenAHandleAndHyungKeepsTheKinshipWord() {
    Extraction x = read("2025. 1. 18. 오후 9:30, 나 : 불곰\uD83D\uDC3B 형한테 물뽕 받음. 40만 보냄");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("불곰");
  }

  @Test
  void aRomanisedNameBesideItsHangulIsHerInEverySpelling() {
    Extraction x =
        read(
            "05/09 (금)",
            "- Ji-woo (지우) 홍대 클럽에서 픽업. 11pm.",
            "- Jiwoo → 망원동 하늘모텔 203호. 파일명 jw_0509",
            "- 지우 DM 옴. 삭제 원함.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("지우");
  }

  @Test
  void drugBrandsNationalitiesAppsVenuesAndRoadsAreNoPeople() {
    Extraction x =
        read(
            "2024-05-02",
            "Drove the Grandeur down Olympic-daero. Bought Stilnox at Olive Young? No, from Jay.",
            "The Korean girl from Busan. Uploaded to Mega. Note to self: delete Snapchat.",
            "Lotte World, then Starbucks Reserve.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Jay");
    assertThat(normalized(x, EntityType.DRUG)).containsExactly("zolpidem");
  }

  @Test
  void aNicknameBesideAMansTitledNameIsNoRomanisation() {
    Extraction x = read("- 판매: 큰손(Mr. Gu)에게 가을비, 250만 입금됨", "- 분배: Gu 10%");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Gu");
  }

  @Test
  void holdingTheCameraIsFilmingAndLendingTheRoomIsHelping() {
    Extraction x =
        read(
            "2025-03-08",
            "Met Yuna at 9pm. At the motel Tony held the Canon while I kept her talking.",
            "Mina's lending us her place on Friday.",
            "민지 언니가 방만 빌려줌.");
    assertThat(x.roles()).containsEntry("Tony", PersonRole.ACCUSED);
    assertThat(x.roles()).containsEntry("Mina", PersonRole.ACCOMPLICE);
    assertThat(x.roles()).containsEntry("민지", PersonRole.ACCOMPLICE);
  }

  @Test
  void anAdverbOpeningASentenceIsNoNameAndANameJoinedToAnotherIsOne() {
    Extraction x =
        read(
            "2024-05-02",
            "Eventually Marco showed up.",
            "Kim and Lee split it 50/50.",
            "Hyun-woo & I drove to Hapjeong.");
    assertThat(normalized(x, EntityType.PERSON))
        .containsExactlyInAnyOrder("Marco", "Kim", "Lee", "Hyun-woo");
  }
}
