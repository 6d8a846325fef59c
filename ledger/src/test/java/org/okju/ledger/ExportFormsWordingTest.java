package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes of error that development documents 97-102 (written in session 9, before the rules
 * were run on them) showed, each in a short fictional text of its own wording: chat exports whose
 * form no app rule knew (an SMS backup's "Sent"/"Received" under a heading naming the other party,
 * a Discord export's writer on a line of its own above the message), a comma-separated ledger, a
 * romanised name written surname first and later by the given name alone, a surname with a title
 * standing for the man named with it, a "her" no line introduced, a Korean name with no particle
 * before the verb, capitalised things after an article, a district written as where a venue is.
 */
class ExportFormsWordingTest extends WordingTestBase {
  @Test
  void anSmsBackupsReceivedLinesAreTheOtherPartysAndItsTimestampsNoTimes() {
    Extraction x =
        read(
            "Conversation with Taeyang (+82 10-2222-3333)",
            "2024-03-02 20:10  Sent: wired you 300,000 for the car",
            "2024-03-02 20:12  Received: thanks, I'll bring the sleeping pills");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2024-03-02");
    assertThat(payments(x)).containsExactly(SuggestedFact.AUTHOR + "|Taeyang|300000");
    assertThat(facts(x, FactType.SUPPLY)).containsExactly("Taeyang|sleeping pills");
  }

  @Test
  void aMessageUnderItsWritersLineIsHis() {
    Extraction x =
        read(
            "[03-Feb-25 09:15 PM] Otter",
            "sent Moth 200k for the room.",
            "",
            "[04-Feb-25 10:02 AM] Me",
            "paid Otter 100k for the driving.");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2025-02-03", "2025-02-04");
    assertThat(payments(x))
        .containsExactlyInAnyOrder("Otter|Moth|200000", SuggestedFact.AUTHOR + "|Otter|100000");
  }

  @Test
  void aCommaSeparatedLedgerIsATable() {
    Extraction x =
        read(
            "날짜,구분,상대,금액,비고",
            "2024-02-01,입금,두꺼비,700000,판매",
            "2024-02-02,출금,곰돌,200000,편집비",
            "합계,,,\"900,000\",");
    assertThat(payments(x))
        .containsExactlyInAnyOrder(
            "두꺼비|" + SuggestedFact.AUTHOR + "|700000", SuggestedFact.AUTHOR + "|곰돌|200000");
  }

  @Test
  void aRomanisedNameWrittenSurnameFirstIsTheGivenNameAlone() {
    Extraction x =
        read(
            "Tue 4 June 2024",
            "Yoon called about a new girl, Park Yuna.",
            "Picked Yuna up at Sinsa station exit 8.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("Yoon", "Park Yuna");
    assertThat(x.roles()).containsEntry("Park Yuna", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).containsExactly("Park Yuna|Sinsa station exit 8");
  }

  @Test
  void aSurnameWithATitleIsTheManNamedWithThatTitle() {
    Extraction x = read("2024.06.01", "윤태호 실장이랑 통화.", "윤실장한테 수고비 30만 줌.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("윤태호");
    assertThat(payments(x)).containsExactly(SuggestedFact.AUTHOR + "|윤태호|300000");
  }

  @Test
  void aHerNoLineIntroducedIsTheLastPersonNamedWithNoPartOfHisOwn() {
    Extraction x =
        read(
            "2024-05-01 20:10  Sent: Choi Yuri, works at the florist",
            "2024-05-03 22:40  Sent: picked her up at Sinsa station exit 8");
    assertThat(x.roles()).containsEntry("Choi Yuri", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).containsExactly("Choi Yuri|Sinsa station exit 8");
  }

  @Test
  void aKoreanNameWithNoParticleBeforeTheVerbIsItsObject() {
    Extraction x = read("2024.07.02", "강남역 2번 출구에서 김나연 만남.");
    assertThat(x.roles()).containsEntry("김나연", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).containsExactly("김나연|강남역 2번 출구");
  }

  @Test
  void capitalisedThingsAfterAnArticleOrOpeningASentenceWithIsAreNoPeople() {
    Extraction x = read("Filmed it on the Canon.", "Footage is up.", "지난번 졸피뎀 값 20만 보냄.");
    assertThat(normalized(x, EntityType.PERSON)).isEmpty();
  }

  @Test
  void aDistrictWrittenAsWhereTheVenueIsIsNoPlaceOfItsOwn() {
    Extraction x =
        read(
            "Sat 8 June 2024",
            "Met Yuna at Sinsa station exit 8.",
            "Took her to Pine Motel room 3 in Gangnam.");
    assertThat(facts(x, FactType.MEETING))
        .containsExactlyInAnyOrder("Yuna|Sinsa station exit 8", "Yuna|Pine Motel room 3");
  }

  @Test
  void theOtherPartyOfAnSmsBackupFilmingHerIsAccusedAndHerFileHersByHerGivenName() {
    Extraction x =
        read(
            "Conversation with Taeyang (+82 10-2222-3333)",
            "2024-03-02 20:10  Sent: Choi Yuri, works at the florist",
            "2024-03-03 23:40  Sent: picked her up at Sinsa station exit 8",
            "2024-03-04 01:12  Received: got the whole night on my phone. calling it yuri_0304");
    assertThat(x.roles())
        .containsEntry("Taeyang", PersonRole.ACCUSED)
        .containsEntry("Choi Yuri", PersonRole.VICTIM);
    assertThat(facts(x, FactType.RECORDING)).containsExactly("Choi Yuri|yuri_0304");
  }

  @Test
  void aNameAfterABuyersLabelIsTheBuyer() {
    Extraction x = read("### 2024.12.14 ###", "- 판매: 800만 받음 (buyer: 흑곰)");
    assertThat(x.roles()).containsEntry("흑곰", PersonRole.ACCOMPLICE);
    assertThat(payments(x)).containsExactly("흑곰|" + SuggestedFact.AUTHOR + "|8000000");
  }

  @Test
  void aRequestThenTheMoneySentIsAPayment() {
    Extraction x = read("2024.10.07", "홍약사가 약값 달라고 해서 20만 보냄.", "최실장은 다음 주에 50만 준대.");
    assertThat(payments(x)).containsExactly(SuggestedFact.AUTHOR + "|홍약사|200000");
  }
}
