package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 30 (issue 16, one person per name): a Korean given name romanised both ways a notebook
 * writes its vowels (Soo-jin and Sujin, Yoo-na and Yuna) was two people, the second a false one.
 * Fictional lines.
 */
class RomanisedVowelSpellingsWordingTest extends WordingTestBase {
  @Test
  void theTwoSpellingsOfOneNameAreOnePerson() {
    Extraction x =
        read(
            "2024-05-05 Met Soo-jin at Gangnam station exit 10. Sujin passed out.",
            "2024-05-06 Met Yoo-na at Sinsa station exit 8. Yuna passed out.");
    assertThat(x.roles()).containsOnlyKeys("Soo-jin", "Yoo-na");
  }

  @Test
  void englishNamesKeepTheirVowels() {
    Extraction x = read("2024-05-08 Paid Brooke 100k for the drive. Paid Bruke 50k for the room.");
    assertThat(x.roles()).containsKeys("Brooke", "Bruke");
  }
}
