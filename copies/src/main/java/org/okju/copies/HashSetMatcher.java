package org.okju.copies;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.HashSets;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Progress;
import org.okju.casefile.Sha256;
import org.okju.casefile.VideoFrame;
import org.okju.fingerprint.Pdq256;
import org.okju.fingerprint.PictureProfile;
import org.okju.index.HammingMatch;
import org.okju.index.MultiIndexHashIndex;
import org.okju.index.PackedHashes;

/**
 * Matches every catalogued file against every imported hash set: MD5, SHA-1 and SHA-256 exactly (by
 * the database's indexes), PDQ within {@link #PDQ_RADIUS} bits as partners do (StopNCII, HMA), for
 * an image by its PDQ as decoded and for a video by each vPDQ frame of quality at least {@link
 * #MIN_FRAME_QUALITY}; a low-information image within {@link PictureMatchPolicy#hashOnlyRadius}
 * only (the rule copy grouping and web sightings use). The sets' PDQ hashes go into one {@link
 * MultiIndexHashIndex}. Replaces the stored matches and logs a {@code hash-sets-matched} custody
 * entry. Not thread-safe.
 */
public final class HashSetMatcher {
  /**
   * The PDQ distance partners treat as a match (ThreatExchange's PDQ_CONFIDENT_MATCH_THRESHOLD).
   */
  public static final int PDQ_RADIUS = 31;

  /** vPDQ frames below this quality (black, flat) would match any flat frame in a set. */
  public static final int MIN_FRAME_QUALITY = 50;

  /** The PDQ radius of a low-information image against a set's hash, by default. */
  public static int lowInformationRadius() {
    return PictureMatchPolicy.DEFAULT.settings().lowHashRadius();
  }

  private final CaseStore store;
  private final PictureMatchPolicy policy;
  private long lowInformationSkipped;
  private long lowInformationStricter;

  public HashSetMatcher(CaseStore store) {
    this(store, PictureMatchPolicy.DEFAULT);
  }

  public HashSetMatcher(CaseStore store, PictureMatchPolicy policy) {
    this.store = store;
    this.policy = policy;
  }

  /**
   * One match with how it was found.
   *
   * @param how {@code md5}, {@code sha1}, {@code sha256} (exact), {@code pdq} (an image) or {@code
   *     vpdq} (a video frame)
   * @param seconds for {@code vpdq}, the timestamp of the closest matching frame
   */
  public record Hit(
      HashSets.Match match, HashSets.HashSet set, String how, OptionalDouble seconds) {}

  /**
   * The run's matches, by item then set.
   *
   * @param lowInformationSkipped images not matched by PDQ at all: PDQ does not see them (one
   *     colour, drawn in transparency); their digests were still matched
   * @param lowInformationStricter images matched by PDQ at the low-information radius only
   */
  public record Result(
      List<Hit> hits,
      Sha256 matchesSha256,
      long lowInformationSkipped,
      long lowInformationStricter) {}

  /** Matches the case against its sets, stores the matches and logs the run. */
  public Result run(String user, String okjuVersion) {
    return run(user, okjuVersion, Progress.NONE);
  }

  /** The same, telling {@code progress} how far it is. */
  public Result run(String user, String okjuVersion, Progress progress) {
    progress.phase("matching digests", -1);
    lowInformationSkipped = 0;
    lowInformationStricter = 0;
    Map<Long, HashSets.HashSet> sets = new LinkedHashMap<>();
    store.hashSets().list().forEach(s -> sets.put(s.id(), s));
    List<Hit> hits = new ArrayList<>();
    for (HashSets.Match m : store.hashSets().exactMatches()) {
      hits.add(new Hit(m, sets.get(m.hashSet()), m.hashKind(), OptionalDouble.empty()));
    }
    List<HashSets.SetEntry> pdqs;
    try (Stream<HashSets.SetEntry> s = store.hashSets().pdqEntries()) {
      pdqs = s.toList();
    }
    if (!pdqs.isEmpty()) {
      matchPdq(pdqs, sets, hits, progress);
    }
    hits.sort(
        Comparator.comparingLong((Hit h) -> h.match().item().value())
            .thenComparingLong(h -> h.match().hashSet())
            .thenComparing(h -> h.match().hashKind())
            .thenComparing(h -> h.match().hash()));
    store.hashSets().replaceMatches(hits.stream().map(Hit::match).toList());
    Sha256 sha = Sha256.of(sha256(canonical(hits)));
    ObjectNode params = new ObjectMapper().createObjectNode();
    params.put("sets", sets.size());
    params.put("matches", hits.size());
    params.put("pdqRadius", PDQ_RADIUS);
    params.put("minFrameQuality", MIN_FRAME_QUALITY);
    params.put("lowInformationRadius", policy.settings().lowHashRadius());
    params.put("lowInformationSkipped", lowInformationSkipped);
    params.put("lowInformationStricter", lowInformationStricter);
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user,
                "hash-sets-matched",
                params.toString(),
                Map.of(),
                Map.of("matches", sha),
                okjuVersion));
    return new Result(List.copyOf(hits), sha, lowInformationSkipped, lowInformationStricter);
  }

  private void matchPdq(
      List<HashSets.SetEntry> pdqs,
      Map<Long, HashSets.HashSet> sets,
      List<Hit> hits,
      Progress progress) {
    PackedHashes.Builder b = PackedHashes.builder(pdqs.size());
    for (int i = 0; i < pdqs.size(); i++) {
      b.add(Pdq256.parse(pdqs.get(i).entry().hash()), i);
    }
    MultiIndexHashIndex index = MultiIndexHashIndex.build(b.build());
    List<Item> media = new ArrayList<>();
    long[] pictures = {0};
    try (Stream<Item> items = store.items().streamAll()) {
      items.forEach(
          i -> {
            String type = i.mediaType().orElse("");
            if (type.startsWith("video/")) {
              media.add(i);
            } else if (type.startsWith("image/")) {
              pictures[0]++;
            }
          });
    }
    progress.phase("matching pictures", pictures[0] + media.size());
    // A low-information picture (an icon, a flat gradient with a stamp) matches a bare hash only
    // when much closer, and not at all when PDQ does not see it: the rule copy grouping uses, so
    // that a partner's PDQ of a flat picture does not flood the case.
    Map<Long, PictureProfile> profiles = new HashMap<>();
    try (Stream<Copies.ItemPicture> s = store.copies().streamProfiles()) {
      s.forEach(p -> profiles.put(p.item().value(), CaseCopies.profile(p.picture())));
    }
    List<long[]> images = new ArrayList<>();
    try (var s = store.fingerprints().streamImages()) {
      s.forEach(
          img -> {
            progress.done(1);
            PictureMatchPolicy.Picture picture =
                new PictureMatchPolicy.Picture(
                    Optional.ofNullable(profiles.get(img.item().value())),
                    img.pdq().quality(),
                    Optional.empty());
            OptionalInt radius = policy.hashOnlyRadius(picture, PDQ_RADIUS);
            if (radius.isEmpty()) {
              lowInformationSkipped++;
              return;
            }
            if (radius.getAsInt() < PDQ_RADIUS) {
              lowInformationStricter++;
            }
            Pdq256 pdq = Pdq256.parse(img.pdq().pdq().toHex());
            for (HammingMatch m : index.query(pdq, radius.getAsInt())) {
              images.add(new long[] {img.item().value(), m.id(), m.distance()});
            }
          });
    }
    for (long[] m : images) {
      HashSets.SetEntry e = pdqs.get((int) m[1]);
      hits.add(
          new Hit(
              new HashSets.Match(
                  new ItemId(m[0]), e.hashSet(), "pdq", e.entry().hash(), (int) m[2]),
              sets.get(e.hashSet()),
              "pdq",
              OptionalDouble.empty()));
    }
    for (Item video : media) {
      progress.done(1);
      // The closest frame per set hash: one match row per (item, set, hash).
      Map<Integer, double[]> best = new LinkedHashMap<>();
      for (VideoFrame f : store.fingerprints().video(video.id())) {
        if (f.quality() < MIN_FRAME_QUALITY) {
          continue;
        }
        for (HammingMatch m : index.query(Pdq256.parse(f.pdq().toHex()), PDQ_RADIUS)) {
          double[] b0 = best.get((int) m.id());
          if (b0 == null || m.distance() < b0[0]) {
            best.put((int) m.id(), new double[] {m.distance(), f.timestampSeconds()});
          }
        }
      }
      best.forEach(
          (ordinal, d) -> {
            HashSets.SetEntry e = pdqs.get(ordinal);
            hits.add(
                new Hit(
                    new HashSets.Match(
                        video.id(), e.hashSet(), "pdq", e.entry().hash(), (int) d[0]),
                    sets.get(e.hashSet()),
                    "vpdq",
                    OptionalDouble.of(d[1])));
          });
    }
  }

  private static byte[] canonical(List<Hit> hits) {
    StringBuilder sb = new StringBuilder();
    for (Hit h : hits) {
      HashSets.Match m = h.match();
      sb.append(m.item().value())
          .append('\t')
          .append(m.hashSet())
          .append('\t')
          .append(m.hashKind())
          .append('\t')
          .append(m.hash())
          .append('\t')
          .append(m.distance())
          .append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
