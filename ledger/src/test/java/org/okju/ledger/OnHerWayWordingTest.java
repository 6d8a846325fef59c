package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 29 (issue 16): two more sentence openings of a diary whose subject is a woman, read as no
 * one or as a longer name: "Jiwoo is coming Friday" (its date, "coming Friday", is read first and
 * masked out, which hid the "is coming" that makes her a person) and "Had Nara come over" (an
 * irregular past verb opening the sentence was read as her first name, "Had Nara"). Unread, her
 * name stayed verbatim in every quote of the line. Fictional lines.
 */
class OnHerWayWordingTest extends WordingTestBase {
  @Test
  void aWomanComingOnADayIsAPerson() {
    Extraction x = read("2024-03-05 Jiwoo is coming Friday.", "2024-03-06 Seola's coming Sunday.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Jiwoo", "Seola");
  }

  @Test
  void theVerbOpeningTheSentenceIsNoPartOfHerName() {
    Extraction x = read("2024-03-08 Had Nara come over. Put two in her drink.");
    assertThat(normalized(x, EntityType.PERSON)).containsExactly("Nara");
    assertThat(x.roles()).containsEntry("Nara", PersonRole.VICTIM);
  }
}
