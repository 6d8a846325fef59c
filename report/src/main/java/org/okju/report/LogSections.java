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

  static void custody(CaseSnapshot c, Html out) {
    out.element(
        "p",
        "Every action on the case, in order. Each entry's SHA-256 covers its content and the"
            + " previous entry's hash; parameters are shown as recorded, with victims' names"
            + " replaced by pseudonyms.");
    out.open("table", "class", "log")
        .header(
            "#", "Time (UTC)", "User", "Action", "Parameters", "Inputs / outputs", "Entry SHA-256");
    for (CustodyEntry e : c.custody()) {
      out.open("tr");
      out.element("td", Long.toString(e.seq()));
      out.element("td", e.time().toString());
      out.element("td", c.privacy().text(e.user()));
      out.element("td", e.action());
      out.element("td", c.privacy().text(e.parametersJson()), "class", "mono");
      out.element("td", hashes("in", e.inputs()) + hashes("out", e.outputs()), "class", "mono");
      out.element(
          "td", e.hash().toHex() + (e.signature().isPresent() ? " (signed)" : ""), "class", "mono");
      out.close("tr");
    }
    out.close("table");
  }

  private static String hashes(String direction, Map<String, Sha256> hashes) {
    return hashes.entrySet().stream()
        .map(h -> direction + " " + h.getKey() + ": " + h.getValue().toHex() + " ")
        .collect(Collectors.joining());
  }

  static void catalogue(CaseSnapshot c, Html out) {
    out.open("table", "class", "catalogue")
        .header(
            "Item",
            "Src",
            "In",
            "Path",
            "Bytes",
            "Type",
            "Modified (UTC)",
            "MD5 / SHA-1 / SHA-256",
            "Outcome");
    for (Item i : c.items()) {
      out.open("tr");
      out.element("td", Long.toString(i.id().value()));
      out.element("td", Long.toString(i.source().value()));
      out.element("td", i.parent().map(p -> Long.toString(p.value())).orElse(""));
      out.element("td", c.privacy().path(i));
      out.element("td", i.size().isPresent() ? Long.toString(i.size().getAsLong()) : "");
      out.element("td", i.mediaType().orElse("") + (i.extensionMismatch() ? " (renamed)" : ""));
      out.element("td", i.times().modified().map(Object::toString).orElse(""));
      out.element(
          "td",
          i.digests().md5().map(Md5::toHex).orElse("–")
              + " "
              + i.digests().sha1().map(Sha1::toHex).orElse("–")
              + " "
              + i.digests().sha256().map(Sha256::toHex).orElse("–"),
          "class",
          "mono");
      out.element("td", i.status().name().toLowerCase(java.util.Locale.ROOT));
      out.close("tr");
    }
    out.close("table");
  }

  static void thumbnails(CaseSnapshot c, List<Thumbnails.Thumbnail> thumbs, Html out) {
    out.element(
        "p",
        "Shown because the user asked for them; the request is recorded in the custody log."
            + " Each is shrunk to "
            + Thumbnails.COARSE
            + " pixels across before enlarging, so no detail survives.");
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
      out.element("p", "No image could be read.");
    }
  }
}
