package org.okju.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.okju.ingest.IngestSummary;

/** Prints ingest summaries for people or, with {@code --json}, for programs. */
final class SummaryPrinter {
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  void text(IngestSummary s, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "source %d  %s%n  %s%s: %d items, %s%n",
        s.sourceId(),
        s.source(),
        s.status().name().toLowerCase(Locale.ROOT),
        s.alreadyIngested() ? " (already ingested: nothing to do)" : "",
        s.items(),
        Sizes.human(s.bytes()));
    out.println("  by kind:   " + join(s.byKind()));
    out.println("  by status: " + join(s.byStatus()));
    if (s.extensionMismatches() > 0) {
      out.println("  extension contradicts content: " + s.extensionMismatches() + " items");
    }
    if (!s.alreadyIngested()) {
      double seconds = Math.max(1e-3, s.elapsed().toMillis() / 1000.0);
      out.printf(
          Locale.ROOT,
          "  this run:  %d items read, %s in %.1f s (%s/s)%s%n",
          s.readThisRun(),
          Sizes.human(s.bytesThisRun()),
          seconds,
          Sizes.human((long) (s.bytesThisRun() / seconds)),
          s.resumedDone() > 0 ? "; resumed: " + s.resumedDone() + " files already done" : "");
    }
    if (s.atimeNotPreserved() > 0) {
      out.println(
          "  note: "
              + s.atimeNotPreserved()
              + " files could not be opened with O_NOATIME (not their owner): their access"
              + " times may have moved");
    }
    out.println("  manifest sha256: " + s.manifestSha256());
    if (s.problemCount() > 0) {
      out.println("  problems (" + s.problemCount() + "):");
      for (IngestSummary.ProblemLine p : s.problems()) {
        out.printf(
            Locale.ROOT, "    %-7s %-18s %s: %s%n", p.severity(), p.kind(), p.path(), p.message());
      }
      if (s.problemCount() > s.problems().size()) {
        out.println("    ... (okju files --case ... lists them all)");
      }
    }
  }

  void json(List<IngestSummary> summaries, PrintWriter out) {
    ArrayNode sources = json.createArrayNode();
    for (IngestSummary s : summaries) {
      ObjectNode o = sources.addObject();
      o.put("source", s.sourceId());
      o.put("path", s.source());
      o.put("status", s.status().name().toLowerCase(Locale.ROOT));
      o.put("alreadyIngested", s.alreadyIngested());
      o.put("items", s.items());
      o.put("bytes", s.bytes());
      o.set("byKind", json.valueToTree(s.byKind()));
      o.set("byStatus", json.valueToTree(s.byStatus()));
      o.put("extensionMismatches", s.extensionMismatches());
      o.put("resumedDone", s.resumedDone());
      o.put("readThisRun", s.readThisRun());
      o.put("bytesThisRun", s.bytesThisRun());
      o.put("seconds", s.elapsed().toMillis() / 1000.0);
      o.put("atimeNotPreserved", s.atimeNotPreserved());
      o.put("manifestSha256", s.manifestSha256());
      o.put("problemCount", s.problemCount());
      ArrayNode problems = o.putArray("problems");
      for (IngestSummary.ProblemLine p : s.problems()) {
        problems.add(json.valueToTree(p));
      }
    }
    ObjectNode root = json.createObjectNode();
    root.set("sources", sources);
    out.println(root.toPrettyString());
  }

  private static String join(Map<String, Long> counts) {
    StringBuilder b = new StringBuilder();
    counts.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
    return b.length() == 0 ? "none" : b.toString();
  }
}
