package org.okju.copies;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Progress;
import org.okju.casefile.Sha256;
import org.okju.fingerprint.Pdq256;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;

/**
 * Copy grouping of a whole case: reads every stored copy signal, groups, replaces the case's tapes
 * and logs the run in the custody log. Not thread-safe (one run at a time per case).
 */
public final class CaseCopies {
  private final CaseStore store;
  private final CopyGrouper grouper;

  public CaseCopies(CaseStore store, GroupingSettings settings) {
    this(store, new CopyGrouper(settings));
  }

  public CaseCopies(CaseStore store, CopyGrouper grouper) {
    this.store = store;
    this.grouper = grouper;
  }

  /** The outcome of a run: the tapes and the SHA-256 of their JSON, as logged. */
  public record Result(List<Tape> tapes, Sha256 jsonSha256) {}

  /** Groups the case's media, stores the tapes and appends a {@code copies-grouped} entry. */
  public Result run(String user, String okjuVersion) {
    return run(user, okjuVersion, Progress.NONE);
  }

  /** The same, telling {@code progress} how far it is. */
  public Result run(String user, String okjuVersion, Progress progress) {
    progress.phase("reading fingerprints", -1);
    List<Media> media = load(progress);
    TapeSplits splits = splits();
    List<Tape> tapes = grouper.group(media, this::thumbnails, splits, progress);
    List<Copies.Tape> rows = new ArrayList<>();
    for (Tape t : tapes) {
      List<Copies.Member> members = new ArrayList<>();
      for (Tape.Member m : t.members()) {
        members.add(
            new Copies.Member(
                new ItemId(m.media().item()),
                m.relation(),
                m.join().label(),
                TapesJson.evidence(m.evidence())));
      }
      List<Copies.Related> related = new ArrayList<>();
      for (Tape.Related r : t.related()) {
        related.add(
            new Copies.Related(
                new ItemId(r.media().item()),
                new ItemId(r.member().item()),
                r.tape(),
                r.relation(),
                TapesJson.evidence(r.evidence())));
      }
      rows.add(
          new Copies.Tape(
              t.id(), t.kind(), new ItemId(t.representative().item()), members, related));
    }
    store.copies().replaceTapes(rows);
    byte[] json =
        TapesJson.of(tapes, grouper.settings()).toString().getBytes(StandardCharsets.UTF_8);
    Sha256 sha = Sha256.of(sha256(json));
    ObjectMapper mapper = new ObjectMapper();
    var params = mapper.createObjectNode();
    params.put("media", media.size());
    params.put("tapes", tapes.size());
    params.put("splits", splits.splits().size());
    params.set("settings", mapper.valueToTree(grouper.settings()));
    params.set("pictureRules", mapper.valueToTree(grouper.policy().settings()));
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user,
                "copies-grouped",
                params.toString(),
                Map.of(),
                Map.of("tapes", sha),
                okjuVersion));
    return new Result(tapes, sha);
  }

  /** The reviewers' splits of the case. */
  public TapeSplits splits() {
    List<TapeSplits.Split> out = new ArrayList<>();
    for (Copies.Split s : store.copies().splits()) {
      out.add(
          new TapeSplits.Split(
              s.id(),
              s.moved().stream().map(ItemId::value).collect(Collectors.toSet()),
              s.kept().stream().map(ItemId::value).collect(Collectors.toSet())));
    }
    return new TapeSplits(out);
  }

  /** The case's thumbnails, fetched as a pixel comparison needs them. */
  public ThumbnailSource thumbnailSource() {
    return this::thumbnails;
  }

  /** The thumbnails of {@code items} from the case: only those a pixel comparison needs. */
  private Map<Long, PictureThumbnail> thumbnails(Collection<Long> items) {
    Map<Long, PictureThumbnail> out = new HashMap<>();
    store
        .copies()
        .pictures(items.stream().map(ItemId::new).toList())
        .forEach((id, p) -> out.put(id.value(), new PictureThumbnail(p.luma(), p.alpha())));
    return out;
  }

  /** Every image and video of the case that has copy signals, in item order. */
  public List<Media> load() {
    return load(Progress.NONE);
  }

  private List<Media> load(Progress progress) {
    Map<Long, PictureProfile> profiles = new HashMap<>();
    try (Stream<Copies.ItemPicture> s = store.copies().streamProfiles()) {
      s.forEach(p -> profiles.put(p.item().value(), profile(p.picture())));
    }
    List<Media> out = new ArrayList<>();
    Map<Long, String> paths = new HashMap<>();
    try (Stream<Copies.ItemSignal> signals = store.copies().streamSignals()) {
      Iterator<Copies.ItemSignal> it = signals.iterator();
      long current = -1;
      List<Media.View> views = new ArrayList<>();
      boolean video = false;
      while (it.hasNext()) {
        Copies.ItemSignal s = it.next();
        if (s.item().value() != current) {
          if (current > 0) {
            add(out, current, video, views, paths, profiles);
            progress.done(1);
          }
          current = s.item().value();
          views = new ArrayList<>();
          video = false;
        }
        Copies.Signal g = s.signal();
        video |= g.frameNumber() != Copies.IMAGE;
        views.add(
            new Media.View(
                Math.max(0, g.frameNumber()),
                g.timestampSeconds(),
                // A case holds millions of views with a few dozen distinct names: share them.
                g.kind().intern(),
                g.orientation().intern(),
                Pdq256.parse(g.pdq().toHex()),
                g.quality()));
      }
      if (current > 0) {
        add(out, current, video, views, paths, profiles);
      }
    }
    return out;
  }

  private void add(
      List<Media> out,
      long id,
      boolean video,
      List<Media.View> views,
      Map<Long, String> paths,
      Map<Long, PictureProfile> profiles) {
    Optional<Item> item = store.items().find(new ItemId(id));
    if (item.isEmpty() || item.get().digests().sha256().isEmpty()) {
      return;
    }
    Item i = item.get();
    out.add(
        new Media(
            id,
            path(i, paths),
            i.digests().sha256().get().toHex(),
            i.size().orElse(0),
            video,
            views,
            pixels(
                store.metadata().of(i.id()).get(video ? "video.resolution" : "image.resolution")),
            video ? Optional.empty() : Optional.ofNullable(profiles.get(id))));
  }

  /** Width times height from ingest's {@code WxH} metadata; 0 when absent (older cases). */
  static long pixels(String resolution) {
    if (resolution == null) {
      return 0;
    }
    int x = resolution.indexOf('x');
    try {
      return x < 0
          ? 0
          : Long.parseLong(resolution.substring(0, x).trim())
              * Long.parseLong(resolution.substring(x + 1).trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The stored profile as the fingerprint module's. */
  static PictureProfile profile(Copies.Picture p) {
    double[] box = p.content();
    return new PictureProfile(
        p.width(),
        p.height(),
        p.colours(),
        p.dominantShare(),
        p.smoothShare(),
        p.transparentShare(),
        new PictureRegion(box[0], box[1], box[2], box[3]));
  }

  /**
   * An archive member's path is {@code archive!/member}, as {@code okju files} shows it; {@code
   * cache} holds the archives' paths already built.
   */
  public String path(Item item, Map<Long, String> cache) {
    String own = item.path().display();
    if (item.parent().isEmpty()) {
      return own;
    }
    long parent = item.parent().get().value();
    String prefix = cache.get(parent);
    if (prefix == null) {
      prefix = store.items().find(item.parent().get()).map(p -> path(p, cache)).orElse("?");
      cache.put(parent, prefix);
    }
    return prefix + "!/" + own;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
