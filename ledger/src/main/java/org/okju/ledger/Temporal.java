package org.okju.ledger;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date or a time of day as read from a line.
 *
 * @param type {@link EntityType#DATE} or {@link EntityType#TIME}
 * @param normalized ISO-8601: {@code 2024-05-03}, {@code --05-03} when the year is unknown, {@code
 *     15:30} for a time; empty for a relative date with nothing to resolve it against
 * @param date the calendar date when fully known
 * @param heading whether the date opens its line (it then dates the entries that follow)
 */
record Temporal(EntityType type, String normalized, Optional<LocalDate> date, boolean heading) {}
