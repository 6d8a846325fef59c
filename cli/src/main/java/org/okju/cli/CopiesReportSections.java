package org.okju.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.HashSets;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.report.Html;
import org.okju.report.ReportContext;
import org.okju.report.ReportPlugins;
import org.okju.report.ReportSection;

/**
 * Copy grouping's part of the court report: every tape with its members, their relation to the
 * representative and the evidence; and the files found in imported hash sets, by tape. Names and
 * paths go through the report's privacy filter (a withheld name stays withheld here).
 */
final class CopiesReportSections {
  private CopiesReportSections() {}

  /** {@code plugins} with the tapes and hash-set sections of {@code store} when it has them. */
  static ReportPlugins addTo(ReportPlugins plugins, CaseStore store) {
    List<Copies.Tape> tapes = store.copies().tapes();
    ReportPlugins with = tapes.isEmpty() ? plugins : plugins.withTapes(tapes(tapes));
    List<HashSets.HashSet> sets = store.hashSets().list();
    if (sets.isEmpty()) {
      return with;
    }
    return with.withHashSetMatches(matches(sets, store.hashSets().matches(), tapes));
  }

  private static String member(ReportContext context, ItemId id) {
    Optional<Item> item = context.store().items().find(id);
    return "item " + id.value() + ": " + item.map(i -> context.privacy().path(i)).orElse("?");
  }

  private static ReportSection tapes(List<Copies.Tape> tapes) {
    return new ReportSection() {
      @Override
      public String id() {
        return "tapes";
      }

      @Override
      public String title() {
        return "Tapes: copies of one recording";
      }

      @Override
      public void render(ReportContext context, Html out) {
        long copies = tapes.stream().mapToLong(t -> t.members().size() - 1).sum();
        out.element(
            "p",
            tapes.size()
                + " tapes, "
                + copies
                + " copies (okju copies). Each copy is listed with its relation to the tape's"
                + " representative and the evidence: PDQ distance and view, matched frame share,"
                + " offset and length of an excerpt, and the threshold used.");
        out.open("table").header("tape", "kind", "member", "relation", "evidence");
        for (Copies.Tape t : tapes) {
          for (Copies.Member m : t.members()) {
            out.row(
                t.id(),
                t.kind(),
                member(context, m.item()),
                m.relation(),
                context.privacy().text(m.evidence()));
          }
        }
        out.close("table");
      }
    };
  }

  private static ReportSection matches(
      List<HashSets.HashSet> sets, List<HashSets.Match> matches, List<Copies.Tape> tapes) {
    Map<Long, HashSets.HashSet> byId = new HashMap<>();
    sets.forEach(s -> byId.put(s.id(), s));
    Map<Long, String> tapeOf = new HashMap<>();
    tapes.forEach(t -> t.members().forEach(m -> tapeOf.putIfAbsent(m.item().value(), t.id())));
    return new ReportSection() {
      @Override
      public String id() {
        return "hash-set-matches";
      }

      @Override
      public String title() {
        return "Hash-set matches";
      }

      @Override
      public void render(ReportContext context, Html out) {
        out.element(
            "p",
            sets.size()
                + " hash sets imported, "
                + matches.size()
                + " matches (okju match): MD5, SHA-1 and SHA-256 exactly, PDQ within 31 bits.");
        out.open("table").header("set", "kind", "format", "entries", "malformed", "file sha256");
        for (HashSets.HashSet s : sets) {
          out.row(
              context.privacy().text(s.name()),
              s.kind(),
              s.format(),
              s.entries().map(String::valueOf).orElse("unfinished"),
              s.problems().map(String::valueOf).orElse("-"),
              s.fileSha256());
        }
        out.close("table");
        if (matches.isEmpty()) {
          out.element("p", "No file of the case is in an imported set.");
          return;
        }
        out.open("table").header("tape", "file", "set", "kind", "hash", "distance");
        for (HashSets.Match m : matches) {
          HashSets.HashSet s = byId.get(m.hashSet());
          out.row(
              tapeOf.getOrDefault(m.item().value(), "(no tape)"),
              member(context, m.item()),
              s == null ? "?" : context.privacy().text(s.name()),
              s == null ? "?" : s.kind(),
              m.hashKind() + " " + m.hash(),
              String.valueOf(m.distance()));
        }
        out.close("table");
      }
    };
  }
}
