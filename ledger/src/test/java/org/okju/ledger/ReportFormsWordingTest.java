package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes of error that development documents 103-110 (written in session 10, before the rules
 * were run on them) showed, each in a short fictional text of its own wording: a forensic
 * extraction report's Incoming/Outgoing rows, an e-mail thread, a suspect's transcribed voice
 * memos, a companion taken along rather than taken, a particle written onto a file-like title,
 * initials before a family name, a nickname that is a word ending in 이, a man written by his
 * initial consonants, a name spelt a syllable apart, an age in native numbers.
 */
class ReportFormsWordingTest extends WordingTestBase {
  @Test
  void anExtractionReportsIncomingRowIsThePartysAndItsTimestampsNoTimes() {
    Extraction x =
        read(
            "#   Timestamp           Direction  Party     Body",
            "12  2025-02-03 20:10    Incoming   Otter     sent 500k for the clip",
            "13  2025-02-03 20:12    Outgoing   Otter     got it, thanks");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Otter");
    assertThat(payments(x)).containsExactly("Otter|" + SuggestedFact.AUTHOR + "|500000");
  }

  @Test
  void anEmailsBodyIsWrittenByItsFromAndItsDateHeaderIsNoTime() {
    Extraction x =
        read(
            "From: \"Heron\" <heron@mail.example>",
            "To: me",
            "Date: Tue, 18 Feb 2025 22:14",
            "Subject: Re: the room",
            "",
            "I met Dain at Sinsa station exit 8 and filmed it myself.");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2025-02-18");
    assertThat(x.roles()).containsEntry("Heron", PersonRole.ACCUSED);
    assertThat(x.roles()).containsEntry("Dain", PersonRole.VICTIM);
  }

  @Test
  void aSuspectsTranscribedWordsAreTheAuthorsAndMoneyHeWasGivenComesIn() {
    Extraction x =
        read(
            "파일: 음성 003.m4a (2025-03-15 01:12)",
            "피의자: 봄비_01은 오대표에게 넘겼어. 오대표가 200만 줬고.",
            "피의자: 민수 형한테 30만 송금.");
    assertThat(normalized(x, EntityType.TAPE)).containsExactly("봄비_01");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(payments(x))
        .containsExactlyInAnyOrder(
            "오대표|" + SuggestedFact.AUTHOR + "|2000000", SuggestedFact.AUTHOR + "|민수|300000");
  }

  @Test
  void aCompanionTakenAlongIsNotTheOneTaken() {
    Extraction x = read("2024.11.08", "합정역에서 한가람 만남.", "태식이랑 둘이 상수동 별모텔 402호로 데려감. 태식이가 찍음.");
    assertThat(x.roles()).containsEntry("태식", PersonRole.ACCUSED);
    assertThat(x.roles()).containsEntry("한가람", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).noneMatch(f -> f.startsWith("태식|"));
  }

  @Test
  void initialsBeforeAFamilyNameAndAuntieAsATitle() {
    Extraction x =
        read(
            "2025-01-18  J.W. Kang called about \"Glass\".",
            "2025-01-19  Paid Ms. Y. Noh 250k for triazolam. Auntie Gwen drove.");
    assertThat(normalized(x, EntityType.PERSON))
        .containsExactlyInAnyOrder("J.W. Kang", "Y. Noh", "Gwen");
    assertThat(payments(x)).containsExactly(SuggestedFact.AUTHOR + "|Y. Noh|250000");
  }

  @Test
  void aNicknameThatIsAWordEndingInIKeepsItAndAYearAndMonthHeadingGivesTheYear() {
    Extraction x = read("메모 2025/05", "5/4 - pd 곰돌이 15만 (drv)", "5/6 - cut: 곰돌이 10%");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("곰돌이");
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2025-05-04", "2025-05-06");
    assertThat(shares(x)).containsExactly("곰돌이|10");
  }

  @Test
  void initialConsonantsASpacedNameAndAnAgeInWords() {
    Extraction x =
        read(
            "2024.11.10",
            "타겟은 한가을. 스물셋.",
            "ㅁㅅ형한테 200만 받음. ㅁㅅ형 몫 2할.",
            "3. 한 지 율 (22세) - 수원역 9번 출구에서 픽업.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("한가을", "ㅁㅅ", "한지율");
    assertThat(shares(x)).containsExactly("ㅁㅅ|20");
    assertThat(x.roles()).containsEntry("한지율", PersonRole.VICTIM);
  }

  @Test
  void aNameOpeningASentenceBeforeWhatTheDrinkDidIsHers() {
    Extraction x = read("[2025-04-11 23:55] Dex: done. Yuna is out cold");
    assertThat(x.roles()).containsEntry("Yuna", PersonRole.VICTIM);
  }

  @Test
  void aBuyerWhoTookATapeForAnAmountPaysTheWriter() {
    Extraction x =
        read(
            "June 9, 2025",
            "Filmed it on the GoPro, file \"Clara 0606\".",
            "Marco took Clara 0606 for 2.5m. J.W. Kang bought it for 1.8m.");
    assertThat(payments(x))
        .containsExactlyInAnyOrder(
            "Marco|" + SuggestedFact.AUTHOR + "|2500000",
            "J.W. Kang|" + SuggestedFact.AUTHOR + "|1800000");
  }

  @Test
  void theHeOfASentenceThatDrugsOrFilmsHerIsTheManNamedBefore() {
    Extraction x =
        read(
            "March 3, 2024",
            "Met Dana at the bar. Otis was already there.",
            "He slipped the pills into her drink. Sent Otis $500 later.",
            "Rufus came by around 1am with the camera.",
            "Paid Rufus 300k.");
    assertThat(x.roles()).containsEntry("Otis", PersonRole.ACCUSED);
    assertThat(x.roles()).containsEntry("Rufus", PersonRole.ACCUSED);
    assertThat(x.roles()).containsEntry("Dana", PersonRole.VICTIM);
  }

  @Test
  void aChatWriterWhoPaysTheOwnerIsInTheTrade() {
    Extraction x = read("[불곰] [오후 7:33] 파일 이름 뭐임", "[불곰] [오전 10:02] 50만 보냈음");
    assertThat(payments(x)).containsExactly("불곰|" + SuggestedFact.AUTHOR + "|500000");
    assertThat(x.roles()).containsEntry("불곰", PersonRole.ACCOMPLICE);
  }

  @Test
  void aHerIsTheWomanNamedBeforeItInTheLineNotTheManWhoTookHerAlong() {
    Extraction x =
        read(
            "2024-05-03",
            "Went to Itaewon with Sora. We ended up at the Blue Motel room 202 and I filmed her.",
            "Bobby and I drove her home.");
    assertThat(x.roles()).containsEntry("Sora", PersonRole.VICTIM);
    assertThat(x.roles()).doesNotContainEntry("Bobby", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).contains("Sora|Blue Motel room 202");
  }

  @Test
  void anAffectionateIBeforeAVerbOfMeetingIsTheOneMet() {
    Extraction x = read("2024.05.03", "강남역 10번 출구에서 수진이 불러냄.", "재석이 찍음.");
    assertThat(x.roles()).containsEntry("수진", PersonRole.VICTIM);
    // 재석이 찍음: his filming, or her being filmed with the affectionate 이; undecided (session 32).
    assertThat(x.roles()).containsEntry("재석", PersonRole.UNKNOWN);
    assertThat(facts(x, FactType.MEETING)).containsExactly("수진|강남역 10번 출구");
  }
}
