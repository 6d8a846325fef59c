package org.okju.report;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.Md5;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;

/** The long tables: the custody log, the full catalogue (Appendix A) and thumbnails. Stateless. */
final class LogSections {
  private LogSections() {}

  static void custody(CaseSnapshot c, Words w, Html out) {
    out.element("p", w.get("custody.intro"));
    out.open("table", "class", "log")
        .header(
            // Widths given: left to itself the PDF's table layout squeezed the time and the entry's
            // hash to a character a line beside the parameters' long JSON.
            new String[] {"num", "w14", "w10", "w10", "", "w14", "w14"},
            "#",
            w.get("col.time-utc"),
            w.get("col.user"),
            w.get("col.action"),
            w.get("col.parameters"),
            w.get("col.inputs-outputs"),
            w.get("col.entry-sha256"));
    for (CustodyEntry e : c.custody()) {
      out.row(
          new String[] {"num", "small", "nowrap", "nowrap", "mono", "mono", "mono"},
          Long.toString(e.seq()),
          e.time().toString().replace('T', ' '),
          c.privacy().text(e.user()),
          e.action(),
          c.privacy().record(e.parametersJson()),
          hashes("in", e.inputs()) + hashes("out", e.outputs()),
          e.hash().toHex() + (e.signature().isPresent() ? " (signed)" : ""));
    }
    out.close("table");
  }

  private static String hashes(String direction, Map<String, Sha256> hashes) {
    return hashes.entrySet().stream()
        .map(h -> direction + " " + h.getKey() + ": " + h.getValue().toHex() + " ")
        .collect(Collectors.joining());
  }

  static void catalogue(CaseSnapshot c, Words w, Html out) {
    out.open("table", "class", "catalogue")
        .header(
            new String[] {"num", "num", "num", "", "num", "", "", "", "nowrap"},
            w.get("col.item"),
            w.get("col.src"),
            w.get("col.in"),
            w.get("col.path"),
            w.get("col.bytes"),
            w.get("col.type"),
            w.get("col.modified-utc"),
            "MD5 / SHA-1 / SHA-256",
            w.get("col.outcome"));
    for (Item i : c.items()) {
      out.row(
          new String[] {"num", "num", "num", "", "num", "", "small", "mono", "nowrap"},
          Long.toString(i.id().value()),
          Long.toString(i.source().value()),
          i.parent().map(p -> Long.toString(p.value())).orElse(""),
          c.privacy().path(i),
          i.size().isPresent() ? w.count(i.size().getAsLong()) : "",
          i.mediaType().orElse("")
              + (i.extensionMismatch() ? " " + w.get("catalogue.renamed") : ""),
          i.times().modified().map(Object::toString).orElse(""),
          i.digests().md5().map(Md5::toHex).orElse("-")
              + " "
              + i.digests().sha1().map(Sha1::toHex).orElse("-")
              + " "
              + i.digests().sha256().map(Sha256::toHex).orElse("-"),
          w.status(i.status()));
    }
    out.close("table");
  }

  static void thumbnails(CaseSnapshot c, List<Thumbnails.Thumbnail> thumbs, Words w, Html out) {
    out.element("p", w.get("thumbnails.intro", Thumbnails.COARSE));
    Function<ItemId, String> path = CoreSections.pathsById(c);
    out.open("div", "class", "thumbs");
    for (Thumbnails.Thumbnail t : thumbs) {
      out.open("figure");
      out.empty("img", "src", t.dataUri(), "alt", "blurred thumbnail of item " + t.item().value());
      out.element("figcaption", "item " + t.item().value() + " " + path.apply(t.item()));
      out.close("figure");
    }
    out.close("div");
    if (thumbs.isEmpty()) {
      out.element("p", w.get("thumbnails.none"));
    }
  }
}
