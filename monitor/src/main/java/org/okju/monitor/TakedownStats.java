package org.okju.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How the takedowns went, per platform and per platform category, for a centre's periodic report.
 *
 * <p>The statistics follow a cohort: the sightings first seen in the period (from inclusive, to
 * exclusive; either end may be open), each counted with the state the captures imported so far
 * show. So "of the copies found in March, how many are down now, and how fast did they go".
 *
 * <p>Time to removal runs from the notice to the first capture that saw the copy gone (the copy
 * went down somewhere between the last capture that saw it and that one, so it is an upper bound);
 * only copies that were notified and then removed have one. Percentiles interpolate linearly
 * between the closest ranks (the median of an even count is the mean of the middle two). Stateless.
 */
public final class TakedownStats {
  /**
   * One line of the statistics.
   *
   * @param name the platform's or category's name ({@code all} for the total)
   * @param category the platform's category (for a category or the total: the same as the name)
   * @param sightings copies first seen in the period
   * @param notified of those, the ones a notice was sent for during their current stay online, or
   *     before their removal
   * @param removed of those, the ones the last capture that looked saw gone
   * @param removalRate removed / sightings (0 when there are none)
   * @param medianHoursToRemoval the median time from notice to removal, in hours
   * @param p90HoursToRemoval the 90th percentile of the same
   * @param overdue sightings still up after the platform's deadline after a notice
   * @param reappeared sightings that came back (same URL after removal, or the tape at a new URL)
   * @param byState how many are in each state now ({@code found}, {@code notified}, ...)
   */
  public record Row(
      String name,
      String category,
      long sightings,
      long notified,
      long removed,
      double removalRate,
      Optional<Double> medianHoursToRemoval,
      Optional<Double> p90HoursToRemoval,
      long overdue,
      long reappeared,
      Map<String, Long> byState) {
    public Row {
      // In lifecycle order, so the JSON and the charts list the states the same way every time.
      Map<String, Long> ordered = new LinkedHashMap<>();
      for (String st : Sighting.STATES) {
        ordered.put(st, byState.getOrDefault(st, 0L));
      }
      byState = Collections.unmodifiableMap(ordered);
    }
  }

  /**
   * The statistics of a period.
   *
   * @param from the period's start, when it has one
   * @param to its end (exclusive), when it has one
   * @param asOf the latest capture time any counted sighting was seen at (what "now" means here)
   * @param total every counted sighting
   * @param platforms one row per platform, most sightings first
   * @param categories one row per category, most sightings first
   */
  public record Result(
      Optional<Instant> from,
      Optional<Instant> to,
      Optional<Instant> asOf,
      Row total,
      List<Row> platforms,
      List<Row> categories) {
    public Result {
      platforms = List.copyOf(platforms);
      categories = List.copyOf(categories);
    }
  }

  private TakedownStats() {}

  /** The statistics of the sightings first seen in [from, to). */
  public static Result of(List<Sighting> sightings, Optional<Instant> from, Optional<Instant> to) {
    if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
      throw new IllegalArgumentException("the period's start must come before its end");
    }
    List<Sighting> cohort =
        sightings.stream()
            .filter(s -> from.isEmpty() || !s.firstSeen().isBefore(from.get()))
            .filter(s -> to.isEmpty() || s.firstSeen().isBefore(to.get()))
            .toList();
    Optional<Instant> asOf =
        cohort.stream()
            .flatMap(s -> s.observations().stream())
            .map(Sighting.Observation::capturedAt)
            .max(Comparator.naturalOrder());
    return new Result(
        from,
        to,
        asOf,
        row("all", "all", cohort),
        rows(cohort, Sighting::platform),
        rows(cohort, Sighting::category));
  }

  private static List<Row> rows(List<Sighting> cohort, Function<Sighting, String> key) {
    Map<String, List<Sighting>> groups = new TreeMap<>();
    cohort.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
    List<Row> out = new ArrayList<>();
    groups.forEach((name, group) -> out.add(row(name, group.get(0).category(), group)));
    out.sort(Comparator.comparingLong(Row::sightings).reversed().thenComparing(Row::name));
    return out;
  }

  private static Row row(String name, String category, List<Sighting> group) {
    long removed = group.stream().filter(s -> s.state().equals("removed")).count();
    List<Double> hours =
        group.stream()
            .filter(s -> s.state().equals("removed"))
            .map(Sighting::hoursToRemoval)
            .flatMap(Optional::stream)
            .sorted()
            .toList();
    Map<String, Long> byState = new TreeMap<>();
    Sighting.STATES.forEach(st -> byState.put(st, 0L));
    group.forEach(s -> byState.merge(s.state(), 1L, Long::sum));
    return new Row(
        name,
        category,
        group.size(),
        group.stream().filter(s -> s.notifiedAt().isPresent()).count(),
        removed,
        group.isEmpty() ? 0 : (double) removed / group.size(),
        percentile(hours, 0.5),
        percentile(hours, 0.9),
        byState.get("overdue"),
        group.stream().filter(s -> s.reappearedFrom().isPresent()).count(),
        byState);
  }

  /** The {@code q} quantile of sorted values by linear interpolation (R's type 7). */
  static Optional<Double> percentile(List<Double> sorted, double q) {
    if (sorted.isEmpty()) {
      return Optional.empty();
    }
    double rank = q * (sorted.size() - 1);
    int low = (int) Math.floor(rank);
    int high = (int) Math.ceil(rank);
    return Optional.of(sorted.get(low) + (rank - low) * (sorted.get(high) - sorted.get(low)));
  }
}
