package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes of error that development documents 78-90 (written in session 7, before the rules
 * were run on them) showed, each in a short fictional text of its own wording: a woman introduced
 * on the line she was met ("her name was", "a student called"), "her" after verbs the rules did not
 * know, Korean meeting words (합석, 랑 봄, 헌팅), a district where she was met, the one who handled the
 * camera, a supplier named in his own clause, fee words and "mine", particles that do not fit the
 * sound before them, and names set apart as items of a note.
 */
class UnseenWordingTest extends WordingTestBase {
  @Test
  void aWomanIntroducedOnTheLineSheWasMetIsTheVictim() {
    Extraction bar =
        read(
            "Friday, March 8th 2024",
            "Spotted a girl at Velvet Bar, her name was Sora. Kyle bought her three rounds.");
    assertThat(bar.roles()).containsEntry("Sora", PersonRole.VICTIM);
    assertThat(facts(bar, FactType.MEETING)).contains("Sora|Velvet Bar");
    Extraction catchOf =
        read(
            "12 Feb 2024",
            "Tonight's catch: a student called Ellie. She agreed to meet at Gangnam station exit 10.");
    assertThat(catchOf.roles()).containsEntry("Ellie", PersonRole.VICTIM);
    assertThat(facts(catchOf, FactType.MEETING)).contains("Ellie|Gangnam station exit 10");
  }

  @Test
  void herAfterAnyVerbOfTheEventIsTheEntrysVictimNotWhereSheWasTaken() {
    Extraction x =
        read(
            "12 Feb 2024",
            "Met a nurse called Ellie at Gangnam station exit 10.",
            "We drove her to Marco's place in Nonhyeon-dong. Marco handled the camera.",
            "Clip saved as ellie_feb.");
    assertThat(x.roles())
        .containsEntry("Ellie", PersonRole.VICTIM)
        .containsEntry("Marco", PersonRole.ACCUSED);
    assertThat(facts(x, FactType.MEETING))
        .contains("Ellie|Nonhyeon-dong")
        .noneMatch(f -> f.startsWith("Marco|"));
    assertThat(facts(x, FactType.RECORDING)).containsExactly("Ellie|ellie_feb");
    Extraction glass =
        read(
            "Friday, March 8th 2024",
            "Her name was Sora.",
            "Kyle put the powder in her last glass at the Cloud Nine Motel, room 404.");
    assertThat(facts(glass, FactType.MEETING)).contains("Sora|Cloud Nine Motel room 404");
  }

  @Test
  void koreanTableSharingLiftsAndSeeingAreMeetings() {
    Extraction x =
        read("2024.04.19 (금)", "밤 11시 연남동 포차에서 지아랑 합석.", "민혁이 차 끌고 와서 지아 태우고 망원동 원룸으로 감.");
    assertThat(x.roles()).containsEntry("지아", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).contains("지아|연남동", "지아|망원동");
    Extraction chat =
        read("2024. 9. 20. 오후 9:02, 여우 : 오늘 누구랑 봄?", "2024. 9. 20. 오후 9:03, 나 : 민아. 인스타로 연락한 애");
    assertThat(chat.roles()).containsEntry("민아", PersonRole.VICTIM);
  }

  @Test
  void aDistrictIsAMeetingPlaceWhereSheWasMetNotWhereSheIsFrom() {
    Extraction met =
        read("Tuesday 14 May 2024", "Invited Lena out for drinks in Itaewon and filmed it.");
    assertThat(facts(met, FactType.MEETING)).contains("Lena|Itaewon");
    Extraction from =
        read(
            "Tuesday 14 May 2024",
            "Met Minseo, the girl from the bakery in Songpa, at Jamsil station exit 8.");
    assertThat(facts(from, FactType.MEETING))
        .contains("Minseo|Jamsil station exit 8")
        .doesNotContain("Minseo|Songpa");
  }

  @Test
  void aChatWriterSayingItIsFilmedFilmedItHimself() {
    Extraction x =
        read(
            "[14.06.2024 20:30] Me: got talking to a nurse, Claire. taking her to the Harbor Hotel",
            "[15.06.2024 03:05] Tiger: got everything on the cam. naming it harbor_claire");
    assertThat(x.roles())
        .containsEntry("Tiger", PersonRole.ACCUSED)
        .containsEntry("Claire", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).contains("Claire|Harbor Hotel");
  }

  @Test
  void theSupplierIsTheOneHisOwnClauseSaysSupplied() {
    Extraction x =
        read(
            "12 Feb 2024",
            "We drove Ellie to Marco's place. I crushed two of the sleeping pills Nurse Kang sold me"
                + " into her drink.");
    assertThat(facts(x, FactType.SUPPLY)).containsExactly("Kang|sleeping pills");
    Extraction doc = read("9 March 2024", "Doc Yang dropped off another bottle of GHB.");
    assertThat(facts(doc, FactType.SUPPLY)).containsExactly("Yang|GHB");
    Extraction ko = read("[2024년 3월 장부]", "3/12 약 - 뽀빠이 통해서 물뽕 받음, 25만 줌");
    assertThat(facts(ko, FactType.SUPPLY)).containsExactly("뽀빠이|GHB");
    assertThat(payments(ko)).containsExactly("(author)|뽀빠이|250000");
  }

  @Test
  void feesAndMineAreNotPeopleAndAShareHandedOverIsPaid() {
    Extraction fee = read("[2024년 3월 장부]", "3/16 뽀빠이 소개비 10% 줌 (30만)");
    assertThat(normalized(fee, EntityType.PERSON)).containsExactly("뽀빠이");
    assertThat(shares(fee)).containsExactly("뽀빠이|10");
    assertThat(payments(fee)).containsExactly("(author)|뽀빠이|300000");
    Extraction mine = read("Saturday, March 9th 2024", "Kyle's cut is 40%. Mine is 60%.");
    assertThat(normalized(mine, EntityType.PERSON)).containsExactly("Kyle");
    assertThat(shares(mine)).containsExactlyInAnyOrder("Kyle|40", "(author)|60");
  }

  @Test
  void aParticleMustFitTheSoundBeforeIt() {
    // 뽀빠이 ends in a vowel, so its 이 is part of the name: the subject particle there is 가.
    Extraction x = read("2024.03.12", "뽀빠이 수고비 25만 줌. 물뽕은 뽀빠이가 가져옴");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("뽀빠이");
  }

  @Test
  void aNameSetApartAsAnItemOfANoteIsWhoItHappenedTo() {
    Extraction x =
        read(
            "[2024년 3월 장부]",
            "3/2 수빈 - 신촌 헌팅 → 신촌 그랜드모텔 703호. 촬영본: 봄날_01",
            "10/03 — 이태원 클럽 → 유진 (pick-up 23:30) → Blue Moon Hotel 1208호");
    assertThat(x.roles())
        .containsEntry("수빈", PersonRole.VICTIM)
        .containsEntry("유진", PersonRole.VICTIM)
        .doesNotContainKeys("헌팅", "클럽");
    assertThat(facts(x, FactType.MEETING))
        .contains("수빈|신촌", "수빈|신촌 그랜드모텔 703호", "유진|Blue Moon Hotel 1208호");
    assertThat(facts(x, FactType.RECORDING)).contains("수빈|봄날_01");
  }

  @Test
  void aTableHeaderEndingLikeAStationIsNoPlace() {
    Extraction x = read("일자\t거래처\t내역\t받은돈\t준돈", "2024-11-02\t까마귀\t겨울_03 판매\t1,800,000\t");
    assertThat(normalized(x, EntityType.PLACE)).isEmpty();
    assertThat(payments(x)).containsExactly("까마귀|(author)|1800000");
  }

  @Test
  void aDateOrDrinksWithHerHerAgeAndWhatTheDrinkDidMakeHerTheVictim() {
    Extraction x =
        read(
            "Sunday 6 October 2024",
            "Dinner date with Yerin (24, flight attendant) at a bistro in Hannam-dong. She passed out"
                + " in the taxi.",
            "Carried her up to the Aria Hotel, room 2210.");
    assertThat(x.roles()).containsEntry("Yerin", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING))
        .contains("Yerin|Hannam-dong", "Yerin|Aria Hotel room 2210");
    Extraction ko =
        read(
            "--------------- 2024년 11월 29일 금요일 ---------------",
            "[나] [오후 7:32] 다희랑 통화함",
            "[나] [오후 11:50] 다희 뻗음. 뚝섬역 1번 출구 앞에서 택시 태움");
    assertThat(ko.roles()).containsEntry("다희", PersonRole.VICTIM);
    assertThat(facts(ko, FactType.MEETING)).contains("다희|뚝섬역 1번 출구");
    Extraction sister =
        read(
            "Monday 7 October 2024",
            "Met Yerin at Hapjeong station exit 3.",
            "Dinner with my sister in Hanam.");
    assertThat(facts(sister, FactType.MEETING)).doesNotContain("Yerin|Hanam");
  }

  @Test
  void aFileNamedAfterAWomanIsARecordingOfHer() {
    Extraction x =
        read(
            "Sunday 6 October 2024", "Yerin called at noon.", "Saved the footage as yerin_hannam.");
    assertThat(facts(x, FactType.RECORDING)).containsExactly("Yerin|yerin_hannam");
    assertThat(x.roles()).containsEntry("Yerin", PersonRole.VICTIM);
  }

  @Test
  void aSaleIsMoneyInAndAnotherWritersSendingIsToTheExportsOwner() {
    assertThat(payments(read("17.06.2024", "Sold harbor_claire to a guy called Moth for 2m.")))
        .containsExactly("Moth|(author)|2000000");
    assertThat(payments(read("2024년 8월 19일", "여름_예슬 → 독사한테 200만 받고 넘김.")))
        .containsExactly("독사|(author)|2000000");
    assertThat(payments(read("7 October 2024", "Then Felix kicked in 300,000 for the room.")))
        .containsExactly("Felix|(author)|300000");
    Extraction chat =
        read("--------------- 2024년 12월 1일 일요일 ---------------", "[불곰] [오전 10:02] 50만 보냈음");
    assertThat(payments(chat)).containsExactly("불곰|(author)|500000");
  }

  @Test
  void aLedgerAlignedWithSpacesOrHeadedInOtherWordsIsATable() {
    Extraction spaces =
        read(
            "OCTOBER BOOK 2024",
            "Date        Name        Item                  Income      Expense",
            "Oct 02      Bongsu      driver                            150,000",
            "Oct 09      Raven       \"Tulip\" sale          1,200,000");
    assertThat(payments(spaces))
        .containsExactlyInAnyOrder("(author)|Bongsu|150000", "Raven|(author)|1200000");
    Extraction words = read("일자\t성명\t사유\t입금액\t출금액", "2024-11-05\t한약사\t졸피뎀 10정\t\t350,000");
    assertThat(payments(words)).containsExactly("(author)|한약사|350000");
  }
}
