package org.okju.monitor;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.okju.casefile.CaseData;
import org.okju.casefile.Copies;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.Item;
import org.okju.casefile.Sha256;
import org.okju.casefile.VideoFrame;
import org.okju.casefile.WebCaptures;
import org.okju.copies.GroupingSettings;
import org.okju.copies.TakedownExport;
import org.okju.fingerprint.Pdq256;
import org.okju.index.hashset.HashKind;
import org.okju.index.hashset.HashValue;
import org.okju.index.hashset.VpdqFeature;
import org.okju.index.hashset.VpdqJson;

/**
 * The hashes of the tapes' copies a partner can match with: every copy on the seized drive and
 * every copy found on the web (a sighting), each signal once, with its quality, whether a person
 * confirmed it and the distance to match it at. The negative bank is applied here, so nothing in it
 * ever leaves the case: a copy whose MD5 or SHA-256 is in the bank gives nothing, a picture or
 * frame near a negative PDQ hash or of quality below {@link
 * org.okju.fingerprint.PdqResult#MIN_USEFUL_QUALITY} (uniform, black, featureless: such hashes
 * match anything) is left out. Not thread-safe.
 *
 * <p>Confirmed: a web copy when a reviewer confirmed its sighting ({@code okju sightings confirm});
 * a drive copy when a reviewer linked its tape to a victim ({@code okju takedown victim}), which
 * says a person identified the recording. The ledger's suggested links do not count.
 */
public final class HashExchange {
  /**
   * The distance suggested for PDQ and vPDQ frames: ThreatExchange's and HMA's match threshold, the
   * one okju's copy grouping uses between whole upright pictures.
   */
  public static final int PDQ_DISTANCE = GroupingSettings.DEFAULT.canonicalRadius();

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the case offers, and how many hashes the negative bank held back. */
  public record Offer(List<ExchangeHash> hashes, int suppressed, Set<String> tapes) {
    public Offer {
      hashes = List.copyOf(hashes);
      tapes = Set.copyOf(tapes);
    }
  }

  private final CaseData store;
  private final NegativeBank negatives;
  private final Map<String, ExchangeHash> offered = new LinkedHashMap<>();
  private int suppressed;

  private HashExchange(CaseData store) {
    this.store = store;
    this.negatives = NegativeBank.of(store.takedowns().negatives());
  }

  /**
   * The hashes of the copies of {@code tapeIds} (empty: every tape), confirmed ones only unless
   * {@code withUnconfirmed}, sorted by tape, origin, signal type and value.
   *
   * @throws IllegalArgumentException when a tape is not in the case
   * @throws IllegalStateException when the case has no tapes
   * @throws Platforms.BadRegistryException when the case's platform registry cannot be read
   */
  public static Offer of(CaseData store, List<String> tapeIds, boolean withUnconfirmed)
      throws Platforms.BadRegistryException {
    List<Copies.Tape> chosen = TakedownExport.chosenTapes(store.copies(), tapeIds);
    HashExchange x = new HashExchange(store);
    Set<String> victimTapes = store.takedowns().tapeVictims().keySet();
    Set<String> ids = new java.util.TreeSet<>();
    for (Copies.Tape t : chosen) {
      ids.add(t.id());
      boolean confirmed = victimTapes.contains(t.id());
      for (Copies.Member m : t.members()) {
        store.items().find(m.item()).ifPresent(item -> x.drive(t.id(), item, confirmed));
      }
    }
    for (Sighting s : SightingBook.of(store, Platforms.of(store))) {
      if (ids.contains(s.tape()) && s.hashes().containsKey("sha256")) {
        store
            .webCaptures()
            .media(Sha256.parse(s.hashes().get("sha256")))
            .ifPresent(media -> x.web(s.tape(), media, s.confirmed()));
      }
    }
    List<ExchangeHash> out = new ArrayList<>();
    for (ExchangeHash h : x.offered.values()) {
      if (h.confirmed() || withUnconfirmed) {
        out.add(h);
      }
    }
    out.sort(
        Comparator.comparing(ExchangeHash::tape)
            .thenComparing(ExchangeHash::origin)
            .thenComparing(ExchangeHash::signalType)
            .thenComparing(ExchangeHash::value));
    return new Offer(out, x.suppressed, ids);
  }

  private void drive(String tape, Item item, boolean confirmed) {
    if (item.digests().md5().isEmpty()) {
      return;
    }
    String md5 = item.digests().md5().get().toHex();
    Optional<String> sha256 = item.digests().sha256().map(Sha256::toHex);
    if (negatives.hasDigest("md5", md5)
        || sha256.filter(h -> negatives.hasDigest("sha256", h)).isPresent()) {
      suppressed++;
      return;
    }
    Optional<ImagePdq> image = store.fingerprints().image(item.id());
    if (image.isPresent()) {
      picture(image.get().pdq().toHex(), image.get().quality(), confirmed, tape, "drive");
      return;
    }
    List<VpdqFeature> frames = new ArrayList<>();
    for (VideoFrame f : store.fingerprints().video(item.id())) {
      frames.add(
          new VpdqFeature(
              HashValue.parse(HashKind.PDQ, f.pdq().toHex()), f.quality(), f.timestampSeconds()));
    }
    video(md5, frames, confirmed, tape, "drive");
  }

  private void web(String tape, WebCaptures.Media media, boolean confirmed) {
    String md5 = media.md5().toHex();
    if (negatives.hasDigest("md5", md5) || negatives.hasDigest("sha256", media.sha256().toHex())) {
      suppressed++;
      return;
    }
    if (media.pdq().isPresent()) {
      picture(media.pdq().get().toHex(), media.quality().orElse(0), confirmed, tape, "web");
      return;
    }
    video(md5, frames(media.framesJson().orElse("[]")), confirmed, tape, "web");
  }

  private void picture(String pdq, int quality, boolean confirmed, String tape, String origin) {
    if (negatives.suppresses(Pdq256.parse(pdq), quality)) {
      suppressed++;
      return;
    }
    offer(
        new ExchangeHash(
            "pdq", pdq, OptionalInt.of(quality), confirmed, PDQ_DISTANCE, tape, origin));
  }

  /**
   * A video: its MD5 (exact copies), and the frames the bank lets through as one vPDQ signal and as
   * PDQ signals each (for a partner without vPDQ, and for stills taken from the video).
   */
  private void video(
      String md5, List<VpdqFeature> frames, boolean confirmed, String tape, String origin) {
    offer(new ExchangeHash("video_md5", md5, OptionalInt.empty(), confirmed, 0, tape, origin));
    List<VpdqFeature> kept = new ArrayList<>();
    for (VpdqFeature f : frames) {
      if (negatives.suppresses(Pdq256.parse(f.pdq().toHex()), f.quality())) {
        suppressed++;
      } else {
        kept.add(f);
      }
    }
    if (kept.isEmpty()) {
      return;
    }
    int[] qualities = kept.stream().mapToInt(VpdqFeature::quality).sorted().toArray();
    offer(
        new ExchangeHash(
            "vpdq",
            VpdqJson.write(kept),
            OptionalInt.of(qualities[qualities.length / 2]),
            confirmed,
            PDQ_DISTANCE,
            tape,
            origin));
    for (VpdqFeature f : kept) {
      offer(
          new ExchangeHash(
              "pdq",
              f.pdq().toHex(),
              OptionalInt.of(f.quality()),
              confirmed,
              PDQ_DISTANCE,
              tape,
              origin));
    }
  }

  // One offer a signal: confirmed if any copy with it is, at its best quality, under its first
  // tape (tapes are visited in order) and origin (the drive before the web).
  private void offer(ExchangeHash h) {
    ExchangeHash had = offered.get(h.key());
    if (had == null) {
      offered.put(h.key(), h);
      return;
    }
    OptionalInt q =
        had.quality().isPresent() && h.quality().isPresent()
            ? OptionalInt.of(Math.max(had.quality().getAsInt(), h.quality().getAsInt()))
            : had.quality();
    offered.put(
        h.key(),
        new ExchangeHash(
            had.signalType(),
            had.value(),
            q,
            had.confirmed() || h.confirmed(),
            had.suggestedDistance(),
            had.tape(),
            had.origin()));
  }

  private static List<VpdqFeature> frames(String framesJson) {
    try {
      List<List<Object>> rows = JSON.readValue(framesJson, new TypeReference<>() {});
      List<VpdqFeature> out = new ArrayList<>();
      for (List<Object> r : rows) {
        out.add(
            new VpdqFeature(
                HashValue.parse(HashKind.PDQ, (String) r.get(2)),
                ((Number) r.get(1)).intValue(),
                ((Number) r.get(3)).doubleValue()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("a web video's stored frames", e);
    }
  }
}
