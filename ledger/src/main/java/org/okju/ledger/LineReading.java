package org.okju.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from one line, before facts are built from it.
 *
 * @param line the line's text
 * @param entryDay the day of the entry the line belongs to, ISO-8601: {@code 2024-04-03}, or {@code
 *     --04-03} under a heading that does not write its year
 * @param speaker in a chat export, the writer of the message when it is not the author: the one
 *     "나", "I" and "me" refer to
 * @param textStart where the line's own text starts (after a chat message's timestamp and name)
 * @param row the line's cells when it is a row of a table whose header is known
 */
record LineReading(
    String line,
    Optional<String> entryDay,
    List<Found<Temporal>> temporals,
    List<Found<Named>> things,
    List<Found<BigDecimal>> percents,
    List<Found<Money>> money,
    List<Found<Person>> persons,
    Optional<String> speaker,
    int textStart,
    Optional<TableReader.Row> row) {

  /** Who "나", "I", "me" are in this line: the chat message's writer, else the author. */
  String self() {
    return speaker.orElse(SuggestedFact.AUTHOR);
  }

  /** This reading with other people (names resolved across the document). */
  LineReading withPersons(List<Found<Person>> people) {
    return new LineReading(
        line, entryDay, temporals, things, percents, money, people, speaker, textStart, row);
  }

  /**
   * The day the line is of, written as read even when its year is unknown ({@code --04-03}): the
   * line's first date, or its entry's. A notebook that never writes its year still orders its facts
   * by day, and a reviewer who learns the year corrects it with {@code ledger edit --date}.
   */
  Optional<String> day() {
    return temporals.stream()
        .map(Found::value)
        .filter(t -> t.type() == EntityType.DATE && !t.normalized().isEmpty())
        .map(Temporal::normalized)
        .findFirst()
        .or(() -> entryDay);
  }

  List<Found<Named>> things(EntityType type) {
    return things.stream().filter(t -> t.value().type() == type).toList();
  }
}
