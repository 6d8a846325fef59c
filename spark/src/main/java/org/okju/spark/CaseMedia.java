package org.okju.spark;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.Item;
import org.okju.casefile.Source;
import org.okju.casefile.VideoFrame;
import org.okju.fingerprint.Pdq256;

/**
 * Reads a case's catalogued images and videos (and every file's digests) as match media, on the
 * driver: for a case of a workstation's size; a national store is exported to Parquet first ({@code
 * okju export --format parquet}). Paths are the source's path joined with the item's, as {@code
 * okju spark fingerprint} writes them, so the same files read either way match alike.
 */
final class CaseMedia {
  private CaseMedia() {}

  /**
   * The media of the case at {@code where}.
   *
   * @throws IllegalArgumentException when no case is there
   */
  static List<MatchMedia> read(CaseLocation where) {
    if (where instanceof CaseLocation.Directory d && !Files.isRegularFile(d.database())) {
      throw new IllegalArgumentException("no case at " + d.path());
    }
    try (CaseStore store = CaseStore.open(where)) {
      Map<Long, String> tapeOf = new HashMap<>();
      for (Copies.Tape t : store.copies().tapes()) {
        t.members().forEach(m -> tapeOf.put(m.item().value(), t.id()));
      }
      Map<Long, String> roots = new HashMap<>();
      for (Source s : store.sources().all()) {
        roots.put(s.id().value(), s.givenPath().display());
      }
      Map<Long, String> paths = new HashMap<>();
      List<MatchMedia> out = new ArrayList<>();
      List<Item> items;
      try (Stream<Item> all = store.items().streamAll()) {
        items = all.toList();
      }
      for (Item item : items) {
        String path =
            item.parent()
                .map(p -> paths.get(p.value()) + "!/" + item.path().display())
                .orElseGet(() -> join(roots.get(item.source().value()), item.path().display()));
        paths.put(item.id().value(), path);
        if (item.digests().sha256().isEmpty()) {
          continue;
        }
        out.add(media(store, item, path, tapeOf.get(item.id().value())));
      }
      return out;
    }
  }

  /** A source's path and an item's: the source itself when it was a single file of that name. */
  static String join(String root, String item) {
    return root.equals(item) || (root.endsWith("/" + item) && !item.contains("/"))
        ? root
        : root + "/" + item;
  }

  private static MatchMedia media(CaseStore store, Item item, String path, String tape) {
    List<MatchMedia.View> views = new ArrayList<>();
    for (Copies.Signal s : store.copies().signals(item.id())) {
      views.add(
          new MatchMedia.View(
              s.frameNumber(),
              s.timestampSeconds(),
              s.kind(),
              s.orientation(),
              Pdq256.parse(s.pdq().toHex()),
              s.quality()));
    }
    List<MatchMedia.View> frames = new ArrayList<>();
    for (VideoFrame f : store.fingerprints().video(item.id())) {
      frames.add(
          new MatchMedia.View(
              f.frameNumber(),
              f.timestampSeconds(),
              "full",
              "orig",
              Pdq256.parse(f.pdq().toHex()),
              f.quality()));
    }
    ImagePdq pdq = store.fingerprints().image(item.id()).orElse(null);
    return MatchMedia.file(
        path,
        item.digests().sha256().map(h -> h.toHex()).orElse(null),
        item.digests().md5().map(h -> h.toHex()).orElse(null),
        item.digests().sha1().map(h -> h.toHex()).orElse(null),
        tape,
        views,
        frames,
        pdq == null
            ? null
            : new MatchMedia.View(
                -1, 0, "full", "orig", Pdq256.parse(pdq.pdq().toHex()), pdq.quality()));
  }
}
