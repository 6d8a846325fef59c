package org.okju.monitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.okju.casefile.WebCaptures;

/**
 * The media URLs a captured page embeds or links, parsed with jsoup against the page's own URL:
 * {@code img} ({@code src}, {@code srcset}, the lazy-loading {@code data-src}), {@code picture}'s
 * and {@code video}'s {@code source}, {@code video} ({@code src}, {@code poster}), the Open Graph
 * and Twitter card images and videos ({@code og:image}), embedded frames, every {@code a} link, CSS
 * backgrounds in {@code style} attributes and {@code <style>} blocks (relation {@code css}), the
 * stylesheets the page links (relation {@code stylesheet}: their own backgrounds are the page's
 * too, {@link RecordRows}), and the HLS playlists and DASH manifests ({@code .m3u8}, {@code .mpd})
 * a player is configured with: in a {@code data-*} attribute (a URL or JSON) or a string literal of
 * an inline script or JSON block (relation {@code player}; a literal scan, no site's script is run
 * or understood). Fragments are dropped; only http and https URLs are kept. Stateless.
 */
final class PageLinks {
  /** A payload that is not text: more than this share of control bytes in its first 4 KiB. */
  private static final double BINARY_SHARE = 0.1;

  private PageLinks() {}

  /** Thrown for a payload declared or sniffed as a page that is not HTML (binary bytes). */
  static final class NotHtmlException extends Exception {
    private static final long serialVersionUID = 1L;

    NotHtmlException(String message) {
      super(message);
    }
  }

  /** The links of the page {@code html} captured at {@code pageUrl}. */
  static List<WebCaptures.Link> of(String pageUrl, byte[] html) throws NotHtmlException {
    if (binary(html)) {
      throw new NotHtmlException("the page's bytes are not text (binary content served as HTML)");
    }
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(html), null, pageUrl);
    } catch (IOException | RuntimeException e) {
      throw new NotHtmlException("jsoup could not read it: " + e.getMessage());
    }
    Set<WebCaptures.Link> links = new LinkedHashSet<>();
    for (Element e : doc.select("img")) {
      add(links, pageUrl, e.absUrl("src"), "img");
      add(links, pageUrl, e.absUrl("data-src"), "img");
      srcset(links, pageUrl, e, "img");
    }
    for (Element e : doc.select("picture > source")) {
      srcset(links, pageUrl, e, "source");
    }
    for (Element e : doc.select("video")) {
      add(links, pageUrl, e.absUrl("src"), "video");
      add(links, pageUrl, e.absUrl("poster"), "poster");
    }
    for (Element e : doc.select("video > source, audio > source")) {
      add(links, pageUrl, e.absUrl("src"), "source");
    }
    for (Element e :
        doc.select(
            "meta[property=og:image], meta[property=og:image:url],"
                + " meta[property=og:image:secure_url], meta[name=twitter:image]")) {
      add(links, pageUrl, e.absUrl("content"), "og:image");
    }
    for (Element e :
        doc.select(
            "meta[property=og:video], meta[property=og:video:url],"
                + " meta[property=og:video:secure_url]")) {
      add(links, pageUrl, e.absUrl("content"), "og:video");
    }
    for (Element e : doc.select("iframe[src], embed[src]")) {
      add(links, pageUrl, e.absUrl("src"), "iframe");
    }
    for (Element e : doc.select("a[href]")) {
      add(links, pageUrl, e.absUrl("href"), "a");
    }
    for (Element e : doc.select("[style]")) {
      CssUrls.of(pageUrl, e.attr("style")).forEach(u -> add(links, pageUrl, u, "css"));
    }
    for (Element e : doc.select("style")) {
      CssUrls.of(pageUrl, e.data()).forEach(u -> add(links, pageUrl, u, "css"));
    }
    for (Element e : doc.select("link[href]")) {
      if (e.attr("rel").toLowerCase(Locale.ROOT).contains("stylesheet")) {
        add(links, pageUrl, e.absUrl("href"), "stylesheet");
      }
    }
    players(links, pageUrl, doc);
    return new ArrayList<>(links);
  }

  /** A quoted string literal, as JavaScript and JSON write them. */
  private static final Pattern QUOTED = Pattern.compile("[\"']([^\"'\\s<>]{1,2048})[\"']");

  /** The playlists and manifests a player's configuration names. */
  private static void players(Set<WebCaptures.Link> links, String page, Document doc) {
    for (Element e : doc.getAllElements()) {
      for (org.jsoup.nodes.Attribute a : e.attributes()) {
        if (a.getKey().startsWith("data-") && streamUrl(a.getValue().trim())) {
          add(
              links,
              page,
              WarcCaptureReader.resolve(page, unescape(a.getValue().trim())),
              "player");
        } else if (a.getKey().startsWith("data-")) {
          literals(links, page, a.getValue());
        }
      }
    }
    for (Element script : doc.select("script:not([src])")) {
      literals(links, page, script.data());
    }
  }

  private static void literals(Set<WebCaptures.Link> links, String page, String text) {
    if (!text.contains(".m3u8") && !text.contains(".mpd")) {
      return;
    }
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      String candidate = unescape(m.group(1));
      if (streamUrl(candidate)) {
        add(links, page, WarcCaptureReader.resolve(page, candidate), "player");
      }
    }
  }

  /** Whether {@code s} is a URL (absolute or relative) of an HLS playlist or DASH manifest. */
  private static boolean streamUrl(String s) {
    if (s.isEmpty() || s.contains(" ")) {
      return false;
    }
    String path = s;
    int q = path.indexOf('?');
    path = q >= 0 ? path.substring(0, q) : path;
    int h = path.indexOf('#');
    path = h >= 0 ? path.substring(0, h) : path;
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".m3u8") || lower.endsWith(".mpd");
  }

  /** JSON's escaped solidus ({@code https:\/\/cdn…}). */
  private static String unescape(String s) {
    return s.replace("\\/", "/");
  }

  private static void srcset(Set<WebCaptures.Link> links, String page, Element e, String relation) {
    String set = e.attr("srcset");
    if (set.isBlank()) {
      return;
    }
    for (String candidate : set.split(",", -1)) {
      String url = candidate.trim().split("\\s+", -1)[0];
      if (!url.isEmpty()) {
        add(links, page, WarcCaptureReader.resolve(page, url), relation);
      }
    }
  }

  private static void add(Set<WebCaptures.Link> links, String page, String url, String relation) {
    if (url == null || url.isEmpty()) {
      return;
    }
    int hash = url.indexOf('#');
    String clean = hash >= 0 ? url.substring(0, hash) : url;
    String lower = clean.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("http://") || lower.startsWith("https://")) && !clean.equals(page)) {
      links.add(new WebCaptures.Link(page, clean, relation));
    }
  }

  private static boolean binary(byte[] b) {
    int n = Math.min(b.length, 4096);
    if (n == 0) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xff;
      if (c == 0 || (c < 0x09) || (c > 0x0d && c < 0x20 && c != 0x1b)) {
        control++;
      }
    }
    return control > n * BINARY_SHARE;
  }
}
