package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The statistics over sightings in every state: counts, rates and time-to-removal percentiles per
 * platform and per category, the period as a cohort of first sightings, and the HTML page's charts.
 * (The states themselves come from real captures in {@link LifecycleTest}, which also checks the
 * statistics of a real case.)
 */
class TakedownStatsTest {
  static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

  /**
   * A sighting first seen at {@code found} hours, notified at {@code notice}, gone at {@code gone}.
   */
  static Sighting sighting(
      String url,
      String platform,
      String category,
      String state,
      double found,
      Double notice,
      Double gone,
      boolean reappeared) {
    Instant first = T0.plus(hours(found));
    List<Sighting.Observation> obs = new ArrayList<>();
    obs.add(
        new Sighting.Observation("c1", first, "up", "served", Optional.of(200), Optional.empty()));
    if (gone != null) {
      obs.add(
          new Sighting.Observation(
              "c2", T0.plus(hours(gone)), "gone", "http-404", Optional.of(404), Optional.empty()));
    }
    return new Sighting(
        url,
        List.of(),
        platform,
        category,
        "T-001",
        "identical",
        Map.of(),
        Map.of(),
        first,
        first,
        state,
        obs,
        Optional.ofNullable(gone).map(g -> first),
        Optional.ofNullable(gone).map(g -> T0.plus(hours(g))),
        Optional.ofNullable(notice).map(n -> T0.plus(hours(n))),
        Optional.ofNullable(notice).map(n -> T0.plus(hours(n + 48))),
        reappeared ? Optional.of(url) : Optional.empty(),
        false);
  }

  static Duration hours(double h) {
    return Duration.ofSeconds(Math.round(h * 3600));
  }

  static List<Sighting> sample() {
    return List.of(
        // tube.example (adult): four removed after a notice in 10, 20, 30 and 40 hours.
        sighting("u1", "tube.example", "adult", "removed", 0, 1.0, 11.0, false),
        sighting("u2", "tube.example", "adult", "removed", 1, 1.0, 21.0, false),
        sighting("u3", "tube.example", "adult", "removed", 2, 1.0, 31.0, false),
        sighting("u4", "tube.example", "adult", "removed", 3, 1.0, 41.0, false),
        sighting("u5", "tube.example", "adult", "overdue", 4, 5.0, null, false),
        // cams.example (adult): one removed without a notice, one found, one back.
        sighting("u6", "cams.example", "adult", "removed", 5, null, 50.0, false),
        sighting("u7", "cams.example", "adult", "found", 6, null, null, false),
        sighting("u8", "cams.example", "adult", "reappeared", 70, null, null, true),
        // board.example (community): notified, still within its deadline.
        sighting("u9", "board.example", "community", "notified", 100, 101.0, null, false));
  }

  @Test
  void countsRatesAndTimesToRemovalPerPlatformAndCategory() {
    TakedownStats.Result r = TakedownStats.of(sample(), Optional.empty(), Optional.empty());
    TakedownStats.Row tube = r.platforms().get(0);
    assertThat(tube.name()).isEqualTo("tube.example");
    assertThat(tube.category()).isEqualTo("adult");
    assertThat(tube.sightings()).isEqualTo(5);
    assertThat(tube.notified()).isEqualTo(5);
    assertThat(tube.removed()).isEqualTo(4);
    assertThat(tube.removalRate()).isEqualTo(0.8);
    assertThat(tube.medianHoursToRemoval().orElseThrow()).isCloseTo(25.0, within(1e-9));
    assertThat(tube.p90HoursToRemoval().orElseThrow()).isCloseTo(37.0, within(1e-9));
    assertThat(tube.overdue()).isEqualTo(1);
    assertThat(tube.reappeared()).isZero();

    TakedownStats.Row cams = r.platforms().get(1);
    assertThat(cams.name()).isEqualTo("cams.example");
    assertThat(cams.removed()).isEqualTo(1);
    assertThat(cams.notified()).isZero();
    assertThat(cams.medianHoursToRemoval()).as("removed without a notice: no time").isEmpty();
    assertThat(cams.reappeared()).isEqualTo(1);
    assertThat(cams.byState())
        .containsEntry("removed", 1L)
        .containsEntry("found", 1L)
        .containsEntry("reappeared", 1L)
        .containsEntry("overdue", 0L);
    assertThat(cams.byState().keySet())
        .as("in lifecycle order")
        .containsExactlyElementsOf(Sighting.STATES);

    assertThat(r.categories())
        .extracting(TakedownStats.Row::name)
        .containsExactly("adult", "community");
    TakedownStats.Row adult = r.categories().get(0);
    assertThat(adult.sightings()).isEqualTo(8);
    assertThat(adult.removed()).isEqualTo(5);
    assertThat(adult.removalRate()).isEqualTo(5.0 / 8);
    assertThat(r.total().sightings()).isEqualTo(9);
    assertThat(r.total().notified()).isEqualTo(6);
    assertThat(r.total().overdue()).isEqualTo(1);
    assertThat(r.asOf()).hasValue(T0.plus(hours(100)));
  }

  @Test
  void thePeriodCountsTheCopiesFirstSeenInItWhateverHappenedAfter() {
    TakedownStats.Result r =
        TakedownStats.of(sample(), Optional.of(T0.plus(hours(2))), Optional.of(T0.plus(hours(70))));
    // u3..u7 were first seen at 2..6 h; u8 at 70 h is outside (the end is exclusive).
    assertThat(r.total().sightings()).isEqualTo(5);
    assertThat(r.total().removed()).as("removals after the period still count").isEqualTo(3);
    assertThat(r.platforms().get(0).medianHoursToRemoval().orElseThrow())
        .isCloseTo(35.0, within(1e-9));
    assertThat(
            TakedownStats.of(sample(), Optional.of(T0.plus(hours(200))), Optional.empty()).total())
        .satisfies(
            t -> {
              assertThat(t.sightings()).isZero();
              assertThat(t.removalRate()).isZero();
              assertThat(t.medianHoursToRemoval()).isEmpty();
            });
    assertThatThrownBy(() -> TakedownStats.of(sample(), Optional.of(T0), Optional.of(T0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void percentilesInterpolateBetweenRanks() {
    assertThat(TakedownStats.percentile(List.of(), 0.5)).isEmpty();
    assertThat(TakedownStats.percentile(List.of(7.0), 0.9)).hasValue(7.0);
    assertThat(TakedownStats.percentile(List.of(1.0, 2.0, 3.0), 0.5)).hasValue(2.0);
    assertThat(TakedownStats.percentile(List.of(1.0, 3.0), 0.5)).hasValue(2.0);
    assertThat(TakedownStats.percentile(List.of(0.0, 10.0), 0.9)).hasValue(9.0);
  }

  @Test
  void thePageHasTheTablesAndAChartSegmentPerStateWithNothingButCountsAndPlatforms() {
    TakedownStats.Result r = TakedownStats.of(sample(), Optional.empty(), Optional.empty());
    String html = TakedownStatsPage.html(r, T0.plus(hours(200)));
    assertThat(html)
        .contains("<h2>By platform</h2>", "<h2>By category</h2>")
        .contains(
            "<td>tube.example</td><td class=\"text\">adult</td><td>5</td><td>5</td><td>4</td>"
                + "<td>80.0%</td><td>25.0</td><td>37.0</td><td>1</td><td>0</td>")
        .contains("<title>removed: 4</title>", "<title>overdue: 1</title>")
        .contains("<title>median: 25.0 h</title>", "<title>90th percentile: 37.0 h</title>")
        .doesNotContain("u1", "T-001", "<script");
    // Each chart is well-formed SVG (an XML reader takes it).
    java.util.regex.Matcher svg = java.util.regex.Pattern.compile("<svg.*?</svg>").matcher(html);
    int charts = 0;
    while (svg.find()) {
      String one = svg.group();
      assertThatCode(
              () ->
                  javax.xml.parsers.DocumentBuilderFactory.newInstance()
                      .newDocumentBuilder()
                      .parse(new org.xml.sax.InputSource(new java.io.StringReader(one))))
          .doesNotThrowAnyException();
      charts++;
    }
    assertThat(charts).as("states by platform, hours, states by category").isEqualTo(3);
  }
}
