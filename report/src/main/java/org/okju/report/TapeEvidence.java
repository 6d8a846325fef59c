package org.okju.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A tape member's evidence, as copy grouping stores it ({@code {"distance":28,"orientation":"orig",
 * "threshold":36,"view":"crop-grid"}}), said in words for the court report: "PDQ 28 of 256 bits
 * apart, cropped view, threshold 36". Keys this class does not know are kept as "key: value", so
 * nothing the grouping recorded is dropped. Stateless.
 */
public final class TapeEvidence {
  private static final ObjectMapper JSON = new ObjectMapper();

  // Said by a phrase of their own; everything else is listed as recorded.
  private static final Set<String> SAID =
      Set.of(
          "reason",
          "sha256",
          "sameBytesAsItem",
          "distance",
          "view",
          "layoutDistance",
          "layoutThreshold",
          "stripLayoutDistance",
          "refusedMatch",
          "overlay",
          "covered",
          "orientation",
          "threshold",
          "frameSeconds",
          "seconds",
          "offsetSeconds",
          "lengthSeconds",
          "meanDistance",
          "matchedFrameShare",
          "otherFrameShare",
          "fullShareThreshold",
          "minRunSeconds",
          "startSeconds",
          "via",
          "contains",
          "chainDistance",
          "information",
          "pixels",
          "pixelIdentical",
          "againstRepresentative");

  private TapeEvidence() {}

  /** The evidence of a member in {@code w}'s language. */
  public static String say(String evidenceJson, Words w) {
    JsonNode e;
    try {
      e = JSON.readTree(evidenceJson);
    } catch (IOException ex) {
      return evidenceJson; // not JSON: shown as stored
    }
    if (e == null || !e.isObject()) {
      return evidenceJson;
    }
    List<String> parts = new ArrayList<>();
    if (e.has("reason")) {
      String reason = e.get("reason").asText();
      String key = "evidence.reason." + reason.replace(' ', '-');
      parts.add(w.has(key) ? w.get(key) : reason);
      if (e.has("seconds")) {
        parts.add(w.get("evidence.duration", seconds(e.get("seconds"))));
      }
    }
    if (e.has("sameBytesAsItem")) {
      parts.add(w.get("evidence.same-bytes-as", e.get("sameBytesAsItem").asText()));
    } else if (e.has("sha256") && !e.has("distance") && !e.has("lengthSeconds")) {
      parts.add(w.get("evidence.same-bytes"));
    }
    if (e.has("refusedMatch") && e.has("distance")) {
      // A view's PDQ match whose pixels were refused, then judged as a copy under an overlay.
      String views = e.get("refusedMatch").asText();
      int space = views.indexOf(' ');
      parts.add(
          w.get(
              "evidence.refused-match",
              e.get("distance").asText(),
              view(space > 0 ? views.substring(0, space) : views, "orig", w),
              e.path("threshold").asText("?")));
    } else if (e.has("distance")) {
      parts.add(
          w.get(
              "evidence.pdq",
              e.get("distance").asText(),
              view(e.path("view").asText("full"), e.path("orientation").asText("orig"), w),
              e.path("threshold").asText("?")));
    }
    if (e.has("layoutDistance")) {
      parts.add(
          w.get(
              "evidence.layout",
              e.get("layoutDistance").asText(),
              e.path("layoutThreshold").asText("?")));
    }
    if (e.has("stripLayoutDistance")) {
      parts.add(
          w.get(
              "evidence.strip-layout",
              e.get("stripLayoutDistance").asText(),
              e.path("layoutThreshold").asText("?")));
    }
    if (e.path("overlay").isObject()) {
      parts.add(overlay(e.get("overlay"), w));
    }
    if (e.has("frameSeconds")) {
      parts.add(w.get("evidence.still", seconds(e.get("frameSeconds"))));
    }
    if (e.has("lengthSeconds")) {
      parts.add(
          w.get(
              "evidence.video",
              percent(e.path("matchedFrameShare")),
              e.path("threshold").asText("?"),
              e.path("meanDistance").asText("?"),
              seconds(e.get("lengthSeconds")),
              view(e.path("view").asText("full/orig"), "", w)));
      if (e.has("offsetSeconds") && e.get("offsetSeconds").asDouble() != 0) {
        parts.add(w.get("evidence.offset", seconds(e.get("offsetSeconds"))));
      }
      if (e.has("startSeconds")) {
        parts.add(w.get("evidence.starts-at", seconds(e.get("startSeconds"))));
      }
    }
    if (e.has("contains")) {
      parts.add(w.get("evidence.contains", shortHash(e.get("contains").asText())));
    }
    if (e.has("via")) {
      parts.add(w.get("evidence.via", shortHash(e.get("via").asText())));
    }
    if (e.has("chainDistance")) {
      parts.add(w.get("evidence.chain", e.get("chainDistance").asText()));
    }
    if (e.has("information")) {
      String key = "evidence.information." + e.get("information").asText();
      if (w.has(key)) {
        parts.add(w.get(key));
      }
    }
    if (e.has("pixels") && e.get("pixels").has("lumaMean")) {
      JsonNode p = e.get("pixels");
      parts.add(
          w.get(
              "evidence.pixels",
              p.get("lumaMean").asText(),
              p.path("lumaBlock").asText("?"),
              p.path("lumaLimits").asText("?")));
    }
    if (e.path("pixelIdentical").asBoolean(false)) {
      parts.add(w.get("evidence.pixels.identical"));
    }
    if (e.has("againstRepresentative")) {
      JsonNode p = e.get("againstRepresentative").path("pixels");
      parts.add(
          w.get(
              "evidence.against-representative",
              p.path("lumaMean").asText("?"),
              p.path("lumaBlock").asText("?")));
    }
    for (Map.Entry<String, JsonNode> f : e.properties()) {
      if (!SAID.contains(f.getKey())) {
        parts.add(
            f.getKey() + ": " + (f.getValue().isTextual() ? f.getValue().asText() : f.getValue()));
      }
    }
    return String.join("; ", parts);
  }

  /**
   * "cropped view", "whole picture, rotated 90°": the view and orientation a match was found in.
   */
  static String view(String view, String orientation, Words w) {
    String kind = view;
    String turn = orientation;
    int slash = view.indexOf('/');
    if (slash > 0) {
      kind = view.substring(0, slash);
      turn = view.substring(slash + 1);
    }
    String k =
        "view." + (kind.startsWith("crop-") && !kind.equals("crop-grid") ? "crop-grid" : kind);
    String said = w.has(k) ? w.get(k) : kind;
    if (!turn.isEmpty() && !turn.equals("orig")) {
      String o = "orientation." + turn;
      said += ", " + (w.has(o) ? w.get(o) : turn);
    }
    return said;
  }

  /**
   * "the two agree outside one rectangle (45–80% across, 10–40% down), where the second is flat
   * colour laid over the picture": a sticker's or censor box's evidence ({@code
   * OverlayComparison}).
   */
  private static String overlay(JsonNode o, Words w) {
    JsonNode r = o.path("rectangle");
    String where =
        r.size() == 4
            ? w.get(
                "evidence.overlay.rectangle",
                percent(r.get(0)),
                percent(r.get(2)),
                percent(r.get(1)),
                percent(r.get(3)))
            : "";
    return "flat".equals(o.path("overlay").asText())
        ? w.get("evidence.overlay", where)
        : w.get("evidence.overlay.refused", o.path("overlay").asText("?"));
  }

  private static String seconds(JsonNode n) {
    return String.format(Locale.ROOT, "%.1f", n.asDouble());
  }

  private static String percent(JsonNode share) {
    return share.isMissingNode() ? "?" : Long.toString(Math.round(share.asDouble() * 100));
  }

  private static String shortHash(String sha256) {
    return sha256.length() > 12 ? sha256.substring(0, 12) + "…" : sha256;
  }
}
