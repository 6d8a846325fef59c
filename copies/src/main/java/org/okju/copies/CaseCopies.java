package org.okju.copies;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.okju.casefile.CopySignalPack;
import org.okju.casefile.CorruptSignalPackException;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Progress;
import org.okju.casefile.Sha256;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    if (unreadable > 0) {
      params.put("unreadableSignalRecords", unreadable);
    }
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
        .forEach(
            (id, p) -> out.put(id.value(), new PictureThumbnail(p.luma(), p.alpha(), p.chroma())));
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
    Path file;
    try {
      file = Files.createTempFile("okju-views-", ".bin");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the case's view table", e);
    }
    List<Loaded> loaded = new ArrayList<>();
    ViewTable table;
    unreadable = 0;
    try (ViewTableWriter writer = new ViewTableWriter(file);
        Stream<Copies.ItemSignalPack> packs = store.copies().streamSignalPacks()) {
      Map<Long, String> paths = new HashMap<>();
      Iterator<Copies.ItemSignalPack> it = packs.iterator();
      while (it.hasNext()) {
        Copies.ItemSignalPack stored = it.next();
        CopySignalPack pack;
        try {
          pack = stored.pack();
        } catch (CorruptSignalPackException e) {
          // One damaged record costs that item its copies, not the case its grouping.
          LOG.warn("item {} left out of grouping: {}", stored.item().value(), e.getMessage());
          unreadable++;
          continue;
        }
        Optional<Item> item = store.items().find(stored.item());
        if (pack.size() == 0 || item.isEmpty() || item.get().digests().sha256().isEmpty()) {
          continue;
        }
        PackViews views = new PackViews(pack);
        writer.add(views);
        Item i = item.get();
        loaded.add(
            new Loaded(
                i.id(),
                path(i, paths),
                i.digests().sha256().get().toHex(),
                i.size().orElse(0),
                views.video()));
        progress.done(1);
      }
      table = writer.finish();
    } finally {
      ViewTable.delete(file);
    }
    List<Media> out = new ArrayList<>(loaded.size());
    for (int m = 0; m < loaded.size(); m++) {
      Loaded l = loaded.get(m);
      out.add(
          Media.of(
              table,
              m,
              l.id().value(),
              l.path(),
              l.sha256(),
              l.size(),
              l.video(),
              pixels(
                  store
                      .metadata()
                      .of(l.id())
                      .get(l.video() ? "video.resolution" : "image.resolution")),
              l.video() ? Optional.empty() : Optional.ofNullable(profiles.get(l.id().value()))));
    }
    return out;
  }

  private static final Logger LOG = LoggerFactory.getLogger(CaseCopies.class);

  /** Items left out of the last load because their copy-signal record could not be read. */
  private int unreadable;

  /** What grouping needs of an item besides its views, kept while its views go to the table. */
  private record Loaded(ItemId id, String path, String sha256, long size, boolean video) {}

  /** A stored record's views as grouping numbers frames (an image's frame is 0). */
  private static final class PackViews implements ViewTableWriter.Views {
    private final CopySignalPack pack;
    private final String[] kinds;

    PackViews(CopySignalPack pack) {
      this.pack = pack;
      this.kinds = new String[pack.size()];
      for (int i = 0; i < kinds.length; i++) {
        kinds[i] = pack.kind(i);
      }
    }

    boolean video() {
      for (int i = 0; i < pack.size(); i++) {
        if (pack.frameNumber(i) != Copies.IMAGE) {
          return true;
        }
      }
      return false;
    }

    @Override
    public int size() {
      return pack.size();
    }

    @Override
    public long frame(int i) {
      return Math.max(0, pack.frameNumber(i));
    }

    @Override
    public double seconds(int i) {
      return pack.timestampSeconds(i);
    }

    @Override
    public String kind(int i) {
      return kinds[i];
    }

    @Override
    public String orientation(int i) {
      return pack.orientation(i);
    }

    @Override
    public int quality(int i) {
      return pack.quality(i);
    }

    @Override
    public long word(int i, int w) {
      return pack.word(i, w);
    }
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
        new PictureRegion(box[0], box[1], box[2], box[3]),
        p.framed());
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
