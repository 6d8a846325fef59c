package org.okju.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs a piece of CSS names with {@code url(...)}: a stylesheet's, a {@code <style>} block's or
 * a {@code style} attribute's. Sites show pictures as backgrounds ({@code background-image}, hero
 * banners, thumbnails of galleries) as often as with {@code <img>}, and a crawler fetches them as
 * page requisites; without these links such a copy belongs to no page. A literal scan: comments and
 * {@code @import} are not understood, {@code data:} URLs are left out. Stateless.
 */
final class CssUrls {
  private static final Pattern URL =
      Pattern.compile(
          "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)\"'\\s]*))\\s*\\)", Pattern.CASE_INSENSITIVE);

  private CssUrls() {}

  /** The URLs {@code css} names, made absolute against {@code base} (the page or stylesheet). */
  static List<String> of(String base, String css) {
    List<String> out = new ArrayList<>();
    if (!css.toLowerCase(Locale.ROOT).contains("url(")) {
      return out;
    }
    Matcher m = URL.matcher(css);
    while (m.find()) {
      String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      String url = raw.trim();
      if (!url.isEmpty() && !url.toLowerCase(Locale.ROOT).startsWith("data:")) {
        out.add(WarcCaptureReader.resolve(base, url));
      }
    }
    return out;
  }

  /** Whether a record is a stylesheet, by its declared type or, failing that, its URL's path. */
  static boolean stylesheet(String url, Optional<String> contentType) {
    String type = contentType.orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("text/css")) {
      return true;
    }
    String path = url;
    int q = path.indexOf('?');
    path = q >= 0 ? path.substring(0, q) : path;
    return (type.isEmpty()
            || type.startsWith("text/plain")
            || type.startsWith("application/octet-stream"))
        && path.toLowerCase(Locale.ROOT).endsWith(".css");
  }
}
