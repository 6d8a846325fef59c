package org.okju.monitor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.okju.casefile.Sha256;

/**
 * The payloads held back while a capture is read because they may be parts of a video served as a
 * stream: HLS playlists and DASH manifests, MPEG-TS and fMP4 segments (an initialisation section
 * without media, or a fragment), and every {@code 206 Partial Content} piece. After reading, the
 * streams are reassembled from them ({@link StreamAssembly}); what no stream used is fingerprinted
 * on its own as before. Each distinct payload is held once (by SHA-256), in memory as the reader
 * kept it (the heap, or a memory file): never on disk. At most {@code budget} bytes are held; past
 * that, payloads take the ordinary way and the import says so. Not thread-safe (the reading
 * thread).
 */
final class StreamHold implements AutoCloseable {
  /** What a held payload may be. */
  enum Role {
    PLAYLIST,
    MANIFEST,
    SEGMENT,
    RANGED,
    NONE
  }

  private final long budget;
  private long heldBytes;
  private boolean overBudget;
  private final Map<Sha256, Payload> payloads = new HashMap<>();
  private final Map<Sha256, PayloadKind> kinds = new HashMap<>();
  private final Map<String, String> contentRanges = new HashMap<>();
  private final Set<Sha256> used = new HashSet<>();

  StreamHold(long budget) {
    this.budget = budget;
  }

  /** What the record's payload may be to a stream. */
  static Role role(ReadRecord r, Payload p, PayloadKind kind) throws IOException {
    if (r.status().orElse(200) == 206) {
      return Role.RANGED;
    }
    byte[] head = p.head();
    if (HlsPlaylist.looksLike(head)) {
      return Role.PLAYLIST;
    }
    if (DashManifest.looksLike(head)) {
      return Role.MANIFEST;
    }
    if (kind == PayloadKind.VIDEO && head.length > 0 && head[0] == 0x47) {
      return Role.SEGMENT; // MPEG-TS: HLS's classic segment
    }
    if (fragment(head) || (kind == PayloadKind.VIDEO && fragmentedMp4(p))) {
      // A fragment, an initialisation section, or a fragmented file whose ranges a manifest names
      // (DASH SegmentList/SegmentBase, HLS single-file byte ranges); a progressive MP4 is whole.
      return Role.SEGMENT;
    }
    return Role.NONE;
  }

  /**
   * Holds the payload when it may be a stream's part and the budget allows; returns whether it was
   * taken (then the hold closes it).
   */
  boolean hold(ReadRecord r, Payload p, PayloadKind kind, Role role) {
    if (role == Role.NONE || !p.kept()) {
      return false;
    }
    r.contentRange().ifPresent(c -> contentRanges.put(key(r.member(), r.offset()), c));
    if (payloads.containsKey(p.sha256())) {
      p.close();
      return true;
    }
    if (heldBytes + p.size() > budget) {
      overBudget = true;
      return false;
    }
    heldBytes += p.size();
    payloads.put(p.sha256(), p);
    kinds.put(p.sha256(), kind);
    return true;
  }

  /** Whether some payload was not held for want of memory. */
  boolean overBudget() {
    return overBudget;
  }

  /** The held payload with this SHA-256. */
  Optional<Payload> payload(Sha256 sha) {
    return Optional.ofNullable(payloads.get(sha));
  }

  /** The {@code Content-Range} of the record at {@code member@offset}. */
  Optional<String> contentRange(String member, long offset) {
    return Optional.ofNullable(contentRanges.get(key(member, offset)));
  }

  /** Hands a held payload over: the caller closes it from now on. */
  Payload take(Sha256 sha) {
    Payload p = payloads.remove(sha);
    if (p == null) {
      throw new IllegalStateException("no held payload " + sha.toHex());
    }
    return p;
  }

  /** Marks a payload as a part of a reassembled stream (it is no sighting of its own). */
  void use(Sha256 sha) {
    used.add(sha);
  }

  boolean used(Sha256 sha) {
    return used.contains(sha);
  }

  /** The held payloads no stream used that are videos on their own (a whole MPEG-TS file). */
  List<Map.Entry<Payload, PayloadKind>> unusedMedia() {
    List<Map.Entry<Payload, PayloadKind>> out = new ArrayList<>();
    // Sorted by digest: the order the leftovers are hashed in does not depend on a hash map.
    payloads.forEach(
        (sha, p) -> {
          PayloadKind k = kinds.get(sha);
          if (!used.contains(sha) && (k == PayloadKind.VIDEO || k == PayloadKind.IMAGE)) {
            out.add(Map.entry(p, k));
          }
        });
    out.sort(Map.Entry.comparingByKey(java.util.Comparator.comparing(Payload::sha256)));
    return out;
  }

  /** The bytes of a held payload, {@code length} of them from {@code offset}. */
  static byte[] slice(Payload p, long offset, long length) throws IOException {
    if (offset < 0 || length < 0 || offset + length > p.size() || length > Integer.MAX_VALUE) {
      throw new IOException("range " + offset + "+" + length + " is outside the payload");
    }
    if (p.bytes().isPresent()) {
      return java.util.Arrays.copyOfRange(p.bytes().get(), (int) offset, (int) (offset + length));
    }
    ByteBuffer b = ByteBuffer.allocate((int) length);
    try (EvidenceChannel c = p.spilled().orElseThrow().channel()) {
      c.position(offset);
      while (b.hasRemaining() && c.read(b) > 0) {
        // fill
      }
    }
    return b.array();
  }

  private static String key(String member, long offset) {
    return member + "@" + offset;
  }

  /** A fragment of fragmented MP4 ({@code styp}, {@code moof}, {@code sidx}, {@code emsg}). */
  private static boolean fragment(byte[] head) {
    if (head.length < 8) {
      return false;
    }
    String box = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
    return box.equals("styp") || box.equals("moof") || box.equals("sidx") || box.equals("emsg");
  }

  /**
   * Whether an MP4 is fragmented ({@code moof} or {@code sidx} at the top level before any {@code
   * mdat}) or an initialisation section alone ({@code ftyp} and {@code moov}, no media data): the
   * top-level box headers are walked, nothing else is read.
   */
  static boolean fragmentedMp4(Payload p) throws IOException {
    boolean ftyp = false;
    boolean moov = false;
    long at = 0;
    for (int boxes = 0; at + 8 <= p.size() && boxes < 10_000; boxes++) {
      byte[] h = slice(p, at, Math.min(16, p.size() - at));
      long size = ByteBuffer.wrap(h, 0, 4).getInt() & 0xffffffffL;
      String type = new String(h, 4, 4, StandardCharsets.ISO_8859_1);
      if (size == 1 && h.length >= 16) {
        size = ByteBuffer.wrap(h, 8, 8).getLong();
      }
      switch (type) {
        case "ftyp" -> ftyp = true;
        case "moov" -> moov = true;
        case "moof", "sidx" -> {
          return ftyp;
        }
        case "mdat" -> {
          return false;
        }
        default -> {
          // free, skip, uuid, meta...
        }
      }
      if (size < 8) {
        return false; // 0 runs to the end of the file: media data, not an init section
      }
      at += size;
    }
    return ftyp && moov && at >= p.size();
  }

  @Override
  public void close() {
    payloads.values().forEach(Payload::close);
    payloads.clear();
  }
}
