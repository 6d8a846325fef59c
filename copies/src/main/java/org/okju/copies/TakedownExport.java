package org.okju.copies;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Digests;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.Item;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Progress;
import org.okju.casefile.Sha256;
import org.okju.casefile.VideoFrame;
import org.okju.index.hashset.HashKind;
import org.okju.index.hashset.HashSetEntry;
import org.okju.index.hashset.HashSetFormat;
import org.okju.index.hashset.HashSetFormats;
import org.okju.index.hashset.HashValue;
import org.okju.index.hashset.HmaBankSignalsFormat;
import org.okju.index.hashset.TeFormat;
import org.okju.index.hashset.Vics2Writer;
import org.okju.index.hashset.VpdqFeature;
import org.okju.index.hashset.WriteCount;

/**
 * Takedown lists: every copy of the chosen tapes as a partner loads them, written by the index
 * module's writers (atomically) and logged with the output's SHA-256 ({@code takedown-exported}).
 *
 * <p>No file name, path or person appears in a list: the only label is the tape id.
 *
 * <ul>
 *   <li>{@code md5}: md5sum lines {@code MD5 T-001}, one per distinct copy.
 *   <li>{@code pdq}: {@code pdq HEX} lines: an image's PDQ, and every distinct vPDQ frame hash of
 *       quality at least {@link HashSetMatcher#MIN_FRAME_QUALITY} of a video (the format has one
 *       signal per line and no video type, so frames are listed as photos).
 *   <li>{@code te}: python-threatexchange's {@code local_file} lines ({@link TeFormat}): {@code pdq
 *       HEX} per image copy; per video {@code video_md5}, {@code video_sha256} and one {@code vpdq}
 *       line with every frame (as HMA's hasher lists them), and its good frames as further {@code
 *       pdq} lines, for a bank without the vPDQ extension and for stills taken from the video.
 *   <li>{@code hma}: the same signals as JSON lines HMA's {@code POST /c/bank/<bank>/signal} takes,
 *       one signal a line with the tape id as note ({@link HmaBankSignalsFormat}). Replaces the
 *       earlier {@code hma-csv}: HMA has no CSV import; that CSV is only what
 *       python-threatexchange's {@code dataset --csv} prints, which nothing reads back.
 *   <li>{@code vics2}: a VICS 2.0 case file ({@code #Cases}) with one Media per copy: MD5, SHA1 and
 *       (images) PDQ in {@code AlternativeHashes}; {@code MediaID} a sequence number (VICS wants a
 *       number, so the tape id cannot be carried); no RelativeFilePath; VICS 2.0 has no SHA-256
 *       field. {@code vics2-media}: the same Media as a flat {@code #Media} list.
 * </ul>
 *
 * Not thread-safe.
 */
public final class TakedownExport {
  /** The formats a takedown list is written in, by their index-module writer names. */
  public static final Map<String, String> FORMATS =
      Map.of(
          "md5", "md5sum",
          "pdq", "pdq-list",
          "te", "te",
          "hma", "hma-json",
          "vics2", "vics-2.0-case",
          "vics2-media", "vics-2.0");

  private final CaseStore store;

  public TakedownExport(CaseStore store) {
    this.store = store;
  }

  /**
   * What was written: the file, its SHA-256, the tapes and copies in it and the writer's counts.
   */
  public record Result(Path file, Sha256 sha256, int tapes, int copies, WriteCount count) {}

  /**
   * Writes the copies of {@code tapeIds} (empty: every tape) to {@code out} in {@code format}.
   *
   * @throws IllegalArgumentException when the format is unknown or a tape is not in the case
   * @throws IllegalStateException when the case has no tapes ({@code okju copies} has not run)
   * @throws IOException when writing fails
   */
  public Result export(
      List<String> tapeIds, String format, Path out, String user, String okjuVersion)
      throws IOException {
    return export(tapeIds, format, out, user, okjuVersion, Progress.NONE);
  }

  /** The same, telling {@code progress} of each copy collected. */
  public Result export(
      List<String> tapeIds,
      String format,
      Path out,
      String user,
      String okjuVersion,
      Progress progress)
      throws IOException {
    String writerName = FORMATS.get(format);
    if (writerName == null) {
      throw new IllegalArgumentException(
          "takedown formats are md5, pdq, te, hma, vics2 and vics2-media, not " + format);
    }
    HashSetFormat writer = HashSetFormats.byName(writerName).orElseThrow();
    List<Copies.Tape> chosen = chosenTapes(store.copies(), tapeIds);
    List<HashSetEntry> entries = new ArrayList<>();
    int copies = 0;
    progress.phase("collecting copies", chosen.stream().mapToLong(t -> t.members().size()).sum());
    for (Copies.Tape t : chosen) {
      Set<String> seen = new LinkedHashSet<>();
      for (Copies.Member m : t.members()) {
        progress.done(1);
        Optional<Item> item = store.items().find(m.item());
        if (item.isEmpty() || item.get().digests().md5().isEmpty()) {
          continue;
        }
        copies++;
        for (HashSetEntry e : entries(t.id(), item.get(), format)) {
          if (seen.add(e.hashes().toString() + e.video())) {
            entries.add(e);
          }
        }
      }
    }
    WriteCount count =
        format.equals("vics2")
            ? Vics2Writer.write(out, entries.stream(), Optional.of(vicsCase(okjuVersion)))
            : writer.write(out, entries.stream());
    Sha256 sha = FileSha256.of(out);
    ObjectNode params = new ObjectMapper().createObjectNode();
    params.put("format", format);
    params.put("file", String.valueOf(out.getFileName()));
    params.putArray("tapes").addAll(chosen.stream().map(t -> params.textNode(t.id())).toList());
    params.put("copies", copies);
    params.put("records", count.written());
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user,
                "takedown-exported",
                params.toString(),
                Map.of(),
                Map.of("takedown", sha),
                okjuVersion));
    return new Result(out, sha, chosen.size(), copies, count);
  }

  private List<HashSetEntry> entries(String tape, Item item, String format) {
    Digests d = item.digests();
    boolean vics = format.startsWith("vics2");
    boolean signals = format.equals("te") || format.equals("hma");
    List<HashValue> crypto = new ArrayList<>();
    crypto.add(HashValue.parse(HashKind.MD5, d.md5().orElseThrow().toHex()));
    if (vics) {
      d.sha1().ifPresent(h -> crypto.add(HashValue.parse(HashKind.SHA1, h.toHex())));
    } else {
      d.sha256().ifPresent(h -> crypto.add(HashValue.parse(HashKind.SHA256, h.toHex())));
    }
    Optional<ImagePdq> image = store.fingerprints().image(item.id());
    List<HashSetEntry> out = new ArrayList<>();
    if (image.isPresent()) {
      // A photo's MD5 has no signal type in ThreatExchange/HMA (video_md5 is for videos only).
      List<HashValue> first = new ArrayList<>(format.equals("pdq") || signals ? List.of() : crypto);
      first.add(HashValue.parse(HashKind.PDQ, image.get().pdq().toHex()));
      out.add(entry(first, tape, format));
      return out;
    }
    List<VideoFrame> frames =
        format.equals("md5") || vics ? List.of() : store.fingerprints().video(item.id());
    if (!format.equals("pdq")) {
      out.add(signals ? videoEntry(crypto, frames, tape) : entry(crypto, tape, format));
    }
    for (VideoFrame f : frames) {
      if (f.quality() >= HashSetMatcher.MIN_FRAME_QUALITY) {
        out.add(entry(List.of(HashValue.parse(HashKind.PDQ, f.pdq().toHex())), tape, format));
      }
    }
    return out;
  }

  // The case file's header: the case named by its first custody entry, so a list is reproducible.
  private Vics2Writer.CaseHeader vicsCase(String okjuVersion) {
    String name;
    try (Stream<CustodyEntry> s = store.custody().stream()) {
      name = s.findFirst().map(e -> e.hash().toHex()).orElse("empty-case");
    }
    return new Vics2Writer.CaseHeader(
        UUID.nameUUIDFromBytes(("okju takedown " + name).getBytes(StandardCharsets.UTF_8)),
        Optional.empty(),
        "okju",
        okjuVersion);
  }

  // Every frame, as HMA's own hasher lists them (its matcher drops the low-quality ones).
  private static HashSetEntry videoEntry(
      List<HashValue> crypto, List<VideoFrame> frames, String tape) {
    List<VpdqFeature> video = new ArrayList<>();
    for (VideoFrame f : frames) {
      video.add(
          new VpdqFeature(
              HashValue.parse(HashKind.PDQ, f.pdq().toHex()), f.quality(), f.timestampSeconds()));
    }
    return new HashSetEntry(
        crypto,
        Optional.of(tape),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.of(tape),
        0,
        video);
  }

  private static HashSetEntry entry(List<HashValue> hashes, String tape, String format) {
    // The name column of md5sum files carries the tape id, never the file's own name; VICS's
    // RelativeFilePath is left out.
    Optional<String> name = format.startsWith("vics2") ? Optional.empty() : Optional.of(tape);
    return new HashSetEntry(
        hashes, name, OptionalLong.empty(), Optional.empty(), Optional.of(tape), 0);
  }

  /**
   * The tapes named by {@code tapeIds}, in that order, or every tape when none is named.
   *
   * @throws IllegalStateException when the case has no tapes yet
   * @throws IllegalArgumentException naming the first id that is no tape of the case
   */
  public static List<Copies.Tape> chosenTapes(Copies copies, List<String> tapeIds) {
    List<Copies.Tape> all = copies.tapes();
    if (all.isEmpty()) {
      throw new IllegalStateException("the case has no tapes: run okju copies first");
    }
    List<Copies.Tape> chosen = new ArrayList<>();
    for (String id : tapeIds) {
      chosen.add(
          all.stream()
              .filter(t -> t.id().equals(id))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no tape " + id + " in the case")));
    }
    return chosen.isEmpty() ? all : chosen;
  }
}
