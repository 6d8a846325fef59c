package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The digit-by-digit reading of stored times answers exactly what {@link Instant#parse} does. */
class UtcInstantTextTest {
  @Test
  void readsWhatInstantToStringWritesAsInstantParseDoes() {
    SplittableRandom random = new SplittableRandom(9);
    long first = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
    for (int i = 0; i < 200_000; i++) {
      long second = random.nextLong(first, last + 1);
      // Whole seconds, milli-, micro- and nanosecond fractions: each a different text length.
      int nano =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant t = Instant.ofEpochSecond(second, nano);
      assertThat(UtcInstantText.parse(t.toString())).isEqualTo(t);
    }
  }

  @Test
  void answersOddTextsAndRefusesBadOnesAsInstantParseDoes() {
    for (String s :
        new String[] {
          "2024-02-29T12:00:00.5Z",
          "2024-02-29T12:00:00.12Z",
          "2024-02-29T12:00:00.1234Z",
          "2024-12-31T23:59:60Z",
          "2024-12-31T24:00:00Z",
          "+10000-01-01T00:00:00Z",
          "-0001-01-01T00:00:00Z",
          "2024-01-01T00:00:00+01:00",
          "2023-02-29T00:00:00Z",
          "2024-13-01T00:00:00Z",
          "2024-01-01T00:60:00Z",
          "2024-01-01T00:00:00.Z",
          "2024-01-01T00:00:00.1234567890Z",
          "2024-01-01 00:00:00Z",
          "2024-01-01T00:00:00",
          ""
        }) {
      Object expected;
      try {
        expected = Instant.parse(s);
      } catch (DateTimeParseException e) {
        assertThatThrownBy(() -> UtcInstantText.parse(s))
            .as(s)
            .isInstanceOf(DateTimeParseException.class);
        continue;
      }
      assertThat(UtcInstantText.parse(s)).as(s).isEqualTo(expected);
    }
  }
}
