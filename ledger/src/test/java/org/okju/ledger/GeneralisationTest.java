package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes of error that development documents 66-74 (written in session 6, before the rules
 * were run on them) showed, each in a short fictional text of its own wording: "you" in another
 * writer's chat message, a name answering "who is the prey", a Korean "her" named afterwards, verb
 * endings and tape titles read as people, ledgers with From and To columns, romanised roads and
 * mixed-language venues, and lists of quoted titles.
 */
class GeneralisationTest extends WordingTestBase {
  @Test
  void youInAnotherWritersMessageIsTheExportsOwner() {
    Extraction en =
        read(
            "[02/05/2024, 10:01:00] Kit: Boris took the file, paid me 900k",
            "[02/05/2024, 10:02:00] Kit: wired 500k to you just now");
    assertThat(payments(en)).contains("Kit|(author)|500000");
    Extraction ko =
        read("[2024.05.02 10:01] 오리: 문사장한테 300만 받았어. 너한테 200만 보냄", "[2024.05.02 10:03] 나: ㅇㅋ");
    assertThat(payments(ko)).contains("오리|(author)|2000000").doesNotContain("오리|문사장|2000000");
  }

  @Test
  void aNameAnsweringWhoThePreyIsIsAVictim() {
    Extraction ko =
        read("[2024.06.01 19:00] 오리: 이번 먹잇감 누구?", "[2024.06.01 19:02] 나: 소율이. 성수역 3번 출구 9시");
    assertThat(ko.roles()).containsEntry("소율", PersonRole.VICTIM);
    Extraction en =
        read(
            "[02/06/2024, 19:00:00] Kit: so who is the prey this time",
            "[02/06/2024, 19:01:00] Me: Greta. she waits tables in Sinchon");
    assertThat(en.roles()).containsEntry("Greta", PersonRole.VICTIM);
  }

  @Test
  void aKoreanHerNamedAfterTheMeetingIsAVictim() {
    Extraction x = read("2024년 3월 2일", "어제 저녁 그 여자를 불러냈다. 이름은 예나.");
    assertThat(x.roles()).containsEntry("예나", PersonRole.VICTIM);
  }

  @Test
  void verbEndingsAdverbsAndPlaceParticlesAreNotPeople() {
    Extraction x = read("2024년 3월 2일", "카페 앞에서 기다림. 오늘 물고기 정했어? 얌전하게 따라옴");
    assertThat(normalized(x, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aTitleWrittenAsAWordIsATapeWhereverItAppearsNeverAPerson() {
    Extraction x =
        read("2024-01-05 sold \"Orchid\" to Lenny", "2024-01-09 the girl wants Orchid deleted");
    assertThat(normalized(x, EntityType.TAPE)).contains("Orchid");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("Orchid");
  }

  @Test
  void aLedgerWithFromAndToColumnsGivesTheDirectionAndTheTitledNames() {
    Extraction x =
        read(
            "Cash book",
            "Date\tFrom\tTo\tSum (KRW)\tWhat",
            "2024-02-01\tme\tCaptain Ko\t300,000\tboat, Jan 31",
            "2024-02-03\tDealer Ahn\tme\t1,000,000\twants the file",
            "2024-02-04\tMei\tme\t400,000\tif she pays it goes away");
    assertThat(payments(x))
        .containsExactlyInAnyOrder(
            "(author)|Ko|300000", "Ahn|(author)|1000000", "Mei|(author)|400000");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("Ko", "Ahn", "Mei");
  }

  @Test
  void aBracketedUnitInAHeaderScalesTheColumn() {
    Extraction x = read("날짜\t상대\t받음(만원)", "3/2\t문사장\t150");
    assertThat(normalized(x, EntityType.MONEY)).containsExactly("1500000");
  }

  @Test
  void romanisedRoadsNumberedStationsMixedVenuesAndGatesAreWholePlaces() {
    Extraction x =
        read(
            "2024-04-01 met her on Yeonhui-ro, then Jongno 3-ga station exit 4",
            "2024-04-02 성수 Moonlight 모텔 202호, 을지로3가역 5번 출구",
            "2024-04-03 일산호수공원 북문에서 만남");
    assertThat(normalized(x, EntityType.PLACE))
        .contains(
            "Yeonhui-ro", "Jongno 3-ga station exit 4", "성수 Moonlight 모텔 202호", "을지로3가역 5번 출구");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("Moonlight");
  }

  @Test
  void aListOfQuotedTitlesNamesTapesAndTheirSubjects() {
    Extraction x =
        read(
            "LIST 2024",
            "\"Blue Hour\" - Rina, Hotel Nova room 808, 2024-05-01",
            "Tape: Low Tide - Rina, 2024-05-09");
    assertThat(normalized(x, EntityType.TAPE)).containsExactlyInAnyOrder("Blue Hour", "Low Tide");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Rina");
  }

  @Test
  void aCourtesyTitleMakesAnyCapitalisedWordASurname() {
    Extraction x = read("Mar 3 2024 from Mr. Oh for the file 700,000", "Mar 4 paid Ms. No 50,000");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("Oh", "No");
  }

  @Test
  void aQuotedWordSoldToIsAPersonAndOnePaidForIsATitle() {
    Extraction x =
        read(
            "Apr 2 2024 sold nari_04 to \"Heron\" for 900,000",
            "Apr 3 2024 from Mr. Bae for \"Black Tea\" 400,000");
    assertThat(normalized(x, EntityType.TAPE)).contains("Black Tea").doesNotContain("Heron");
    assertThat(normalized(x, EntityType.PERSON)).contains("Heron");
  }

  @Test
  void someoneWhoSentMoneyToNobodyNamedPaidTheWriter() {
    Extraction x = read("May 1 2024", "Yoona sent 300,000 - wants it gone");
    assertThat(payments(x)).containsExactly("Yoona|(author)|300000");
    assertThat(x.roles()).containsEntry("Yoona", PersonRole.VICTIM);
  }

  @Test
  void aParticleWrittenApartStillMarksAPerson() {
    Extraction x = read("2024년 5월 1일", "너구리 한테 파일 넘기고 90만 받음");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("너구리");
    assertThat(payments(x)).containsExactly("너구리|(author)|900000");
  }

  @Test
  void someonePayingForATapeTheLineNamesIsABuyer() {
    Extraction x =
        read(
            "[05/06/2024, 11:00:00] Kit: Nico paid me 700k for mira_0601",
            "[05/06/2024, 11:01:00] Me: ok");
    assertThat(payments(x)).contains("Nico|Kit|700000");
    assertThat(x.roles()).containsEntry("Nico", PersonRole.ACCOMPLICE);
  }

  @Test
  void aCashBookLineOpeningWithFromIsMoneyIn() {
    Extraction x = read("LEDGER 2024", "Mar 8  from Mr. Gu for the footage 600,000");
    assertThat(payments(x)).containsExactly("Gu|(author)|600000");
  }

  @Test
  void aOneWordTitleWrittenAsATitleIsFoundAgainUnquoted() {
    Extraction x =
        read(
            "Feb 14 2024 filmed at Hotel Nova room 808, tape \"Sparrow\"",
            "Feb 15 2024 Mr. Lim paid 800,000 for Sparrow");
    assertThat(normalized(x, EntityType.TAPE)).containsExactly("Sparrow");
    assertThat(x.roles()).containsEntry("Lim", PersonRole.ACCOMPLICE);
  }

  @Test
  void theWriterOfAMessageIsNeverTheOneHisOwnVerbActsOn() {
    Extraction x =
        read(
            "2024. 7. 1. 오후 7:40, 너구리 : 오늘 밤 누구 데려옴?",
            "2024. 7. 1. 오후 7:42, 나 : 채린. 홍대입구역 2번 출구에서 픽업함");
    assertThat(x.roles()).doesNotContainEntry("너구리", PersonRole.VICTIM);
    assertThat(x.roles()).containsEntry("채린", PersonRole.VICTIM);
  }

  @Test
  void theOneSomethingCameFromIsItsSourceNotTheOneMet() {
    Extraction x = read("Monday 6 May 2024", "The sleeping pills came from Uncle Bo, as usual.");
    assertThat(x.roles()).doesNotContainEntry("Bo", PersonRole.VICTIM);
    assertThat(
            x.facts().stream()
                .filter(f -> f.type() == FactType.SUPPLY)
                .map(f -> f.subject().orElse("?")))
        .containsExactly("Bo");
  }

  @Test
  void aVerbOpeningASentenceIsNotPartOfTheNameAfterIt() {
    Extraction x = read("Monday 6 May 2024", "Invited Tara out for drinks in Mapo.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Tara");
    assertThat(x.roles()).containsEntry("Tara", PersonRole.VICTIM);
  }

  @Test
  void aNameAfterWhatSheDoesIsAPerson() {
    Extraction x = read("2024년 9월 1일", "합정역 3번 출구 앞 카페 점원 다솜, 내가 말 걸어서 데리고 나옴");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("다솜");
    assertThat(x.roles()).containsEntry("다솜", PersonRole.VICTIM);
  }

  @Test
  void someoneWhoFetchedTheDrugSuppliedIt() {
    Extraction x = read("2024년 9월 1일", "약: 민규가 졸피뎀 구해옴");
    assertThat(
            x.facts().stream()
                .filter(f -> f.type() == FactType.SUPPLY)
                .map(f -> f.subject().orElse("?") + "|" + f.object().orElse("?")))
        .containsExactly("민규|zolpidem");
  }
}
