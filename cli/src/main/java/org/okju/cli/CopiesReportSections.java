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
import org.okju.report.ReportContext;
import org.okju.report.ReportPlugins;
import org.okju.report.ReportSection;
import org.okju.report.SummaryLine;
import org.okju.report.TapeEvidence;
import org.okju.report.Words;

/**
 * Copy grouping's part of the court report: each recording found in more than one copy, with every
 * copy, its relation to the reference copy, how it joined (against the reference copy, or through
 * another copy) and the evidence in words ({@link TapeEvidence}), and the files related to one copy
 * only, beside it; then the files with no copy, apart; and the files found in imported hash sets.
 * Names and paths go through the report's privacy filter (a withheld name stays withheld here).
 */
final class CopiesReportSections {
  private static final String[] MEMBER_COLUMNS = {"", "nowrap", "nowrap", ""};
  private static final String[] RELATED_COLUMNS = {"", "nowrap", ""};

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
    return item.map(i -> context.privacy().path(i)).orElse("?")
        + " ("
        + context.words().get("tapes.item", id.value())
        + ")";
  }

  private static String kind(String kind, Words w) {
    String key = "tapes.kind." + kind;
    return w.has(key) ? w.get(key) : kind;
  }

  private static String joined(String joined, Words w) {
    String key = "joined." + joined;
    return w.has(key) ? w.get(key) : joined;
  }

  private static String relation(String relation, Words w) {
    String key = "relation." + relation;
    return w.has(key) ? w.get(key) : relation;
  }

  private static ReportSection tapes(List<Copies.Tape> tapes) {
    List<Copies.Tape> recordings = tapes.stream().filter(t -> t.members().size() > 1).toList();
    List<Copies.Tape> singles = tapes.stream().filter(t -> t.members().size() == 1).toList();
    long files = recordings.stream().mapToLong(t -> t.members().size()).sum();
    long copies = files - recordings.size();
    return ReportSection.of(
        "tapes",
        "Recordings and their copies",
        (context, out) -> {
          Words w = context.words();
          out.element(
              "p",
              w.get(
                  "tapes.intro",
                  w.counted("n.recordings", recordings.size()),
                  w.counted("n.files", files),
                  w.count(copies),
                  w.counted("n.files", singles.size())));
          out.element("p", w.get("tapes.how"), "class", "note");
          for (Copies.Tape t : recordings) {
            out.element(
                "h3", w.get("tapes.tape", t.id(), kind(t.kind(), w), w.count(t.members().size())));
            out.open("table", "class", "tape")
                .header(
                    new String[] {"w40", "nowrap", "nowrap", ""},
                    w.get("col.file"),
                    w.get("col.relation"),
                    w.get("col.joined"),
                    w.get("col.evidence"));
            for (Copies.Member m : t.members()) {
              out.row(
                  MEMBER_COLUMNS,
                  member(context, m.item()),
                  relation(m.relation(), w),
                  joined(m.joined(), w),
                  context.privacy().text(TapeEvidence.say(m.evidence(), w)));
            }
            out.close("table");
            if (!t.related().isEmpty()) {
              // Evidence against one copy only: shown beside the recording, never part of it.
              out.element("p", w.get("tapes.related"), "class", "note");
              out.open("table", "class", "related")
                  .header(
                      new String[] {"w40", "nowrap", ""},
                      w.get("col.file"),
                      w.get("col.relation"),
                      w.get("col.evidence"));
              for (Copies.Related r : t.related()) {
                out.row(
                    RELATED_COLUMNS,
                    member(context, r.item()),
                    w.get(
                        "tapes.related.relation",
                        relation(r.relation(), w),
                        r.member().value(),
                        r.inTape()),
                    context.privacy().text(TapeEvidence.say(r.evidence(), w)));
              }
              out.close("table");
            }
          }
          if (!singles.isEmpty()) {
            out.element("h3", w.get("tapes.singles"));
            out.element("p", w.get("tapes.singles.intro"));
            out.open("table", "class", "singles")
                .header(
                    new String[] {"nowrap", "nowrap", ""},
                    w.get("col.id"),
                    w.get("col.kind"),
                    w.get("col.file"));
            for (Copies.Tape t : singles) {
              out.row(
                  new String[] {"nowrap", "nowrap", ""},
                  t.id(),
                  kind(t.kind(), w),
                  member(context, t.members().get(0).item()));
            }
            out.close("table");
          }
        },
        context -> {
          Words w = context.words();
          String largest =
              recordings.stream()
                  .max((a, b) -> Integer.compare(a.members().size(), b.members().size()))
                  .map(t -> w.get("tapes.summary.largest", t.id(), w.count(t.members().size())))
                  .orElse("");
          return List.of(
              new SummaryLine(
                  w.get("summary.tapes"),
                  w.get(
                      "tapes.summary",
                      w.counted("n.recordings", recordings.size()),
                      w.counted("n.copies", copies),
                      largest,
                      w.counted("n.files", singles.size()))));
        });
  }

  private static ReportSection matches(
      List<HashSets.HashSet> sets, List<HashSets.Match> matches, List<Copies.Tape> tapes) {
    Map<Long, HashSets.HashSet> byId = new HashMap<>();
    sets.forEach(s -> byId.put(s.id(), s));
    Map<Long, String> tapeOf = new HashMap<>();
    tapes.forEach(t -> t.members().forEach(m -> tapeOf.putIfAbsent(m.item().value(), t.id())));
    long files = matches.stream().map(m -> m.item().value()).distinct().count();
    return ReportSection.of(
        "hash-set-matches",
        "Hash-set matches",
        (context, out) -> {
          Words w = context.words();
          out.element("p", w.get("matches.intro", w.count(sets.size()), w.count(matches.size())));
          String[] setColumns = {"", "nowrap", "nowrap", "num", "num", "mono"};
          out.open("table")
              .header(
                  setColumns,
                  w.get("col.set"),
                  w.get("col.kind"),
                  w.get("col.format"),
                  w.get("col.entries"),
                  w.get("col.malformed"),
                  w.get("col.file-sha256"));
          for (HashSets.HashSet s : sets) {
            out.row(
                setColumns,
                context.privacy().text(s.name()),
                s.kind(),
                s.format(),
                s.entries().map(w::count).orElse(w.get("matches.unfinished")),
                s.problems().map(w::count).orElse("-"),
                s.fileSha256());
          }
          out.close("table");
          if (matches.isEmpty()) {
            out.element("p", w.get("matches.none"));
            return;
          }
          String[] columns = {"nowrap", "", "", "nowrap", "mono", "num"};
          out.open("table")
              .header(
                  columns,
                  w.get("col.tape"),
                  w.get("col.file"),
                  w.get("col.set"),
                  w.get("col.kind"),
                  w.get("col.hash"),
                  w.get("col.distance"));
          for (HashSets.Match m : matches) {
            HashSets.HashSet s = byId.get(m.hashSet());
            out.row(
                columns,
                tapeOf.getOrDefault(m.item().value(), "-"),
                member(context, m.item()),
                s == null ? "?" : context.privacy().text(s.name()),
                s == null ? "?" : s.kind(),
                m.hashKind() + " " + m.hash(),
                String.valueOf(m.distance()));
          }
          out.close("table");
        },
        context -> {
          Words w = context.words();
          return List.of(
              new SummaryLine(
                  w.get("summary.hash-set-matches"),
                  files == 0
                      ? w.get("matches.summary.none", w.counted("n.sets", sets.size()))
                      : w.get(
                          "matches.summary",
                          w.counted("n.files", files),
                          w.counted("n.sets", sets.size()))));
        });
  }
}
