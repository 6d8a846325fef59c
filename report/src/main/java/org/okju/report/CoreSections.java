package org.okju.report;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.okju.casefile.ChainBreak;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.Sha256;
import org.okju.casefile.Source;

/**
 * The sections every report has, drawn from the catalogue and the custody log: summary,
 * verification, sources, catalogue summary, tools and parameters. Deterministic: maps are sorted,
 * lists keep the case's order. Stateless.
 */
final class CoreSections {
  private CoreSections() {}

  static void summary(CaseSnapshot c, Verification v, ReportOptions o, Html out) {
    long bytes =
        c.items().stream().filter(i -> i.parent().isEmpty()).mapToLong(CoreSections::size).sum();
    out.open("table", "class", "facts");
    fact(out, "Case", c.privacy().text(c.location()));
    fact(out, "Evidence sources", Long.toString(c.sources().size()));
    fact(out, "Catalogued items", c.items().size() + " (" + bytes + " bytes in source files)");
    fact(out, "Images fingerprinted (PDQ)", Long.toString(c.images()));
    fact(out, "Item errors / warnings", c.errors() + " / " + c.warnings());
    fact(out, "Custody log entries", Long.toString(c.custody().size()));
    fact(
        out,
        "Custody log head",
        v.chain().head().map(h -> "entry " + h.seq() + ", " + h.hash()).orElse("empty log"));
    fact(out, "Verification", v.holds() ? "everything checked holds" : "SOMETHING DOES NOT HOLD");
    fact(out, "Media in this report", o.thumbnails().description());
    out.close("table");
    out.open("p", "class", "note")
        .text(
            "Victims are referred to by pseudonym only. File names the case marks as sensitive are"
                + " withheld and shown as their item number. A hash chain cannot show entries cut"
                + " off its end: compare the head above with a copy kept elsewhere.")
        .close("p");
  }

  static void verification(CaseSnapshot c, Verification v, Html out) {
    out.element(
        "p",
        v.holds() ? "Everything checked holds." : "Something does not hold.",
        "class",
        v.holds() ? "holds" : "fails");
    out.element("h3", "Custody chain");
    out.element(
        "p",
        v.chain().entries()
            + " entries; "
            + (v.chain().signed() ? "signed with the case's Ed25519 key" : "not signed")
            + "; "
            + (v.chain().intact() ? "every hash, link and number holds." : "breaks found:"));
    if (!v.chain().intact()) {
      out.open("table").header("Entry", "Break", "Detail");
      for (ChainBreak b : v.chain().breaks()) {
        out.row(Long.toString(b.seq()), b.kind().name(), c.privacy().text(b.detail()));
      }
      out.close("table");
    }
    out.element("h3", "Sources against their manifests");
    out.open("table").header("Source", "Items", "Manifest now", "Holds");
    for (SourceCheck s : v.sources()) {
      out.row(
          Long.toString(s.source().value()),
          Long.toString(s.items()),
          s.recomputed().toHex(),
          s.holds() ? "yes" : "NO");
    }
    out.close("table");
    for (SourceCheck s : v.sources()) {
      out.element("p", c.privacy().text(s.statement()));
    }
    out.element("h3", "Evidence files against the catalogue");
    out.element("p", v.evidence().statement());
    if (!v.evidence().changed().isEmpty()) {
      Function<ItemId, String> path = pathsById(c);
      out.open("table").header("Item", "Path", "Catalogued SHA-256", "SHA-256 now");
      for (EvidenceCheck.ChangedFile f : v.evidence().changed()) {
        out.row(
            Long.toString(f.item().value()),
            path.apply(f.item()),
            f.catalogued().toHex(),
            f.found().toHex());
      }
      out.close("table");
    }
  }

  static void sources(CaseSnapshot c, Html out) {
    out.open("table")
        .header("#", "Given path", "Ingest", "Status", "Items", "By", "okju", "Manifest SHA-256");
    for (Source s : c.sources()) {
      out.row(
          Long.toString(s.id().value()),
          c.privacy().text(s.givenPath().display()),
          s.started() + " – " + s.finished().map(Object::toString).orElse("not finished"),
          s.status().name().toLowerCase(Locale.ROOT),
          s.itemCount().isPresent() ? Long.toString(s.itemCount().getAsLong()) : "–",
          s.user(),
          s.okjuVersion(),
          s.manifest().map(Sha256::toHex).orElse("none (ingest not finished)"));
    }
    out.close("table");
  }

  static void catalogueSummary(CaseSnapshot c, Html out) {
    Map<String, Long> byType = new TreeMap<>();
    Map<String, Long> byStatus = new TreeMap<>();
    long members = 0;
    long mismatches = 0;
    for (Item i : c.items()) {
      byType.merge(i.mediaType().orElse("(not detected)"), 1L, Long::sum);
      byStatus.merge(i.status().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
      members += i.parent().isPresent() ? 1 : 0;
      mismatches += i.extensionMismatch() ? 1 : 0;
    }
    out.element(
        "p",
        c.items().size()
            + " items, of which "
            + members
            + " are members of archives; "
            + mismatches
            + " have an extension that contradicts their content. The full catalogue is"
            + " Appendix A.");
    out.open("table").header("Media type", "Items");
    byType.forEach((k, n) -> out.row(k, Long.toString(n)));
    out.close("table");
    out.open("table").header("Outcome", "Items");
    byStatus.forEach((k, n) -> out.row(k, Long.toString(n)));
    out.close("table");
  }

  static void tools(CaseSnapshot c, ReportOptions o, Html out) {
    out.open("table", "class", "facts");
    fact(out, "okju version", o.okjuVersion());
    fact(out, "Java", System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
    fact(
        out,
        "Operating system",
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    fact(out, "Case schema version", c.schemaVersion());
    fact(out, "Report format", o.format().name().toLowerCase(Locale.ROOT));
    fact(out, "Thumbnails", o.thumbnails().name().toLowerCase(Locale.ROOT));
    fact(
        out, "Manifest form", "version 1 (SHA-256 over the sorted catalogue lines, see SCHEMA.md)");
    fact(
        out,
        "Custody canonical form",
        "version 1 (SHA-256 over sorted-key JSON; Ed25519 optional)");
    out.close("table");
    out.element("p", "Command lines of the ingests, as typed:");
    out.open("ul");
    for (Source s : c.sources()) {
      out.element("li", "source " + s.id().value() + ": " + c.privacy().text(s.commandLine()));
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
