package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The classes of error that development documents 127-134 (written in session 11, English and
 * mixed, before the rules were run on them) showed, each in a short fictional text of its own
 * wording: a schedule's cells apart by tabs, GHB written "the G", an iMessage export's writer on
 * the line under its timestamp, the owner's "sent you" and "your 40%", "he'll pay", "picking her
 * up", a notes cell listing shares, a chemist's and an ajumma's titles, a form's capitalised nouns,
 * men named beside the woman they took, an interview's answers to its questions.
 */
class CaseFileFormsWordingTest extends WordingTestBase {
  @Test
  void aPlaceAndATitleStayInTheirTableCell() {
    Extraction x =
        read(
            "Day\tDate\tTime\tWho\tWhere\tJob\tNotes",
            "Fri\t2025-10-10\t21:00\tJae + Hoon\tSinchon station exit 3\tpick up Mirae\tv",
            "Fri\t2025-10-10\t23:30\tJae\tGrand Plaza Motel room 607\tcam\tfile: mirae_1010\tv");
    assertThat(normalized(x, EntityType.PLACE))
        .containsExactlyInAnyOrder("Sinchon station exit 3", "Grand Plaza Motel room 607");
    assertThat(normalized(x, EntityType.TAPE)).containsExactly("mirae_1010");
  }

  @Test
  void theGAfterAnArticleOrAMeasureIsGhb() {
    Extraction x =
        read(
            "2025-04-07",
            "Frankie brought the G as always.",
            "and I paid him 120k for the vial of G");
    assertThat(normalized(x, EntityType.DRUG)).containsExactly("GHB");
    assertThat(normalized(read("2025-04-07", "Met her at the G Tower lobby."), EntityType.DRUG))
        .isEmpty();
  }

  @Test
  void anIMessageExportsWriterIsOnTheLineUnderItsTimestamp() {
    Extraction x =
        read(
            "Messages with Theo (+82 10-7731-5208)",
            "",
            "Mar 14, 2025  9:05:02 PM",
            "Theo",
            "Grace. Grace Whitfield. picking her up at Seolleung station exit 1 at 10pm",
            "",
            "Mar 16, 2025  11:20:15 AM",
            "Me",
            "Kestrel says he'll pay 2m for it. sent you 800k just now, your 40%");
    assertThat(normalized(x, EntityType.PERSON))
        .containsExactlyInAnyOrder("Theo", "Grace Whitfield", "Kestrel");
    assertThat(facts(x, FactType.MEETING))
        .containsExactly("Grace Whitfield|Seolleung station exit 1");
    assertThat(payments(x)).containsExactly("(author)|Theo|800000");
    assertThat(shares(x)).containsExactly("Theo|40");
  }

  @Test
  void aNotesCellsSharesGoEachToTheNameBeforeIt() {
    Extraction x =
        read(
            "Day\tDate\tWho\tJob\tNotes",
            "Sun\t2025-10-12\tme\tsold mirae_1010 to Pike\t1.8m rcvd. Jae 35%, Hoon 15%");
    assertThat(shares(x)).containsExactlyInAnyOrder("Jae|35", "Hoon|15");
  }

  @Test
  void aChemistsAndAnAjummasTitlesAreNotTheirNames() {
    Extraction x =
        read(
            "2025-07-21",
            "A: Chemist Yoo in the market. Zolpidem. I paid him 100,000 in cash.",
            "Mon 13/10: Ajumma Seo paid for the G, 90k");
    assertThat(normalized(x, EntityType.PERSON)).containsExactlyInAnyOrder("Yoo", "Seo");
    assertThat(facts(x, FactType.SUPPLY)).contains("Yoo|zolpidem");
  }

  @Test
  void aFormsCapitalisedNounsAreNoPeople() {
    Extraction x =
        read(
            "HANSOL BANK  Statement of account 110-482-339071",
            "Period: 2025-02-01 to 2025-02-28        Currency: KRW",
            "Interviewing officer: badge 4102. Client is Hana Yoon, 22, with her sister Oh Ha-rin.",
            "Redhead from the wine bar, said her name was Tess.");
    assertThat(normalized(x, EntityType.PERSON))
        .containsExactlyInAnyOrder("Hana Yoon", "Oh Ha-rin", "Tess");
  }

  @Test
  void menTakenAlongWithHerAreNotTheOnesMet() {
    Extraction x =
        read(
            "Statement taken on 2025-09-02.",
            "On 15 August the witness drove Cha and a second man, Ryu, to Konkuk University"
                + " station exit 2.",
            "In the car Cha gave the woman a bottle of juice. She was asleep before they arrived.",
            "When the two men came down, Ryu was carrying her.");
    assertThat(x.roles()).doesNotContainEntry("Cha", PersonRole.VICTIM);
    assertThat(x.roles()).doesNotContainEntry("Ryu", PersonRole.VICTIM);
  }

  @Test
  void anInterviewsAnswerIsAboutWhatItsQuestionAsks() {
    Extraction x =
        read(
            "RECORD OF INTERVIEW    Date of interview: 2025-07-21",
            "Q: Who?",
            "A: A girl from the accounts team at my work, Bang Seul-gi.",
            "Q: Where did you meet?",
            "A: In front of the convenience store by Mangwon station exit 2.",
            "Q: Was what happened in room 711 filmed?",
            "A: It was, yes. Not by me. It was saved as \"Room 711\".");
    assertThat(x.roles()).containsEntry("Bang Seul-gi", PersonRole.VICTIM);
    assertThat(facts(x, FactType.MEETING)).containsExactly("Bang Seul-gi|Mangwon station exit 2");
    assertThat(facts(x, FactType.RECORDING)).containsExactly("Bang Seul-gi|Room 711");
  }

  @Test
  void aForumPostsWriterAndDayAreItsHeadingNotATapeOrATime() {
    Extraction x =
        read(
            "Members' lounge > Reports > \"fishing report - Itaewon\"",
            "#2 posted by Lowtide on Sun 6 Apr 2025, 00:15",
            "pics or it didn't happen",
            "#3 posted by reel_king on Sun 6 Apr 2025, 02:02",
            "Full video, forty minutes, title is tess_hbc. Lowtide had the camera on the tripod.",
            "#6 posted by Mackerel on Sun 6 Apr 2025, 12:05",
            "sent the 300k to reel_king",
            "#8 posted by reel_king on Mon 7 Apr 2025, 09:52",
            "Frankie brought the G as always. paid him 150k for the bottle.");
    assertThat(normalized(x, EntityType.PERSON))
        .containsExactlyInAnyOrder("reel_king", "Lowtide", "Mackerel", "Frankie");
    assertThat(normalized(x, EntityType.TAPE)).containsExactly("tess_hbc");
    assertThat(normalized(x, EntityType.TIME)).isEmpty();
    assertThat(normalized(x, EntityType.DATE)).containsExactly("2025-04-06", "2025-04-07");
  }

  @Test
  void theOnePaidForTheDrugSoldIt() {
    Extraction x =
        read("2025-03-16", "I paid Wolfie 120k for the vial of ketamine, same as always");
    assertThat(facts(x, FactType.SUPPLY)).containsExactly("Wolfie|ketamine");
    Extraction y =
        read(
            "2024-10-05",
            "Paid Seo 300k for driving. Doctor Ha sold me another strip of zolpidem for 150k.");
    assertThat(facts(y, FactType.SUPPLY)).containsExactly("Ha|zolpidem");
  }

  @Test
  void theOneWhoSetsUpThePhoneFilmsAndAFriendAskingWhatHappenedIsAWitness() {
    Extraction x =
        read(
            "2025-03-18",
            "Met Grace at Seolleung station exit 1. We took a taxi. Jinwoo had booked the room.",
            "It was filmed, yes. Not by me. Jinwoo set his phone up on the shelf.",
            "I gave Jinwoo half, 750,000.",
            "Her friend Nadia keeps texting me asking what happened to Grace that night.");
    assertThat(x.roles()).containsEntry("Jinwoo", PersonRole.ACCUSED);
    assertThat(x.roles()).containsEntry("Nadia", PersonRole.WITNESS);
  }

  @Test
  void aDocumentWritingADayOver12FirstWritesEverySlashedDateDayFirst() {
    Extraction x =
        read(
            "12/03/2025 Intake. Client came in with her sister.",
            "14/03/2025 A friend told the client about the video.",
            "Fr 6/6   mtg w/ S.H. at Jamsil station exit 4, 8p.");
    assertThat(normalized(x, EntityType.DATE))
        .containsExactlyInAnyOrder("2025-03-12", "2025-03-14", "2025-06-06");
    Extraction us = read("06/27/2025 paid Ray 100k.", "07/02/2025 paid Ray 50k.");
    assertThat(normalized(us, EntityType.DATE)).containsExactly("2025-06-27", "2025-07-02");
  }
}
