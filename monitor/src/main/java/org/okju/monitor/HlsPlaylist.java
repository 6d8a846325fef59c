package org.okju.monitor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HLS playlist (RFC 8216) as far as reassembling its video needs: a master playlist's variants
 * ({@code #EXT-X-STREAM-INF}), or a media playlist's segments in order with the {@code #EXT-X-MAP}
 * initialisation section of fMP4 streams and {@code #EXT-X-BYTERANGE} sub-ranges, every URI
 * resolved against the playlist's own URL. Immutable.
 *
 * @param variants a master playlist's variant streams (empty for a media playlist)
 * @param renditions a master playlist's other media playlists: alternative audio, subtitles and
 *     I-frame-only playlists ({@code #EXT-X-MEDIA}, {@code #EXT-X-I-FRAME-STREAM-INF}); never the
 *     video, and no stream of their own
 * @param init the initialisation section (fMP4), when there is one
 * @param segments the media segments in playback order
 * @param encrypted whether segments are encrypted ({@code #EXT-X-KEY} with a method): okju holds no
 *     keys, so such a stream is not reassembled
 */
record HlsPlaylist(
    List<Variant> variants,
    List<String> renditions,
    Optional<StreamPart> init,
    List<StreamPart> segments,
    boolean encrypted) {
  /** A master playlist's variant: its media playlist's URL and declared bandwidth. */
  record Variant(String url, long bandwidth) {}

  /** Thrown for bytes that start like a playlist but are none. */
  static final class NotAPlaylistException extends Exception {
    private static final long serialVersionUID = 1L;

    NotAPlaylistException(String message) {
      super(message);
    }
  }

  /** Whether {@code head} starts as an HLS playlist does ({@code #EXTM3U}, a BOM allowed). */
  static boolean looksLike(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 64), StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return s.stripLeading().startsWith("#EXTM3U");
  }

  /** Whether it is a master playlist. */
  boolean master() {
    return !variants.isEmpty();
  }

  /** Parses the playlist {@code bytes} served at {@code url}. */
  static HlsPlaylist parse(String url, byte[] bytes) throws NotAPlaylistException {
    if (!looksLike(bytes)) {
      throw new NotAPlaylistException("it does not start with #EXTM3U");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<Variant> variants = new ArrayList<>();
    List<String> renditions = new ArrayList<>();
    List<StreamPart> segments = new ArrayList<>();
    Optional<StreamPart> init = Optional.empty();
    boolean encrypted = false;
    long pendingBandwidth = -1;
    boolean segmentPending = false;
    Optional<StreamPart.ByteRange> pendingRange = Optional.empty();
    // An #EXT-X-BYTERANGE without an offset starts where the previous range of that URI ended.
    Map<String, Long> nextOffset = new LinkedHashMap<>();
    Optional<String> pendingRangeSpec = Optional.empty();
    for (String raw : text.split("\r?\n|\r", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (line.startsWith("#EXT-X-STREAM-INF:")) {
          pendingBandwidth = number(attributes(line).get("BANDWIDTH"));
        } else if (line.startsWith("#EXTINF:")) {
          segmentPending = true;
        } else if (line.startsWith("#EXT-X-BYTERANGE:")) {
          pendingRangeSpec = Optional.of(line.substring("#EXT-X-BYTERANGE:".length()).trim());
        } else if (line.startsWith("#EXT-X-MAP:") && init.isEmpty()) {
          Map<String, String> a = attributes(line);
          String uri = a.get("URI");
          if (uri == null) {
            throw new NotAPlaylistException("#EXT-X-MAP without a URI");
          }
          String resolved = WarcCaptureReader.resolve(url, uri);
          Optional<StreamPart.ByteRange> r =
              a.containsKey("BYTERANGE")
                  ? Optional.of(range(a.get("BYTERANGE"), resolved, new LinkedHashMap<>()))
                  : Optional.empty();
          init = Optional.of(new StreamPart(resolved, r));
        } else if (line.startsWith("#EXT-X-MEDIA:")
            || line.startsWith("#EXT-X-I-FRAME-STREAM-INF:")) {
          String uri = attributes(line).get("URI");
          if (uri != null) {
            renditions.add(WarcCaptureReader.resolve(url, uri));
          }
        } else if (line.startsWith("#EXT-X-KEY:")) {
          String method = attributes(line).getOrDefault("METHOD", "NONE");
          encrypted |= !method.equalsIgnoreCase("NONE");
        }
        continue;
      }
      String resolved = WarcCaptureReader.resolve(url, line);
      if (pendingBandwidth >= 0) {
        variants.add(new Variant(resolved, pendingBandwidth));
        pendingBandwidth = -1;
      } else if (segmentPending) {
        if (pendingRangeSpec.isPresent()) {
          pendingRange = Optional.of(range(pendingRangeSpec.get(), resolved, nextOffset));
        }
        segments.add(new StreamPart(resolved, pendingRange));
        segmentPending = false;
        pendingRange = Optional.empty();
        pendingRangeSpec = Optional.empty();
      }
    }
    if (variants.isEmpty()
        && renditions.isEmpty()
        && segments.isEmpty()
        && !text.contains("#EXT-X-ENDLIST")) {
      throw new NotAPlaylistException("it names neither variant streams nor media segments");
    }
    return new HlsPlaylist(
        List.copyOf(variants), List.copyOf(renditions), init, List.copyOf(segments), encrypted);
  }

  /** {@code n[@o]} of {@code uri}. */
  private static StreamPart.ByteRange range(String spec, String uri, Map<String, Long> nextOffset)
      throws NotAPlaylistException {
    String s = spec.replace("\"", "").trim();
    try {
      int at = s.indexOf('@');
      long length = Long.parseLong(at < 0 ? s : s.substring(0, at));
      long offset = at < 0 ? nextOffset.getOrDefault(uri, 0L) : Long.parseLong(s.substring(at + 1));
      StreamPart.ByteRange r = new StreamPart.ByteRange(offset, length);
      nextOffset.put(uri, r.end());
      return r;
    } catch (IllegalArgumentException e) {
      throw new NotAPlaylistException("bad byte range '" + spec + "'");
    }
  }

  private static long number(String s) {
    try {
      return s == null ? 0 : Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The attribute list of a tag line ({@code KEY=value,KEY="quoted, value"}). */
  static Map<String, String> attributes(String line) {
    Map<String, String> out = new LinkedHashMap<>();
    int colon = line.indexOf(':');
    String list = colon < 0 ? "" : line.substring(colon + 1);
    int i = 0;
    while (i < list.length()) {
      int eq = list.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String key = list.substring(i, eq).trim().toUpperCase(Locale.ROOT);
      int j = eq + 1;
      String value;
      if (j < list.length() && list.charAt(j) == '"') {
        int close = list.indexOf('"', j + 1);
        close = close < 0 ? list.length() : close;
        value = list.substring(j + 1, close);
        j = close + 1;
      } else {
        int comma = list.indexOf(',', j);
        comma = comma < 0 ? list.length() : comma;
        value = list.substring(j, comma).trim();
        j = comma;
      }
      out.put(key, value);
      int comma = list.indexOf(',', j);
      i = comma < 0 ? list.length() : comma + 1;
    }
    return out;
  }
}
