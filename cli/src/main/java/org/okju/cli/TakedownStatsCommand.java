package org.okju.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.monitor.Platforms;
import org.okju.monitor.Sighting;
import org.okju.monitor.SightingBook;
import org.okju.monitor.TakedownStats;
import org.okju.monitor.TakedownStatsPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju takedown stats}: sightings, notices, removals and their times per platform. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the takedown statistics per platform and per platform category.",
      "For the copies first seen in the period (--from inclusive, --to exclusive; a date means"
          + " its whole day, UTC), in the state the captures imported so far show: sightings,"
          + " notified, removed, removal rate (removed over found), median and 90th percentile"
          + " hours from the notice to the first capture that saw the copy gone, overdue and"
          + " reappeared. --json prints one JSON object; --out FILE.html writes the same as a"
          + " page with SVG charts for a centre's periodic report. Counts and platform names"
          + " only: no URL, tape or victim."
    })
final class TakedownStatsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;

  @Option(
      names = "--from",
      paramLabel = "DATE|TIME",
      description = "Count copies first seen at or after this (2026-03-01 or an ISO-8601 time).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE|TIME",
      description = "Count copies first seen before this (a date: up to the end of that day, UTC).")
  String to;

  @Option(names = "--json", description = "Print the statistics as one JSON object.")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "FILE.html",
      description = "Also write the statistics as an HTML page with SVG charts.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Optional<Instant> start = parse("--from", from, false);
    Optional<Instant> end = parse("--to", to, true);
    if (out != null) {
      Path dir = out.toAbsolutePath().getParent();
      if (!out.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?")) {
        throw CliException.usage("--out writes an .html page, not " + out);
      }
      if (dir == null || !Files.isDirectory(dir)) {
        throw CliException.usage("no such directory for --out: " + out);
      }
    }
    List<Sighting> sightings;
    try (CaseStore store = caseOption.openExisting()) {
      sightings = SightingBook.of(store, Platforms.of(store));
    } catch (Platforms.BadRegistryException e) {
      throw CliException.failure("the case's platform registry: " + e.getMessage());
    }
    TakedownStats.Result r;
    try {
      r = TakedownStats.of(sightings, start, end);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage() + " (--from, --to)");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.println(json(r));
    } else {
      print(stdout, r);
    }
    if (out != null) {
      write(out, TakedownStatsPage.html(r, Instant.now()));
      if (!json) {
        stdout.println("wrote " + out.toAbsolutePath());
      }
    }
    stdout.flush();
    return ExitCode.OK;
  }

  /** A date (its day's start, or for an end the next day's start) or an ISO-8601 time. */
  static Optional<Instant> parse(String option, String value, boolean end) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate day = LocalDate.parse(value);
        return Optional.of((end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      return Optional.of(Instant.parse(value));
    } catch (DateTimeParseException e) {
      throw CliException.usage(
          option
              + " takes a date (2026-03-01) or an ISO-8601 time (2026-03-01T09:00:00Z), not "
              + value);
    }
  }

  private static void print(PrintWriter out, TakedownStats.Result r) {
    out.println(
        "copies first seen "
            + TakedownStatsPage.period(r)
            + r.asOf().map(t -> "; latest capture " + t).orElse("; no sightings"));
    String head =
        "sightings\tnotified\tremoved\tremoval rate\tmedian h to removal\tp90 h\toverdue"
            + "\treappeared";
    out.println("platform\tcategory\t" + head);
    for (TakedownStats.Row row : r.platforms()) {
      out.println(row.name() + "\t" + row.category() + "\t" + cells(row));
    }
    out.println("all\t\t" + cells(r.total()));
    out.println();
    out.println("category\t" + head);
    for (TakedownStats.Row row : r.categories()) {
      out.println(row.name() + "\t" + cells(row));
    }
  }

  private static String cells(TakedownStats.Row row) {
    return String.join(
        "\t",
        Long.toString(row.sightings()),
        Long.toString(row.notified()),
        Long.toString(row.removed()),
        TakedownStatsPage.percent(row.removalRate()),
        TakedownStatsPage.hours(row.medianHoursToRemoval()),
        TakedownStatsPage.hours(row.p90HoursToRemoval()),
        Long.toString(row.overdue()),
        Long.toString(row.reappeared()));
  }

  static String json(TakedownStats.Result r) {
    ObjectNode o = JSON.createObjectNode();
    r.from().ifPresent(t -> o.put("from", t.toString()));
    r.to().ifPresent(t -> o.put("to", t.toString()));
    r.asOf().ifPresent(t -> o.put("as_of", t.toString()));
    o.set("total", row(r.total()));
    ArrayNode platforms = o.putArray("platforms");
    r.platforms().forEach(row -> platforms.add(row(row).put("platform", row.name())));
    ArrayNode categories = o.putArray("categories");
    r.categories().forEach(row -> categories.add(row(row)));
    return o.toString();
  }

  private static ObjectNode row(TakedownStats.Row row) {
    ObjectNode o = JSON.createObjectNode();
    o.put("name", row.name());
    o.put("category", row.category());
    o.put("sightings", row.sightings());
    o.put("notified", row.notified());
    o.put("removed", row.removed());
    o.put("removal_rate", row.removalRate());
    row.medianHoursToRemoval().ifPresent(h -> o.put("median_hours_to_removal", h));
    row.p90HoursToRemoval().ifPresent(h -> o.put("p90_hours_to_removal", h));
    o.put("overdue", row.overdue());
    o.put("reappeared", row.reappeared());
    o.set("states", JSON.valueToTree(row.byState()));
    return o;
  }

  private static void write(Path target, String html) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, ".okju-stats-", ".part");
    try {
      Files.writeString(tmp, html, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
