package org.okju.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides, for each pair of media with matching views, what one is to the other. */
final class EdgeClassifier {
  private final List<Media> media;
  private final GroupingSettings settings;
  private final int[] hashedFrames;
  private final double[] spacing;

  EdgeClassifier(List<Media> media, GroupingSettings settings) {
    this.media = media;
    this.settings = settings;
    this.hashedFrames = new int[media.size()];
    this.spacing = new double[media.size()];
    for (int i = 0; i < media.size(); i++) {
      Set<Long> frames = new HashSet<>();
      double first = Double.MAX_VALUE;
      double last = 0;
      for (Media.View v : media.get(i).views()) {
        if (v.canonical() && v.quality() >= settings.minQuality()) {
          frames.add(v.frame());
          first = Math.min(first, v.seconds());
          last = Math.max(last, v.seconds());
        }
      }
      hashedFrames[i] = frames.size();
      spacing[i] = frames.size() > 1 ? (last - first) / (frames.size() - 1) : 1.0;
    }
  }

  List<Edge> edges(Map<Long, List<PairFinder.Hit>> pairs) {
    List<Edge> out = new ArrayList<>();
    Map<String, Integer> firstBySha = new HashMap<>();
    Set<Long> identical = new HashSet<>();
    long n = media.size();
    for (int i = 0; i < media.size(); i++) {
      Integer first = firstBySha.putIfAbsent(media.get(i).sha256(), i);
      if (first != null) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("sha256", media.get(i).sha256());
        out.add(new Edge(first, i, Edge.Kind.SYMMETRIC, "identical", ev, Double.MAX_VALUE));
        identical.add(first * n + i);
      }
    }
    pairs.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              if (identical.contains(e.getKey())) {
                return;
              }
              int a = (int) (e.getKey() / n);
              int b = (int) (e.getKey() % n);
              Edge edge = classify(a, b, e.getValue());
              if (edge != null) {
                out.add(edge);
              }
            });
    return out;
  }

  private Edge classify(int a, int b, List<PairFinder.Hit> hits) {
    Media ma = media.get(a);
    Media mb = media.get(b);
    if (!ma.video() && !mb.video()) {
      PairFinder.Hit best = best(hits);
      Map<String, Object> ev = pictureEvidence(best);
      return new Edge(
          a,
          b,
          Edge.Kind.SYMMETRIC,
          best.canonical() ? "re-encoded" : "transformed",
          ev,
          256 - best.distance());
    }
    if (ma.video() != mb.video()) {
      PairFinder.Hit best = best(hits);
      Map<String, Object> ev = pictureEvidence(best);
      ev.put("frameSeconds", round(ma.video() ? best.secondsA() : best.secondsB()));
      return ma.video()
          ? new Edge(a, b, Edge.Kind.STILL, "still", ev, 256 - best.distance())
          : new Edge(b, a, Edge.Kind.STILL, "still", ev, 256 - best.distance());
    }
    return videos(a, b, hits);
  }

  private Edge videos(int a, int b, List<PairFinder.Hit> hits) {
    double step = Math.max(spacing[a], spacing[b]);
    Alignment al = Alignment.of(hits, step, settings.offsetToleranceSeconds());
    if (hashedFrames[a] == 0 || hashedFrames[b] == 0) {
      return null;
    }
    // A heavy re-encode loses single frames to the threshold while the aligned run still spans the
    // whole video: a side counts as covered by the larger of its aligned-frame share and the run's
    // span over its duration, provided at least 20% of its frames aligned.
    double shareA = coverage(a, al.framesA(), al.lengthSeconds());
    double shareB = coverage(b, al.framesB(), al.lengthSeconds());
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("offsetSeconds", round(al.offsetSeconds()));
    ev.put("lengthSeconds", round(al.lengthSeconds()));
    ev.put("meanDistance", round(al.meanDistance()));
    ev.put("view", al.view());
    ev.put(
        "threshold",
        al.canonicalShare() >= 0.5 ? settings.canonicalRadius() : settings.viewRadius());
    ev.put("fullShareThreshold", settings.fullShare());
    double full = settings.fullShare();
    if (shareA >= full && shareB >= full && al.framesA() >= Math.min(3, hashedFrames[a])) {
      double durA = media.get(a).durationSeconds();
      double durB = media.get(b).durationSeconds();
      boolean trimmed =
          Math.abs(durA - durB) > 1.5 * step
              || Math.abs(al.offsetSeconds()) > settings.offsetToleranceSeconds();
      ev.put("matchedFrameShare", round(shareB));
      ev.put("otherFrameShare", round(shareA));
      String relation =
          trimmed ? "trimmed" : al.canonicalShare() >= 0.5 ? "re-encoded" : "transformed";
      return new Edge(a, b, Edge.Kind.SYMMETRIC, relation, ev, al.framesA());
    }
    if (al.lengthSeconds() < settings.minRunSeconds() - step / 2 || al.framesA() < 3) {
      return null;
    }
    ev.put("minRunSeconds", settings.minRunSeconds());
    // The contained one is the one whose frames are mostly aligned; failing that, the shorter.
    boolean partial = shareA < full && shareB < full;
    boolean aInsideB = shareA >= full || (partial && hashedFrames[a] <= hashedFrames[b]);
    if (aInsideB) {
      ev.put("matchedFrameShare", round(shareA));
      ev.put("otherFrameShare", round(shareB));
      ev.put("startSeconds", round(al.startA() + al.offsetSeconds()));
      return new Edge(b, a, Edge.Kind.CONTAINS, "excerpt", ev, al.framesA(), partial);
    }
    ev.put("matchedFrameShare", round(shareB));
    ev.put("otherFrameShare", round(shareA));
    ev.put("startSeconds", round(al.startA()));
    return new Edge(a, b, Edge.Kind.CONTAINS, "excerpt", ev, al.framesA(), partial);
  }

  private double coverage(int m, int aligned, double runSeconds) {
    double frames = Math.min(1.0, (double) aligned / hashedFrames[m]);
    double duration = media.get(m).durationSeconds();
    double span = duration > 0 ? Math.min(1.0, runSeconds / duration) : 0;
    return frames >= 0.2 ? Math.max(frames, span) : frames;
  }

  private Map<String, Object> pictureEvidence(PairFinder.Hit best) {
    Map<String, Object> ev = new LinkedHashMap<>();
    String[] view = best.view().split("/");
    ev.put("distance", best.distance());
    ev.put("view", view[0]);
    ev.put("orientation", view[1]);
    ev.put("threshold", best.threshold());
    return ev;
  }

  // One rule names a pair of pictures: when the whole upright pictures match within their radius
  // the copy is "re-encoded" (resized, recompressed, recoloured: the same picture), whatever other
  // view came closer; only a pair that needed a flip, a box or a crop view is "transformed". Taking
  // the closest view first labelled the same plain resize "transformed (center-80)" in one tape and
  // "re-encoded" in another.
  private static PairFinder.Hit best(List<PairFinder.Hit> hits) {
    return hits.stream()
        .min(
            Comparator.comparing((PairFinder.Hit h) -> !h.canonical())
                .thenComparingInt(PairFinder.Hit::distance)
                .thenComparing(PairFinder.Hit::view))
        .orElseThrow();
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
