package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29: a record of taped interview as police forces outside Korea write one, its speakers
 * named by labels in capitals ({@code DC MORRIS:}, {@code BAEK:}) rather than {@code Q:}/{@code
 * A:}, its header a form of labelled fields ({@code Person interviewed:}, {@code Place of
 * interview:}); a man an English text names twice, his romanised given name alone without its
 * hyphen; and a woman named by what another called her ("Nara called her Sunny"), which the person
 * filter had doubted. Fictional lines.
 */
class InterviewRecordWordingTest extends WordingTestBase {
  private static final String[] RECORD = {
    "RECORD OF TAPED INTERVIEW",
    "Person interviewed: BAEK Seung-ho    Place of interview: Mapo Police Station",
    "Date: 03/09/2026    Time commenced: 10:12",
    "DC MORRIS: Where were you on Saturday night?",
    "BAEK: In Sinchon, with a friend. Two girls joined us at a bar.",
    "DC MORRIS: What were their names?",
    "BAEK: Nara and Jiwon. We took them to a motel.",
    "DC MORRIS: Interview concluded at 10:40."
  };

  @Test
  void theInterviewedSpeakerIsTheAuthorNotSomeone() {
    Extraction x = read(RECORD);
    assertThat(undoubtedPeople(x))
        .doesNotContain("BAEK Seung-ho", "BAEK")
        .contains("Nara", "Jiwon");
  }

  @Test
  void aFormsFieldLabelIsNoOne() {
    Extraction x = read(RECORD);
    assertThat(undoubtedPeople(x)).doesNotContain("Place", "Time", "Person", "Interview");
  }

  @Test
  void aGivenNameWithoutItsHyphenIsTheFullName() {
    Extraction x =
        read(
            "Fri 12 June. Out in Itaewon with Jang Min-seok, who drives for us.",
            "Minseok drove us to the Hill Motel, room 302. Gave Minseok 200k for petrol.");
    assertThat(undoubtedPeople(x)).contains("Jang Min-seok").doesNotContain("Minseok");
    assertThat(payments(x)).contains("(author)|Jang Min-seok|200000");
  }

  @Test
  void theNameSomeoneCalledHerIsSomeone() {
    Extraction x =
        read(
            "RECORD OF TAPED INTERVIEW",
            "Person interviewed: BAEK Seung-ho",
            "DC MORRIS: Who was with you?",
            "BAEK: Nara and a friend of hers. Nara called her Sunny.",
            "DC MORRIS: Where did you take them?",
            "BAEK: To a motel in Sinchon.");
    assertThat(undoubtedPeople(x)).contains("Nara", "Sunny");
  }
}
