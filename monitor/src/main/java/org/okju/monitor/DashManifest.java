package org.okju.monitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A DASH manifest (MPD, ISO/IEC 23009-1) as far as reassembling its video needs: the first period's
 * video representations, each with its initialisation segment and media segments in order, from a
 * {@code SegmentTemplate} ({@code $Number$} or {@code $Time$}, with or without a {@code
 * SegmentTimeline}), a {@code SegmentList} (URLs or byte ranges) or a {@code SegmentBase} (the
 * whole file at the {@code BaseURL}). URLs are resolved through the {@code BaseURL}s against the
 * manifest's own URL. At most {@code maxSegments} segments a representation are listed (a manifest
 * can claim millions). The XML parser reads no DTD or external entity. Immutable.
 *
 * @param videos the video representations of the first period
 * @param periods how many periods the manifest has (only the first is reassembled)
 */
record DashManifest(List<Representation> videos, int periods) {
  /**
   * A representation.
   *
   * @param capped whether it lists more segments than were kept
   * @param declared how many segments it declares (its kept ones when unknown)
   */
  record Representation(
      String id,
      long bandwidth,
      Optional<StreamPart> init,
      List<StreamPart> segments,
      boolean capped,
      long declared) {}

  /** Thrown for bytes that start like a manifest but are none. */
  static final class NotAManifestException extends Exception {
    private static final long serialVersionUID = 1L;

    NotAManifestException(String message) {
      super(message);
    }
  }

  private static final Pattern IDENTIFIER =
      Pattern.compile("\\$(RepresentationID|Number|Time|Bandwidth)(%0(\\d+)d)?\\$");

  /** Whether {@code head} looks like an MPD (an {@code <MPD} element near the start). */
  static boolean looksLike(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.UTF_8);
    return s.stripLeading().startsWith("<") && s.contains("<MPD");
  }

  /** Parses the manifest {@code bytes} served at {@code url}. */
  static DashManifest parse(String url, byte[] bytes, int maxSegments)
      throws NotAManifestException {
    Document doc = xml(bytes);
    Element mpd = doc.getDocumentElement();
    if (!mpd.getLocalName().equals("MPD")) {
      throw new NotAManifestException("the root element is not MPD");
    }
    String base = baseUrl(mpd, url);
    List<Element> periods = children(mpd, "Period");
    if (periods.isEmpty()) {
      throw new NotAManifestException("the manifest has no Period");
    }
    Element period = periods.get(0);
    Optional<Double> seconds =
        seconds(period.getAttribute("duration"))
            .or(() -> seconds(mpd.getAttribute("mediaPresentationDuration")));
    String periodBase = baseUrl(period, base);
    List<Representation> videos = new ArrayList<>();
    for (Element set : children(period, "AdaptationSet")) {
      String setBase = baseUrl(set, periodBase);
      for (Element rep : children(set, "Representation")) {
        if (!video(set, rep)) {
          continue;
        }
        videos.add(representation(set, rep, baseUrl(rep, setBase), seconds, maxSegments));
      }
    }
    return new DashManifest(List.copyOf(videos), periods.size());
  }

  private static boolean video(Element set, Element rep) {
    String type =
        (set.getAttribute("contentType")
                + " "
                + set.getAttribute("mimeType")
                + " "
                + rep.getAttribute("mimeType"))
            .toLowerCase(Locale.ROOT);
    if (type.contains("video")) {
      return true;
    }
    if (type.contains("audio") || type.contains("text") || type.contains("image")) {
      return false;
    }
    return !rep.getAttribute("width").isEmpty() || !set.getAttribute("width").isEmpty();
  }

  private static Representation representation(
      Element set, Element rep, String base, Optional<Double> seconds, int max)
      throws NotAManifestException {
    String id = rep.getAttribute("id");
    long bandwidth = longAttr(rep, "bandwidth", 0);
    // The representation's own segment information wins over its adaptation set's.
    Optional<Element> inner = first(rep, "SegmentTemplate");
    if (first(rep, "SegmentList").isPresent()) {
      return listed(id, bandwidth, base, first(rep, "SegmentList").get(), max);
    }
    if (inner.isPresent() || first(rep, "SegmentBase").isEmpty()) {
      Optional<Element> outer = first(set, "SegmentTemplate");
      if (inner.isPresent() || outer.isPresent()) {
        return templated(id, bandwidth, base, outer, inner, seconds, max);
      }
      if (first(set, "SegmentList").isPresent()) {
        return listed(id, bandwidth, base, first(set, "SegmentList").get(), max);
      }
    }
    // SegmentBase, or a plain BaseURL: the representation is one file (its index is inside it),
    // captured whole or as Range pieces.
    return new Representation(
        id, bandwidth, Optional.empty(), List.of(StreamPart.whole(base)), false, 1);
  }

  private static Representation templated(
      String id,
      long bandwidth,
      String base,
      Optional<Element> outer,
      Optional<Element> inner,
      Optional<Double> seconds,
      int max)
      throws NotAManifestException {
    String media = attr(inner, outer, "media");
    if (media.isEmpty()) {
      throw new NotAManifestException("a SegmentTemplate without media");
    }
    String initialization = attr(inner, outer, "initialization");
    long startNumber = parseLong(attr(inner, outer, "startNumber"), 1);
    long timescale = Math.max(1, parseLong(attr(inner, outer, "timescale"), 1));
    long duration = parseLong(attr(inner, outer, "duration"), 0);
    Optional<Element> timeline =
        inner
            .flatMap(e -> first(e, "SegmentTimeline"))
            .or(() -> outer.flatMap(e -> first(e, "SegmentTimeline")));
    Optional<StreamPart> init =
        initialization.isEmpty()
            ? Optional.empty()
            : Optional.of(
                StreamPart.whole(
                    WarcCaptureReader.resolve(base, fill(initialization, id, bandwidth, 0, 0))));
    List<StreamPart> segments = new ArrayList<>();
    long declared = 0;
    double end = seconds.orElse(-1.0) * timescale;
    if (timeline.isPresent()) {
      long number = startNumber;
      long time = 0;
      for (Element s : children(timeline.get(), "S")) {
        time = parseLong(s.getAttribute("t"), time);
        long d = parseLong(s.getAttribute("d"), 0);
        long r = parseLong(s.getAttribute("r"), 0);
        if (d <= 0) {
          throw new NotAManifestException("a SegmentTimeline entry without a duration");
        }
        long repeats = r >= 0 ? r + 1 : end > 0 ? (long) Math.ceil((end - time) / d) : max;
        repeats = Math.max(0, repeats);
        // Only the kept segments are listed; a huge repeat count is counted, not walked.
        long listed = Math.min(repeats, Math.max(0, max - segments.size()));
        for (long k = 0; k < listed; k++) {
          segments.add(
              StreamPart.whole(
                  WarcCaptureReader.resolve(
                      base, fill(media, id, bandwidth, number + k, time + k * d))));
        }
        declared += repeats;
        number += repeats;
        time += repeats * d;
      }
    } else {
      if (duration <= 0) {
        throw new NotAManifestException("a SegmentTemplate with neither duration nor timeline");
      }
      declared = end > 0 ? (long) Math.ceil(end / duration) : max;
      for (long k = 0; k < Math.min(declared, max); k++) {
        segments.add(
            StreamPart.whole(
                WarcCaptureReader.resolve(
                    base, fill(media, id, bandwidth, startNumber + k, k * duration))));
      }
    }
    return new Representation(
        id, bandwidth, init, List.copyOf(segments), declared > max, Math.max(declared, 0));
  }

  private static Representation listed(
      String id, long bandwidth, String base, Element list, int max) throws NotAManifestException {
    Optional<StreamPart> init = Optional.empty();
    Optional<Element> initialization = first(list, "Initialization");
    if (initialization.isPresent()) {
      init = Optional.of(part(base, initialization.get(), "sourceURL", "range"));
    }
    List<StreamPart> segments = new ArrayList<>();
    List<Element> urls = children(list, "SegmentURL");
    for (Element u : urls.subList(0, Math.min(urls.size(), max))) {
      segments.add(part(base, u, "media", "mediaRange"));
    }
    return new Representation(
        id, bandwidth, init, List.copyOf(segments), urls.size() > max, urls.size());
  }

  private static StreamPart part(String base, Element e, String urlAttr, String rangeAttr)
      throws NotAManifestException {
    String u = e.getAttribute(urlAttr);
    String url = u.isEmpty() ? base : WarcCaptureReader.resolve(base, u);
    String range = e.getAttribute(rangeAttr);
    try {
      return new StreamPart(
          url,
          range.isEmpty()
              ? Optional.empty()
              : Optional.of(StreamPart.ByteRange.ofInclusive(range)));
    } catch (IllegalArgumentException ex) {
      throw new NotAManifestException("bad byte range '" + range + "'");
    }
  }

  /** The template with its identifiers filled in. */
  static String fill(String template, String id, long bandwidth, long number, long time) {
    Matcher m = IDENTIFIER.matcher(template.replace("$$", "\u0000"));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "RepresentationID" -> id;
            case "Number" -> pad(number, m.group(3));
            case "Time" -> pad(time, m.group(3));
            default -> pad(bandwidth, m.group(3));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString().replace("\u0000", "$");
  }

  private static String pad(long value, String width) {
    return width == null
        ? Long.toString(value)
        : String.format(Locale.ROOT, "%0" + width + "d", value);
  }

  private static String attr(Optional<Element> inner, Optional<Element> outer, String name) {
    String v = inner.map(e -> e.getAttribute(name)).orElse("");
    return v.isEmpty() ? outer.map(e -> e.getAttribute(name)).orElse("") : v;
  }

  private static String baseUrl(Element e, String parent) {
    Optional<Element> b = first(e, "BaseURL");
    return b.isEmpty() || b.get().getTextContent().isBlank()
        ? parent
        : WarcCaptureReader.resolve(parent, b.get().getTextContent().trim());
  }

  private static Optional<Element> first(Element parent, String name) {
    List<Element> c = children(parent, name);
    return c.isEmpty() ? Optional.empty() : Optional.of(c.get(0));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  private static long longAttr(Element e, String name, long otherwise) {
    return parseLong(e.getAttribute(name), otherwise);
  }

  private static long parseLong(String s, long otherwise) {
    try {
      return s == null || s.isBlank() ? otherwise : Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  /** An ISO 8601 duration ({@code PT1M30.5S}, {@code P0Y0M0DT0H0M12.0S}) in seconds. */
  static Optional<Double> seconds(String iso) {
    if (iso == null || iso.isBlank()) {
      return Optional.empty();
    }
    String s = iso.trim().replaceFirst("^P(0+Y)?(0+M)?", "P");
    if (s.equals("P")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.parse(s).toNanos() / 1e9);
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  private static Document xml(byte[] bytes) throws NotAManifestException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      return b.parse(new ByteArrayInputStream(bytes));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
    } catch (SAXException | IOException e) {
      throw new NotAManifestException("not XML: " + e.getMessage());
    }
  }
}
