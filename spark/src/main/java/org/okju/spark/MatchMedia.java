package org.okju.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.okju.fingerprint.Pdq256;

/**
 * One file (or hash-set entry) of a match side with the views it is matched by, packed for the
 * executors (Java-serialised in RDDs and in the broadcast reference). Immutable after building.
 *
 * <p>A file's views: an image's copy views (its PDQ is the {@code full/orig} one); a video's vPDQ
 * frames as {@code full/orig} and the copy views of those frames (the upright views ingest adds on
 * frames between them serve copy grouping's alignment of trims, not cross-case matching); without
 * stored views, the PDQ or the frames alone. A hash-set entry's PDQs are {@code full/orig} views.
 */
final class MatchMedia implements Serializable {
  private static final long serialVersionUID = 1L;

  final String path;
  final String sha256;
  final String md5;
  final String sha1;
  final String set;
  final String label;
  final String tape;
  // Per view: 4 words of the hash; frame, seconds, "kind/orientation", quality (-1 unknown).
  final long[] words;
  final long[] frames;
  final double[] seconds;
  final String[] labels;
  final int[] qualities;

  private MatchMedia(
      String path,
      String sha256,
      String md5,
      String sha1,
      String set,
      String label,
      String tape,
      List<View> views) {
    this.path = path;
    this.sha256 = sha256;
    this.md5 = md5;
    this.sha1 = sha1;
    this.set = set;
    this.label = label;
    this.tape = tape;
    int n = views.size();
    words = new long[n * 4];
    frames = new long[n];
    seconds = new double[n];
    labels = new String[n];
    qualities = new int[n];
    for (int i = 0; i < n; i++) {
      View v = views.get(i);
      for (int w = 0; w < 4; w++) {
        words[i * 4 + w] = v.hash.word(w);
      }
      frames[i] = v.frame;
      seconds[i] = v.seconds;
      labels[i] = v.kind + "/" + v.orientation;
      qualities[i] = v.quality;
    }
  }

  /** A view while building. */
  record View(
      long frame, double seconds, String kind, String orientation, Pdq256 hash, int quality) {}

  int views() {
    return frames.length;
  }

  Pdq256 hash(int view) {
    return Pdq256.ofWords(
        words[view * 4], words[view * 4 + 1], words[view * 4 + 2], words[view * 4 + 3]);
  }

  boolean canonical(int view) {
    return labels[view].equals("full/orig");
  }

  boolean lookup(int view) {
    String l = labels[view];
    int slash = l.indexOf('/');
    return ViewRule.lookup(l.substring(0, slash), l.substring(slash + 1));
  }

  /** A hash-set entry's media. */
  static MatchMedia entry(
      String path,
      String sha256,
      String md5,
      String sha1,
      String set,
      String label,
      List<Pdq256> pdqs) {
    List<View> views = new ArrayList<>();
    for (Pdq256 p : pdqs) {
      views.add(new View(-1, 0, "full", "orig", p, -1));
    }
    return new MatchMedia(path, sha256, md5, sha1, set, label, null, views);
  }

  /** The media of a row of {@link FingerprintSchema}. */
  static MatchMedia of(Row row) {
    List<View> copyViews = new ArrayList<>();
    for (Row v : row.<Row>getList(row.fieldIndex("views"))) {
      copyViews.add(
          new View(
              v.getLong(0),
              v.getDouble(1),
              v.getString(2),
              v.getString(3),
              Pdq256.parse(v.getString(4)),
              v.getInt(5)));
    }
    List<View> frames = new ArrayList<>();
    for (Row f : row.<Row>getList(row.fieldIndex("frames"))) {
      frames.add(
          new View(
              f.getLong(0),
              f.getDouble(1),
              "full",
              "orig",
              Pdq256.parse(f.getString(2)),
              f.getInt(3)));
    }
    String pdq = row.getAs("pdq");
    Integer quality = row.getAs("quality");
    View image =
        pdq == null
            ? null
            : new View(-1, 0, "full", "orig", Pdq256.parse(pdq), quality == null ? -1 : quality);
    return file(
        row.getAs("path"),
        row.getAs("sha256"),
        row.getAs("md5"),
        row.getAs("sha1"),
        row.getAs("tape"),
        copyViews,
        frames,
        image);
  }

  /**
   * A catalogued file's media.
   *
   * @param copyViews okju's copy views as ingest stored them (all frames, all kinds)
   * @param frames a video's vPDQ frames (as {@code full/orig} views)
   * @param image an image's PDQ, or null
   */
  static MatchMedia file(
      String path,
      String sha256,
      String md5,
      String sha1,
      String tape,
      List<View> copyViews,
      List<View> frames,
      View image) {
    List<View> views = new ArrayList<>();
    Set<Long> hashed = new HashSet<>();
    frames.forEach(f -> hashed.add(f.frame()));
    boolean video = !frames.isEmpty();
    boolean hasCanonical = false;
    for (View v : copyViews) {
      if (!ViewRule.matched(v.kind()) || (video && !hashed.contains(v.frame()))) {
        continue;
      }
      if (video && ViewRule.canonical(v.kind(), v.orientation())) {
        continue; // the vPDQ frame itself stands for it
      }
      hasCanonical |= ViewRule.canonical(v.kind(), v.orientation());
      views.add(v);
    }
    views.addAll(frames);
    if (!video && !hasCanonical && image != null) {
      views.add(image);
    }
    return new MatchMedia(path, sha256, md5, sha1, null, null, tape, views);
  }
}
