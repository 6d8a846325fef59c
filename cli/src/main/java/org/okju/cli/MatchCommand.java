package org.okju.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.HashSets;
import org.okju.casefile.Item;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.copies.HashSetMatcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju match}: which files of the case are in an imported hash set. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Marks the files of the case that are in an imported hash set.",
      "Marks every file of the case that matches an imported hash set: MD5, SHA-1 and "
          + "SHA-256 exactly, PDQ within distance 31 (an image's PDQ, a video's vPDQ frames of "
          + "quality >= 50). Prints the matches per tape (run okju copies first to group), then "
          + "files in no tape. Stores the matches and logs the run. --json: {\"matches\":[...]}."
    })
final class MatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Option(names = "--json", description = "Print the matches as one JSON object.")
  boolean json;

  /** One printed row: a hit with its tape and member. */
  private record Row(String tape, String relation, String path, HashSetMatcher.Hit hit) {}

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try (CaseStore store = caseOption.openForWriting()) {
      if (store.hashSets().list().isEmpty()) {
        out.println("no hash set imported: okju hashset import FILE --name NAME --kind KIND");
      }
      HashSetMatcher.Result r;
      try (TerminalProgress progress = TerminalProgress.open(null)) {
        r = new HashSetMatcher(store).run(caseOption.user, OkjuVersion.current(), progress);
      }
      List<Row> rows = rows(store, r.hits());
      if (json) {
        printJson(out, rows, r);
      } else {
        printText(out, rows, r);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  private static List<Row> rows(CaseStore store, List<HashSetMatcher.Hit> hits) {
    Map<Long, String[]> tapeOf = new HashMap<>();
    for (Copies.Tape t : store.copies().tapes()) {
      for (Copies.Member m : t.members()) {
        tapeOf.putIfAbsent(m.item().value(), new String[] {t.id(), m.relation()});
      }
    }
    CaseCopies paths = new CaseCopies(store, GroupingSettings.DEFAULT);
    Map<Long, String> cache = new HashMap<>();
    TreeMap<String, List<Row>> byTape = new TreeMap<>();
    for (HashSetMatcher.Hit h : hits) {
      long id = h.match().item().value();
      String path =
          store.items().find(h.match().item()).map((Item i) -> paths.path(i, cache)).orElse("?");
      String[] tape = tapeOf.get(id);
      // "~" sorts after every T-nnn id: files in no tape come last.
      String key = tape != null ? tape[0] : "~";
      byTape
          .computeIfAbsent(key, k -> new java.util.ArrayList<>())
          .add(new Row(tape != null ? tape[0] : null, tape != null ? tape[1] : null, path, h));
    }
    return byTape.values().stream().flatMap(List::stream).toList();
  }

  private static void printText(PrintWriter out, List<Row> rows, HashSetMatcher.Result r) {
    out.println("tape\trelation\tpath\tset\tkind\tmatched by\tdistance");
    for (Row row : rows) {
      HashSets.Match m = row.hit().match();
      String how =
          row.hit().how()
              + (row.hit().seconds().isPresent()
                  ? " frame at " + row.hit().seconds().getAsDouble() + " s"
                  : "");
      out.println(
          String.join(
              "\t",
              row.tape() != null ? row.tape() : "(no tape)",
              row.relation() != null ? row.relation() : "-",
              row.path().replace("\t", "\\t").replace("\n", "\\n"),
              row.hit().set().name(),
              row.hit().set().kind(),
              how,
              String.valueOf(m.distance())));
    }
    long tapes = rows.stream().map(Row::tape).filter(t -> t != null).distinct().count();
    long files = rows.stream().map(x -> x.hit().match().item()).distinct().count();
    out.println(
        rows.size()
            + " matches, "
            + files
            + " files, "
            + tapes
            + " tapes; matches sha256 "
            + r.matchesSha256().toHex());
    if (r.lowInformationSkipped() > 0 || r.lowInformationStricter() > 0) {
      out.println(
          "low-information images (icons, flat pictures): "
              + r.lowInformationStricter()
              + " matched by PDQ within "
              + HashSetMatcher.lowInformationRadius()
              + " only, "
              + r.lowInformationSkipped()
              + " not by PDQ at all (PDQ does not see them); digests matched for all");
    }
  }

  private static void printJson(PrintWriter out, List<Row> rows, HashSetMatcher.Result r) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode matches = root.putArray("matches");
    for (Row row : rows) {
      HashSets.Match m = row.hit().match();
      ObjectNode n = matches.addObject();
      if (row.tape() != null) {
        n.put("tape", row.tape());
        n.put("relation", row.relation());
      } else {
        n.putNull("tape");
      }
      n.put("item", m.item().value());
      n.put("path", row.path());
      n.put("set", row.hit().set().name());
      n.put("kind", row.hit().set().kind());
      n.put("matchedBy", row.hit().how());
      n.put("hashKind", m.hashKind());
      n.put("hash", m.hash());
      n.put("distance", m.distance());
      row.hit().seconds().ifPresent(s -> n.put("frameSeconds", s));
    }
    root.put("sha256", r.matchesSha256().toHex());
    root.put("lowInformationStricter", r.lowInformationStricter());
    root.put("lowInformationSkipped", r.lowInformationSkipped());
    out.println(root.toString());
  }
}
