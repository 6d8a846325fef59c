package org.okju.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.okju.casefile.Copies;
import org.okju.casefile.Digests;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.ItemPath;
import org.okju.casefile.VideoFrame;
import org.okju.ingest.IngestedItem;
import org.okju.ingest.Problem;
import scala.jdk.javaapi.CollectionConverters;

/** Turns what ingest found about an item into a row of {@link FingerprintSchema}. Stateless. */
final class FingerprintRows {
  private FingerprintRows() {}

  /**
   * The row of {@code item}, found under the listed file {@code file}.
   *
   * @param file the listed file the item is (or whose archive holds it)
   */
  static Row of(ListedFile file, IngestedItem item) {
    String absolute = ItemPath.ofBytes(file.absolute()).display();
    String relative = ItemPath.ofBytes(file.relative()).display();
    // A member's display path continues its archive's ("a.zip!/b.jpg"): keep that tail.
    String path =
        absolute
            + item.displayPath()
                .substring(Math.min(relative.length(), item.displayPath().length()));
    String parent =
        item.parentDisplayPath()
            .map(p -> absolute + p.substring(Math.min(relative.length(), p.length())))
            .orElse(null);
    Digests d = item.digests();
    ImagePdq pdq = item.pdq().orElse(null);
    return RowFactory.create(
        ItemPath.ofBytes(file.root()).display(),
        path,
        item.path().display(),
        parent,
        item.depth(),
        item.size() >= 0 ? item.size() : null,
        item.times().modified().map(Object::toString).orElse(null),
        item.mediaType().orElse(null),
        item.extensionMismatch(),
        d.md5().map(h -> h.toHex()).orElse(null),
        d.sha1().map(h -> h.toHex()).orElse(null),
        d.sha256().map(h -> h.toHex()).orElse(null),
        pdq == null ? null : pdq.pdq().toHex(),
        pdq == null ? null : pdq.quality(),
        pdq == null ? null : scalaMap(dihedrals(pdq)),
        scalaList(frames(item.frames())),
        scalaList(views(item.copySignals())),
        metadataMap(item.metadata()),
        item.status().name().toLowerCase(Locale.ROOT),
        errors(item.problems()),
        scalaList(problems(item.problems())),
        null,
        null);
  }

  /** The item's errors in one line ("stage/kind: message; ..."), or null when it has none. */
  static String errors(List<Problem> problems) {
    String s =
        problems.stream()
            .filter(p -> p.severity() == ErrorSeverity.ERROR)
            .map(p -> p.stage() + "/" + p.kind() + ": " + p.message())
            .collect(Collectors.joining("; "));
    return s.isEmpty() ? null : s;
  }

  /** The picture's eight dihedral PDQs as a Spark map column (orientation name to hex). */
  static Map<String, String> dihedrals(ImagePdq pdq) {
    Map<String, String> out = new LinkedHashMap<>();
    pdq.dihedrals().forEach((d, h) -> out.put(d.name().toLowerCase(Locale.ROOT), h.toHex()));
    return out;
  }

  /** A video's vPDQ frames as rows of the frames column. */
  static List<Row> frames(List<VideoFrame> frames) {
    List<Row> out = new ArrayList<>(frames.size());
    for (VideoFrame f : frames) {
      out.add(
          RowFactory.create(f.frameNumber(), f.timestampSeconds(), f.pdq().toHex(), f.quality()));
    }
    return out;
  }

  /** An item's copy views as rows of the views column. */
  static List<Row> views(List<Copies.Signal> signals) {
    List<Row> out = new ArrayList<>(signals.size());
    for (Copies.Signal s : signals) {
      out.add(
          RowFactory.create(
              s.frameNumber(),
              s.timestampSeconds(),
              s.kind(),
              s.orientation(),
              s.pdq().toHex(),
              s.quality()));
    }
    return out;
  }

  private static List<Row> problems(List<Problem> problems) {
    List<Row> out = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      out.add(
          RowFactory.create(
              p.stage(), p.kind(), p.severity().name().toLowerCase(Locale.ROOT), p.message()));
    }
    return out;
  }

  static <T> scala.collection.immutable.Seq<T> scalaList(List<T> list) {
    return CollectionConverters.asScala(list).toList();
  }

  /**
   * A file's metadata in name order. Ingest hands it over as {@code Map.copyOf}, whose iteration
   * order is salted per JVM: written as it comes, the same file's row differed between a cluster's
   * executor and the driver's JVM (and between two runs).
   */
  static scala.collection.Map<String, String> metadataMap(Map<String, String> metadata) {
    return CollectionConverters.asScala(new TreeMap<>(metadata));
  }

  static <K, V> scala.collection.Map<K, V> scalaMap(Map<K, V> map) {
    return CollectionConverters.asScala(map);
  }
}
