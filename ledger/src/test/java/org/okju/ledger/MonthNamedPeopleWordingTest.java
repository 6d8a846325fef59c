package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 27 (issue 16): "Jun" was never a person, as a month's abbreviation, and it is a common
 * Korean given name: "Paid Jun (the driver) 200,000 won" lost its payee. A month with its day is a
 * date, read before any person. Fictional lines.
 */
class MonthNamedPeopleWordingTest extends WordingTestBase {
  @Test
  void junPaidIsAPerson() {
    Extraction x = read("2026-04-09", "Paid Jun 200,000 won for the two pickups.");
    assertThat(payments(x)).containsExactly("(author)|Jun|200000");
  }

  @Test
  void junWithItsDayIsStillADate() {
    Extraction x = read("Met Soyeon on Jun 5 2026 at Gangnam station exit 2");
    assertThat(normalized(x, EntityType.PERSON)).doesNotContain("Jun");
    assertThat(normalized(x, EntityType.DATE)).contains("2026-06-05");
  }
}
