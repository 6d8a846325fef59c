package org.okju.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.Md5;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;
import org.okju.casefile.WebCaptures;

/**
 * Reassembles the videos a capture holds as streams, after its records are read and revisits
 * resolved: an HLS master playlist's captured variant (the highest bandwidth among those captured)
 * or a lone media playlist, its {@code #EXT-X-MAP} section and segments in order; a DASH manifest's
 * video representation (the one with the most segments captured, then the highest bandwidth); and
 * the {@code 206 Partial Content} pieces of one URL that no manifest names, stitched by {@code
 * Content-Range}. The parts are concatenated into a memory file, never a file on disk, and handed
 * to the fingerprinting as one video payload; the record a page reaches the stream by (the
 * playlist, the manifest, each ranged piece) gets the stream's SHA-256 and the list of records it
 * was built from. Parts are the payloads the capture's record index resolves (a revisit's target in
 * this capture); a stream whose parts are revisits of an earlier import's records is recognised by
 * its composition (the parts' SHA-256s in order) without its bytes. A missing part: the longest
 * contiguous run is hashed and the import says so. Not thread-safe.
 */
final class StreamAssembly {
  /** At most this many segments a stream (at 2 s a segment, 27 hours). */
  static final int MAX_SEGMENTS = 50_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Where the reassembled payloads go: fingerprinted and looked up as one video or picture. */
  interface Fingerprints {
    void submit(String member, long offset, Payload payload, PayloadKind kind);
  }

  private final List<WebCaptures.CaptureRecord> records;
  private final StreamHold hold;
  private final Fingerprints fingerprints;
  private final Set<Sha256> known;
  private final Supplier<Map<String, Sha256>> storedCompositions;
  private Map<String, Sha256> compositions;
  private final Set<String> playlistUrls = new HashSet<>();
  private final List<WebCaptures.Problem> problems = new ArrayList<>();
  private final Map<String, List<WebCaptures.CaptureRecord>> byUrl = new HashMap<>();
  private final Map<WebCaptures.CaptureRecord, WebCaptures.CaptureRecord> updated = new HashMap<>();
  private final RangedPieces ranges;

  /**
   * @param records this capture's records, revisits resolved
   * @param known media digests already fingerprinted (earlier imports, this one)
   * @param storedCompositions the streams of earlier imports by composition
   */
  StreamAssembly(
      List<WebCaptures.CaptureRecord> records,
      StreamHold hold,
      Fingerprints fingerprints,
      Set<Sha256> known,
      Supplier<Map<String, Sha256>> storedCompositions) {
    this.records = records;
    this.hold = hold;
    this.fingerprints = fingerprints;
    this.known = new HashSet<>(known);
    this.storedCompositions = storedCompositions;
    for (WebCaptures.CaptureRecord r : records) {
      if (r.payloadSha256().isPresent() && r.httpStatus().orElse(200) < 300) {
        byUrl.computeIfAbsent(r.url(), k -> new ArrayList<>()).add(r);
      }
    }
    this.ranges = new RangedPieces(byUrl, hold, this::warn);
  }

  /** The records, the entry records of streams carrying them. */
  List<WebCaptures.CaptureRecord> run() {
    Map<String, WebCaptures.CaptureRecord> hlsRecords = new LinkedHashMap<>();
    Map<String, HlsPlaylist> hls = new LinkedHashMap<>();
    List<WebCaptures.CaptureRecord> dash = new ArrayList<>();
    for (WebCaptures.CaptureRecord r : records) {
      Optional<Payload> p = held(r);
      if (p.isEmpty() || r.httpStatus().orElse(200) == 206) {
        continue;
      }
      byte[] head = head(p.get());
      if (HlsPlaylist.looksLike(head)) {
        try {
          hls.put(r.url(), HlsPlaylist.parse(r.url(), p.get().content()));
          hlsRecords.put(r.url(), r);
        } catch (HlsPlaylist.NotAPlaylistException | IOException e) {
          warn(r, "not-a-playlist", "an HLS playlist that is not one: " + e.getMessage());
        }
      } else if (DashManifest.looksLike(head)) {
        dash.add(r);
      }
    }
    playlistUrls.addAll(hls.keySet());
    dash.forEach(r -> playlistUrls.add(r.url()));
    Set<String> variantsOfMasters = new HashSet<>();
    for (Map.Entry<String, HlsPlaylist> e : hls.entrySet()) {
      e.getValue().variants().forEach(v -> variantsOfMasters.add(v.url()));
      // Audio, subtitle and I-frame playlists are parts of a master's presentation, not videos.
      variantsOfMasters.addAll(e.getValue().renditions());
    }
    for (Map.Entry<String, HlsPlaylist> e : hls.entrySet()) {
      WebCaptures.CaptureRecord r = hlsRecords.get(e.getKey());
      HlsPlaylist p = e.getValue();
      if (p.master()) {
        master(r, p, hls, hlsRecords);
      } else if (!variantsOfMasters.contains(e.getKey())) {
        media(r, "hls", List.of(), p);
      }
    }
    for (WebCaptures.CaptureRecord r : dash) {
      dash(r);
    }
    ranged();
    for (Map.Entry<Payload, PayloadKind> e : hold.unusedMedia()) {
      Payload p = e.getKey();
      if (known.add(p.sha256())) {
        WebCaptures.CaptureRecord r = first(p.sha256());
        fingerprints.submit(r.member(), r.offset(), hold.take(p.sha256()), e.getValue());
      }
    }
    List<WebCaptures.CaptureRecord> out = new ArrayList<>();
    for (WebCaptures.CaptureRecord r : records) {
      out.add(updated.getOrDefault(r, r));
    }
    return out;
  }

  /** Problems met reassembling. */
  List<WebCaptures.Problem> problems() {
    return problems;
  }

  private void master(
      WebCaptures.CaptureRecord r,
      HlsPlaylist master,
      Map<String, HlsPlaylist> hls,
      Map<String, WebCaptures.CaptureRecord> hlsRecords) {
    HlsPlaylist.Variant best = null;
    for (HlsPlaylist.Variant v : master.variants()) {
      HlsPlaylist media = hls.get(v.url());
      if (media == null) {
        continue;
      }
      if (media.master() || v.url().equals(r.url())) {
        warn(
            r,
            "playlist-loop",
            "a variant of this master playlist is a master playlist: " + v.url());
        continue;
      }
      if (best == null || v.bandwidth() > best.bandwidth()) {
        best = v;
      }
    }
    if (best == null) {
      warn(
          r,
          "stream-not-captured",
          "none of the playlist's " + master.variants().size() + " variants was captured");
      unassembled(r, "hls", master.variants().size());
      return;
    }
    media(r, "hls", List.of(hlsRecords.get(best.url())), hls.get(best.url()));
  }

  private void media(
      WebCaptures.CaptureRecord entry,
      String format,
      List<WebCaptures.CaptureRecord> playlists,
      HlsPlaylist p) {
    if (p.encrypted()) {
      warn(entry, "stream-encrypted", "the segments are encrypted (#EXT-X-KEY): not reassembled");
      return;
    }
    for (StreamPart s : p.segments()) {
      if (playlistUrls.contains(s.url())) {
        warn(entry, "playlist-loop", "the playlist names a playlist as a segment: " + s.url());
        return;
      }
    }
    List<StreamPart> segments = p.segments();
    if (segments.size() > MAX_SEGMENTS) {
      warn(
          entry,
          "stream-too-long",
          segments.size() + " segments: the first " + MAX_SEGMENTS + " are reassembled");
      segments = segments.subList(0, MAX_SEGMENTS);
    }
    assemble(entry, format, playlists, p.init(), segments, p.segments().size());
  }

  private void dash(WebCaptures.CaptureRecord r) {
    DashManifest m;
    try {
      m = DashManifest.parse(r.url(), held(r).orElseThrow().content(), MAX_SEGMENTS);
    } catch (DashManifest.NotAManifestException | IOException e) {
      warn(r, "not-a-manifest", "a DASH manifest that is not one: " + e.getMessage());
      return;
    }
    if (m.videos().isEmpty()) {
      warn(r, "stream-no-video", "the manifest's first period has no video representation");
      return;
    }
    if (m.periods() > 1) {
      warn(r, "stream-periods", m.periods() + " periods: the first is reassembled");
    }
    DashManifest.Representation best = null;
    long bestCaptured = -1;
    for (DashManifest.Representation rep : m.videos()) {
      long captured = rep.segments().stream().filter(s -> find(s).isPresent()).count();
      if (captured > bestCaptured
          || (captured == bestCaptured && rep.bandwidth() > best.bandwidth())) {
        best = rep;
        bestCaptured = captured;
      }
    }
    if (best.capped()) {
      warn(
          r,
          "stream-too-long",
          best.declared() + " segments declared: the first " + MAX_SEGMENTS + " are reassembled");
    }
    assemble(r, "dash", List.of(), best.init(), best.segments(), best.declared());
  }

  /** A part's bytes as captured, with the records they came from. */
  private static final class Found {
    private final byte[] bytes;
    private final List<WebCaptures.CaptureRecord> from;

    Found(byte[] bytes, List<WebCaptures.CaptureRecord> from) {
      this.bytes = bytes;
      this.from = from;
    }

    byte[] bytes() {
      return bytes;
    }

    List<WebCaptures.CaptureRecord> from() {
      return from;
    }
  }

  private void assemble(
      WebCaptures.CaptureRecord entry,
      String format,
      List<WebCaptures.CaptureRecord> playlists,
      Optional<StreamPart> init,
      List<StreamPart> segments,
      long declared) {
    if (segments.isEmpty()) {
      return; // an empty playlist serves nothing: the URL no longer serves the video
    }
    Optional<Found> initBytes = init.flatMap(this::find);
    List<Optional<Found>> found = new ArrayList<>();
    for (StreamPart s : segments) {
      found.add(find(s));
    }
    // The longest run of captured segments (all of them when nothing is missing).
    int bestFrom = 0;
    int bestLength = 0;
    int from = 0;
    for (int i = 0; i <= found.size(); i++) {
      if (i == found.size() || found.get(i).isEmpty()) {
        if (i - from > bestLength) {
          bestFrom = from;
          bestLength = i - from;
        }
        from = i + 1;
      }
    }
    boolean initMissing = init.isPresent() && initBytes.isEmpty();
    if (bestLength == found.size() && !initMissing) {
      List<Found> parts = new ArrayList<>();
      initBytes.ifPresent(parts::add);
      found.forEach(f -> parts.add(f.orElseThrow()));
      build(entry, format, playlists, parts, segments.size(), declared, false);
      return;
    }
    Optional<Sha256> again = composedBefore(init, segments);
    if (again.isPresent()) {
      // Every part is a revisit of an earlier import's record: the same stream, already hashed.
      ObjectNode o = describe(format, playlists, List.of(), segments.size(), declared, false);
      o.put("composition", composition(init, segments).orElseThrow());
      o.put("revisited", true);
      setStream(entry, again, o);
      return;
    }
    if (bestLength == 0 || initMissing) {
      warn(
          entry,
          "stream-not-captured",
          "none of the stream's "
              + segments.size()
              + " segments"
              + (initMissing ? " (its initialisation section)" : "")
              + " was captured");
      unassembled(entry, format, segments.size());
      return;
    }
    warn(
        entry,
        "stream-incomplete",
        (segments.size() - found.stream().filter(Optional::isPresent).count())
            + " of "
            + segments.size()
            + " segments not captured: segments "
            + (bestFrom + 1)
            + "-"
            + (bestFrom + bestLength)
            + " are hashed");
    List<Found> parts = new ArrayList<>();
    initBytes.ifPresent(parts::add);
    for (int i = bestFrom; i < bestFrom + bestLength; i++) {
      parts.add(found.get(i).orElseThrow());
    }
    build(entry, format, playlists, parts, bestLength, declared, true);
  }

  /** Concatenates {@code parts} into a memory file and hands it to the fingerprinting. */
  private void build(
      WebCaptures.CaptureRecord entry,
      String format,
      List<WebCaptures.CaptureRecord> playlists,
      List<Found> parts,
      long segments,
      long declared,
      boolean partial) {
    MessageDigest md5 = digest("MD5");
    MessageDigest sha1 = digest("SHA-1");
    MessageDigest sha256 = digest("SHA-256");
    MessageDigest composition = digest("SHA-256");
    MemoryFile file;
    try {
      file = MemoryFile.of("okju-stream");
    } catch (IOException e) {
      error(entry, "stream-memory", "no memory file for the stream: " + e.getMessage());
      return;
    }
    List<WebCaptures.CaptureRecord> from = new ArrayList<>();
    try {
      for (Found f : parts) {
        md5.update(f.bytes());
        sha1.update(f.bytes());
        sha256.update(f.bytes());
        file.append(f.bytes(), f.bytes().length);
        for (WebCaptures.CaptureRecord r : f.from()) {
          from.add(r);
          r.payloadSha256().ifPresent(hold::use);
        }
      }
    } catch (IOException e) {
      file.close();
      error(entry, "stream-memory", "the stream does not fit in memory: " + e.getMessage());
      return;
    }
    Payload p =
        new Payload(
            Md5.of(md5.digest()),
            Sha1.of(sha1.digest()),
            Sha256.of(sha256.digest()),
            file.size(),
            Optional.empty(),
            Optional.of(file));
    ObjectNode o = describe(format, playlists, from, segments, declared, partial);
    if (!partial) {
      for (WebCaptures.CaptureRecord r : from) {
        composition.update(
            (r.payloadSha256().map(Sha256::toHex).orElse("") + "\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      o.put("composition", Sha256.of(composition.digest()).toHex());
    }
    setStream(entry, Optional.of(p.sha256()), o);
    for (WebCaptures.CaptureRecord r : from) {
      // A part is no sighting of its own, even when the parts make up its whole file.
      if (!r.url().equals(entry.url()) && !updated.containsKey(r)) {
        ObjectNode part = JSON.createObjectNode();
        part.put("part_of", entry.url());
        updated.put(r, r.withStream(Optional.empty(), part.toString()));
      }
    }
    PayloadKind kind;
    try {
      kind = PayloadKind.of(p.head(), entry.contentType());
    } catch (IOException e) {
      kind = PayloadKind.VIDEO;
    }
    if (kind != PayloadKind.IMAGE) {
      kind = PayloadKind.VIDEO;
    }
    if (known.add(p.sha256())) {
      fingerprints.submit(entry.member(), entry.offset(), p, kind);
    } else {
      p.close();
    }
  }

  private ObjectNode describe(
      String format,
      List<WebCaptures.CaptureRecord> playlists,
      List<WebCaptures.CaptureRecord> from,
      long segments,
      long declared,
      boolean partial) {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", format);
    o.put("segments", segments);
    o.put("declared", declared);
    if (partial) {
      o.put("partial", true);
    }
    ArrayNode a = o.putArray("parts");
    for (WebCaptures.CaptureRecord r : playlists) {
      part(a, r, "playlist");
    }
    for (WebCaptures.CaptureRecord r : from) {
      part(a, r, "media");
    }
    return o;
  }

  private static void part(ArrayNode a, WebCaptures.CaptureRecord r, String role) {
    ObjectNode p = a.addObject();
    if (!r.member().isEmpty()) {
      p.put("member", r.member());
    }
    p.put("offset", r.offset());
    p.put("role", role);
    p.put("url", r.url());
    r.payloadSha256().ifPresent(h -> p.put("payload_sha256", h.toHex()));
  }

  private void unassembled(WebCaptures.CaptureRecord entry, String format, long declared) {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", format);
    o.put("segments", 0);
    o.put("declared", declared);
    o.put("unassembled", true);
    o.putArray("parts");
    setStream(entry, Optional.empty(), o);
  }

  private void setStream(WebCaptures.CaptureRecord entry, Optional<Sha256> sha, ObjectNode parts) {
    WebCaptures.CaptureRecord current = updated.getOrDefault(entry, entry);
    updated.put(entry, current.withStream(sha, parts.toString()));
  }

  /** The stream an earlier import reassembled from the same parts, when every part is known. */
  private Optional<Sha256> composedBefore(Optional<StreamPart> init, List<StreamPart> segments) {
    Optional<String> c = composition(init, segments);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    if (compositions == null) {
      compositions = storedCompositions.get();
    }
    return Optional.ofNullable(compositions.get(c.get()));
  }

  /** The parts' SHA-256s in order, hashed; empty when a part has no record at all. */
  private Optional<String> composition(Optional<StreamPart> init, List<StreamPart> segments) {
    MessageDigest md = digest("SHA-256");
    List<StreamPart> all = new ArrayList<>();
    init.ifPresent(all::add);
    all.addAll(segments);
    for (StreamPart s : all) {
      Optional<WebCaptures.CaptureRecord> r =
          byUrl.getOrDefault(s.url(), List.of()).stream()
              .filter(x -> x.httpStatus().orElse(200) != 206 && s.range().isEmpty())
              .findFirst();
      if (r.isEmpty()) {
        return Optional.empty();
      }
      md.update(
          (r.get().payloadSha256().orElseThrow().toHex() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return Optional.of(Sha256.of(md.digest()).toHex());
  }

  /** The bytes of a part: a whole response, a slice of one, or 206 pieces stitched. */
  private Optional<Found> find(StreamPart part) {
    List<WebCaptures.CaptureRecord> at = byUrl.getOrDefault(part.url(), List.of());
    for (WebCaptures.CaptureRecord r : at) {
      if (r.httpStatus().orElse(200) == 206) {
        continue;
      }
      Optional<Payload> p = held(r);
      if (p.isEmpty()) {
        continue;
      }
      try {
        if (part.range().isEmpty()) {
          return Optional.of(new Found(p.get().content(), List.of(r)));
        }
        StreamPart.ByteRange range = part.range().get();
        if (range.end() <= p.get().size()) {
          return Optional.of(
              new Found(StreamHold.slice(p.get(), range.offset(), range.length()), List.of(r)));
        }
      } catch (IOException e) {
        warn(r, "stream-part-unreadable", e.getMessage());
      }
    }
    List<RangedPieces.Piece> pieces = ranges.of(part.url());
    if (pieces.isEmpty()) {
      return Optional.empty();
    }
    if (part.range().isPresent()) {
      StreamPart.ByteRange want = part.range().get();
      for (RangedPieces.Piece piece : pieces) {
        if (piece.first() <= want.offset() && want.end() <= piece.first() + piece.length()) {
          try {
            return Optional.of(
                new Found(
                    StreamHold.slice(piece.payload(), want.offset() - piece.first(), want.length()),
                    List.of(piece.record())));
          } catch (IOException e) {
            warn(piece.record(), "stream-part-unreadable", e.getMessage());
          }
        }
      }
      return Optional.empty();
    }
    RangedPieces.Stitched s = RangedPieces.stitch(pieces, this::warn);
    return s.whole() ? Optional.of(new Found(s.bytes(), s.from())) : Optional.empty();
  }

  /** The 206 pieces no manifest named, stitched per URL into the resource they were cut from. */
  private void ranged() {
    Map<String, List<WebCaptures.CaptureRecord>> groups = new LinkedHashMap<>();
    for (WebCaptures.CaptureRecord r : records) {
      if (r.httpStatus().orElse(200) == 206
          && r.payloadSha256().isPresent()
          && !hold.used(r.payloadSha256().get())) {
        groups.computeIfAbsent(r.url(), k -> new ArrayList<>()).add(r);
      }
    }
    for (Map.Entry<String, List<WebCaptures.CaptureRecord>> g : groups.entrySet()) {
      boolean wholeAlso =
          byUrl.getOrDefault(g.getKey(), List.of()).stream()
              .anyMatch(r -> r.httpStatus().orElse(200) != 206);
      List<RangedPieces.Piece> pieces = ranges.of(g.getKey());
      if (wholeAlso || pieces.isEmpty()) {
        continue;
      }
      RangedPieces.Stitched s = RangedPieces.stitch(pieces, this::warn);
      WebCaptures.CaptureRecord last = g.getValue().get(g.getValue().size() - 1);
      if (!s.whole()) {
        warn(
            pieces.get(0).record(),
            "partial-capture",
            "the Range pieces of "
                + g.getKey()
                + " cover "
                + s.bytes().length
                + " contiguous bytes from the start of "
                + (s.total() > 0 ? s.total() : "an unknown number of")
                + ": "
                + (s.bytes().length > 0 ? "that prefix is hashed" : "nothing is hashed"));
      }
      if (s.bytes().length == 0) {
        continue;
      }
      byte[] head = java.util.Arrays.copyOf(s.bytes(), Math.min(s.bytes().length, 4096));
      PayloadKind kind = PayloadKind.of(head, last.contentType());
      if (kind != PayloadKind.VIDEO && kind != PayloadKind.IMAGE) {
        continue;
      }
      for (WebCaptures.CaptureRecord r : g.getValue()) {
        r.payloadSha256().ifPresent(hold::use);
      }
      // Every piece is reached by the same URL, so each one carries the stream (built once).
      WebCaptures.CaptureRecord first = g.getValue().get(0);
      build(
          first,
          "ranges",
          List.of(),
          List.of(new Found(s.bytes(), s.from())),
          s.from().size(),
          pieces.size(),
          !s.whole());
      WebCaptures.CaptureRecord built = updated.get(first);
      if (built == null || built.streamParts().isEmpty()) {
        continue;
      }
      for (WebCaptures.CaptureRecord r : g.getValue().subList(1, g.getValue().size())) {
        updated.put(r, r.withStream(built.streamSha256(), built.streamParts().get()));
      }
    }
  }

  private Optional<Payload> held(WebCaptures.CaptureRecord r) {
    return r.payloadSha256().flatMap(hold::payload);
  }

  private WebCaptures.CaptureRecord first(Sha256 sha) {
    for (WebCaptures.CaptureRecord r : records) {
      if (r.payloadSha256().equals(Optional.of(sha))) {
        return r;
      }
    }
    throw new IllegalStateException("a held payload without its record");
  }

  private static byte[] head(Payload p) {
    try {
      return p.head();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private void warn(WebCaptures.CaptureRecord r, String kind, String message) {
    problems.add(
        new WebCaptures.Problem(r.member(), r.offset(), ErrorSeverity.WARNING, kind, message));
  }

  private void error(WebCaptures.CaptureRecord r, String kind, String message) {
    problems.add(
        new WebCaptures.Problem(r.member(), r.offset(), ErrorSeverity.ERROR, kind, message));
  }

  private static MessageDigest digest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + name, e);
    }
  }
}
