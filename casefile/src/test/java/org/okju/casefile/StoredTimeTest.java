package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The digit-by-digit format and parse give java.time's answers. */
class StoredTimeTest {
  private static final DateTimeFormatter JAVA_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void randomInstantsFromBeforeYearZeroToAfter9999FormatAsJavaTimeAndParseBack() {
    Random random = new Random(11);
    long min = Instant.parse("-0100-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("+10100-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 200_000; i++) {
      long second = min + Math.floorMod(random.nextLong(), max - min);
      Instant t = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
      String text = StoredTime.format(t);
      assertThat(text).isEqualTo(JAVA_TIME.format(t));
      assertThat(StoredTime.parse(text)).isEqualTo(t);
    }
  }

  @Test
  void theEdgesOfTheFastRangeAndOfADay() {
    for (String s :
        List.of(
            "0000-01-01T00:00:00.000000000Z",
            "9999-12-31T23:59:59.999999999Z",
            "1970-01-01T00:00:00.000000000Z",
            "1969-12-31T23:59:59.999999999Z",
            "2024-02-29T12:00:00.000000001Z")) {
      Instant t = Instant.parse(s);
      assertThat(StoredTime.format(t)).isEqualTo(s);
      assertThat(StoredTime.parse(s)).isEqualTo(t);
    }
    Instant before = Instant.parse("-0001-12-31T23:59:59.999999999Z");
    assertThat(StoredTime.format(before)).isEqualTo(JAVA_TIME.format(before));
  }

  @Test
  void textOutsideTheStoredShapeIsJavaTimesToJudge() {
    assertThat(StoredTime.parse("2024-01-31T10:00:00Z"))
        .isEqualTo(Instant.parse("2024-01-31T10:00:00Z"));
    assertThat(StoredTime.parse("2024-12-31T24:00:00.000000000Z"))
        .isEqualTo(Instant.parse("2024-12-31T24:00:00.000000000Z"));
    assertThatThrownBy(() -> StoredTime.parse("2024-13-01T00:00:00.000000000Z"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> StoredTime.parse("2024-02-30T00:00:00.000000000Z"))
        .isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> StoredTime.parse("2024-0a-01T00:00:00.000000000Z"))
        .isInstanceOf(DateTimeParseException.class);
  }
}
