package org.okju.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.monitor.Platforms;
import org.okju.monitor.Sighting;
import org.okju.monitor.SightingBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju sightings}: the tapes' copies found on the web and the state of each. */
@Command(
    name = "sightings",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the copies of the tapes found in web captures, with the state of each.",
      "One line per media URL that served a copy of a tape: its platform, tape, relation, first"
          + " and last capture that saw it and its state (found, notified, removed, overdue,"
          + " reappeared), computed from the captures' times, so the order they were imported in"
          + " does not matter. --json: JSON Lines with url, page_urls, platform, tape, relation,"
          + " evidence, first_seen, last_seen, state and crawls. okju sightings confirm|reject:"
          + " a reviewer's decision on one."
    },
    subcommands = {SightingReviewCommands.Confirm.class, SightingReviewCommands.Reject.class})
final class SightingsCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;

  @Option(names = "--json", description = "Print one JSON object per sighting (JSON Lines).")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Sighting> sightings;
    try (CaseStore store = caseOption.openExisting()) {
      try {
        sightings = SightingBook.of(store, Platforms.of(store));
      } catch (Platforms.BadRegistryException e) {
        throw CliException.failure("the case's platform registry: " + e.getMessage());
      }
    }
    if (json) {
      sightings.forEach(s -> out.println(json(s)));
    } else {
      out.println("state\tplatform\ttape\trelation\tfirst seen\tlast seen\turl");
      for (Sighting s : sightings) {
        out.println(
            String.join(
                "\t",
                s.state(),
                s.platform(),
                s.tape(),
                s.relation(),
                s.firstSeen().toString(),
                s.lastSeen().toString(),
                s.url()));
      }
      Map<String, Long> byState = new TreeMap<>();
      sightings.forEach(s -> byState.merge(s.state(), 1L, Long::sum));
      out.println(sightings.size() + " sightings" + (byState.isEmpty() ? "" : ": " + byState));
    }
    out.flush();
    return ExitCode.OK;
  }

  static String json(Sighting s) {
    ObjectNode o = JSON.createObjectNode();
    o.put("url", s.url());
    ArrayNode pages = o.putArray("page_urls");
    s.pageUrls().forEach(pages::add);
    o.put("platform", s.platform());
    o.put("category", s.category());
    o.put("tape", s.tape());
    o.put("relation", s.relation());
    o.set("evidence", JSON.valueToTree(s.evidence()));
    o.set("hashes", JSON.valueToTree(s.hashes()));
    o.put("first_seen", s.firstSeen().toString());
    o.put("last_seen", s.lastSeen().toString());
    o.put("state", s.state());
    ArrayNode crawls = o.putArray("crawls");
    for (Sighting.Observation ob : s.observations()) {
      ObjectNode c = crawls.addObject();
      c.put("crawl", ob.crawl());
      c.put("captured_at", ob.capturedAt().toString());
      c.put("seen", ob.seen());
      c.put("reason", ob.reason());
      ob.httpStatus().ifPresent(h -> c.put("http_status", h));
      ob.record().ifPresent(r -> c.put("record", r));
    }
    s.removedAfter().ifPresent(t -> o.put("removed_after", t.toString()));
    s.removedBy().ifPresent(t -> o.put("removed_by", t.toString()));
    s.notifiedAt().ifPresent(t -> o.put("notified_at", t.toString()));
    s.deadline().ifPresent(t -> o.put("deadline", t.toString()));
    s.reappearedFrom().ifPresent(u -> o.put("reappeared_from", u));
    o.put("confirmed", s.confirmed());
    return o.toString();
  }
}
