package org.okju.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from one line, before facts are built from it.
 *
 * @param line the line's text
 * @param entryDate the date of the entry the line belongs to
 */
record LineReading(
    String line,
    Optional<LocalDate> entryDate,
    List<Found<Temporal>> temporals,
    List<Found<Named>> things,
    List<Found<BigDecimal>> percents,
    List<Found<Money>> money,
    List<Found<Person>> persons) {

  /** The first fully known date written in the line, else the entry's. */
  Optional<String> date() {
    return temporals.stream()
        .map(Found::value)
        .filter(t -> t.type() == EntityType.DATE && t.date().isPresent())
        .map(t -> t.date().get().toString())
        .findFirst()
        .or(() -> entryDate.map(LocalDate::toString));
  }

  List<Found<Named>> things(EntityType type) {
    return things.stream().filter(t -> t.value().type() == type).toList();
  }
}
