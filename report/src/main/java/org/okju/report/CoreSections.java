package org.okju.report;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.okju.casefile.ChainBreak;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.Sha256;
import org.okju.casefile.Source;

/**
 * The sections every report has, drawn from the catalogue and the custody log: verification,
 * sources, catalogue summary, tools and parameters. Deterministic: maps are sorted, lists keep the
 * case's order. Stateless.
 */
final class CoreSections {
  private static final String[] NOWRAP = {"nowrap"};

  private CoreSections() {}

  static void verification(CaseSnapshot c, Verification v, Words w, Html out) {
    out.element(
        "p",
        w.get(v.holds() ? "verify.holds" : "verify.fails"),
        "class",
        v.holds() ? "holds" : "fails");
    out.element("h3", w.get("verify.chain.title"));
    String chain =
        v.chain().intact()
            ? w.get(
                v.chain().signed() ? "verify.chain.signed" : "verify.chain.unsigned",
                w.count(v.chain().entries()))
            : w.get(
                "verify.chain.broken",
                w.count(v.chain().breaks().size()),
                w.count(v.chain().entries()));
    out.element("p", chain);
    if (!v.chain().intact()) {
      out.open("table").header(NOWRAP, w.get("col.entry"), w.get("col.break"), w.get("col.detail"));
      for (ChainBreak b : v.chain().breaks()) {
        out.row(NOWRAP, Long.toString(b.seq()), b.kind().name(), c.privacy().text(b.detail()));
      }
      out.close("table");
    }
    out.element("h3", w.get("verify.sources.title"));
    out.open("table")
        .header(
            new String[] {"nowrap", "num", "", "nowrap"},
            w.get("col.source"),
            w.get("col.items"),
            w.get("col.manifest-now"),
            w.get("col.holds"));
    for (SourceCheck s : v.sources()) {
      out.row(
          new String[] {"nowrap", "num", "mono", "nowrap"},
          Long.toString(s.source().value()),
          w.count(s.items()),
          s.recomputed().toHex(),
          w.get(s.holds() ? "yes" : "no"));
    }
    out.close("table");
    for (SourceCheck s : v.sources()) {
      out.element("p", sourceStatement(s, w));
    }
    out.element("h3", w.get("verify.evidence.title"));
    out.element(
        "p",
        w.get(
            "verify.evidence",
            w.count(v.evidence().checked()),
            w.count(v.evidence().matched()),
            w.count(v.evidence().changed().size()),
            w.count(v.evidence().unreachable().size())));
    if (v.evidence().members() > 0) {
      out.element("p", w.get("verify.evidence.members", w.count(v.evidence().members())));
    }
    if (!v.evidence().changed().isEmpty()) {
      Function<ItemId, String> path = pathsById(c);
      out.open("table")
          .header(
              NOWRAP,
              w.get("col.item"),
              w.get("col.path"),
              w.get("col.sha256-catalogued"),
              w.get("col.sha256-now"));
      for (EvidenceCheck.ChangedFile f : v.evidence().changed()) {
        out.row(
            new String[] {"nowrap", "", "mono", "mono"},
            Long.toString(f.item().value()),
            path.apply(f.item()),
            f.catalogued().toHex(),
            f.found().toHex());
      }
      out.close("table");
    }
    out.element("p", w.get("verify.note"), "class", "note");
  }

  private static String sourceStatement(SourceCheck s, Words w) {
    String id = Long.toString(s.source().value());
    if (s.holds()) {
      return w.get("verify.source.holds", id, w.count(s.items()));
    }
    if (s.recorded().isEmpty()) {
      return w.get("verify.source.unfinished", id);
    }
    return w.get("verify.source.changed", id);
  }

  static void sources(CaseSnapshot c, Words w, Html out) {
    out.open("table")
        .header(
            new String[] {"nowrap", "", "", "nowrap", "num", "nowrap", "nowrap", ""},
            "#",
            w.get("col.given-path"),
            w.get("col.ingest"),
            w.get("col.status"),
            w.get("col.items"),
            w.get("col.by"),
            "okju",
            w.get("col.manifest"));
    for (Source s : c.sources()) {
      out.row(
          new String[] {"nowrap", "", "small", "nowrap", "num", "nowrap", "nowrap", "mono"},
          Long.toString(s.id().value()),
          c.privacy().text(s.givenPath().display()),
          w.get(
              "range",
              w.time(s.started()),
              s.finished().map(w::time).orElse(w.get("sources.not-finished"))),
          w.status(s.status()),
          s.itemCount().isPresent() ? w.count(s.itemCount().getAsLong()) : "-",
          s.user(),
          s.okjuVersion(),
          s.manifest().map(Sha256::toHex).orElse(w.get("sources.no-manifest")));
    }
    out.close("table");
  }

  static void catalogueSummary(CaseSnapshot c, Words w, Html out) {
    Map<String, Long> byType = new TreeMap<>();
    Map<String, Long> byStatus = new TreeMap<>();
    long members = 0;
    long mismatches = 0;
    Optional<Instant> first = Optional.empty();
    Optional<Instant> last = Optional.empty();
    for (Item i : c.items()) {
      byType.merge(i.mediaType().orElse(w.get("catalogue.not-detected")), 1L, Long::sum);
      byStatus.merge(w.status(i.status()), 1L, Long::sum);
      members += i.parent().isPresent() ? 1 : 0;
      mismatches += i.extensionMismatch() ? 1 : 0;
      Optional<Instant> m = i.times().modified();
      if (m.isPresent()) {
        first = first.filter(f -> f.isBefore(m.get())).or(() -> m);
        last = last.filter(l -> l.isAfter(m.get())).or(() -> m);
      }
    }
    out.element(
        "p",
        w.get("catalogue.intro", w.count(c.items().size()), w.count(members), w.count(mismatches)));
    if (first.isPresent()) {
      out.element("p", w.get("catalogue.modified", first.get(), last.orElseThrow()));
    }
    out.open("table").header(new String[] {"", "num"}, w.get("col.media-type"), w.get("col.items"));
    byType.forEach((k, n) -> out.row(new String[] {"", "num"}, k, w.count(n)));
    out.close("table");
    out.open("table").header(new String[] {"", "num"}, w.get("col.outcome"), w.get("col.items"));
    byStatus.forEach((k, n) -> out.row(new String[] {"", "num"}, k, w.count(n)));
    out.close("table");
  }

  static void tools(CaseSnapshot c, ReportOptions o, Words w, Html out) {
    out.open("table", "class", "facts");
    fact(out, w.get("tools.okju"), o.okjuVersion());
    fact(out, "Java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
    fact(
        out,
        w.get("tools.os"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    fact(out, w.get("tools.schema"), c.schemaVersion());
    fact(out, w.get("tools.format"), o.format().name().toLowerCase(Locale.ROOT));
    fact(out, w.get("tools.language"), o.language().code());
    fact(out, w.get("tools.thumbnails"), o.thumbnails().name().toLowerCase(Locale.ROOT));
    fact(out, w.get("tools.manifest"), w.get("tools.manifest.text"));
    fact(out, w.get("tools.custody"), w.get("tools.custody.text"));
    out.close("table");
    out.element("p", w.get("tools.commands"));
    out.open("ul");
    for (Source s : c.sources()) {
      out.element("li", w.get("tools.command", s.id().value(), c.privacy().text(s.commandLine())));
    }
    out.close("ul");
  }

  static Function<ItemId, String> pathsById(CaseSnapshot c) {
    Map<ItemId, Item> byId = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
    c.items().forEach(i -> byId.put(i.id(), i));
    return id -> byId.containsKey(id) ? c.privacy().path(byId.get(id)) : "item " + id.value();
  }

  static long size(Item i) {
    return i.size().isPresent() ? i.size().getAsLong() : 0;
  }

  private static void fact(Html out, String name, String value) {
    out.open("tr").element("th", name).element("td", value).close("tr");
  }
}
