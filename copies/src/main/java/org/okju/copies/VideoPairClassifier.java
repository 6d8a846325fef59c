package org.okju.copies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what one video is to another from their matching frames: aligned in time, a pair whose
 * frames cover both is a copy (re-encoded, transformed or trimmed), one whose aligned run covers
 * only one of them is an excerpt of the other.
 */
final class VideoPairClassifier {
  private final List<Media> media;
  private final GroupingSettings settings;
  private final int[] hashedFrames;
  private final double[] spacing;

  /**
   * Per video, its hashed frames that carry turned and mirrored views: ingest makes these on the
   * vPDQ frames alone (one a second), the upright views on about four frames a second. Empty for a
   * video hashed without them.
   */
  private final List<Set<Long>> turnableFrames;

  VideoPairClassifier(List<Media> media, GroupingSettings settings) {
    this.media = media;
    this.settings = settings;
    this.hashedFrames = new int[media.size()];
    this.spacing = new double[media.size()];
    this.turnableFrames = new ArrayList<>(media.size());
    for (int i = 0; i < media.size(); i++) {
      turnableFrames.add(Set.of());
      if (!media.get(i).video()) {
        // Only pairs of videos are aligned frame by frame (and a mapped image's views would be
        // decoded for nothing).
        continue;
      }
      Set<Long> frames = new HashSet<>();
      Set<Long> turned = new HashSet<>();
      double first = Double.MAX_VALUE;
      double last = 0;
      for (Media.View v : media.get(i).views()) {
        if (v.canonical() && v.quality() >= settings.minQuality()) {
          frames.add(v.frame());
          first = Math.min(first, v.seconds());
          last = Math.max(last, v.seconds());
        }
        if (!v.orientation().equals("orig")) {
          turned.add(v.frame());
        }
      }
      // Only a turned frame whose whole picture is hashed (not black or flat) can align.
      turned.retainAll(frames);
      turnableFrames.set(i, turned);
      hashedFrames[i] = frames.size();
      spacing[i] = frames.size() > 1 ? (last - first) / (frames.size() - 1) : 1.0;
    }
  }

  /**
   * What video {@code b} is to video {@code a} given their frames' matching views: a copy (the
   * whole of each aligned), an excerpt of one in the other, or null when the aligned run is too
   * short.
   */
  Edge classify(int a, int b, List<PairFinder.Hit> all) {
    List<PairFinder.Hit> hits = MovingHalves.keep(all);
    if (hits.isEmpty()) {
      return null;
    }
    double step = Math.max(spacing[a], spacing[b]);
    Alignment al = Alignment.of(hits, step, settings.offsetToleranceSeconds());
    if (hashedFrames[a] == 0 || hashedFrames[b] == 0) {
      return null;
    }
    // A heavy re-encode loses single frames to the threshold while the aligned run still spans the
    // whole video: a side counts as covered by the larger of its aligned-frame share and the run's
    // span over its duration, provided at least 20% of its frames aligned. A copy turned or
    // mirrored as a whole can align only on the frames that carry turned views, a quarter of the
    // hashed ones: its share is counted among those (a 4 s clip fading to black had 2 such frames,
    // both aligned, and 2 of its 10 upright frames: it was joined to nothing).
    boolean turned = al.turnedShare() >= 0.5;
    int framesA = turned ? turnableFrames.get(a).size() : hashedFrames[a];
    double shareA =
        turned && framesA > 0
            ? coverage(
                a, aligned(al.alignedA(), turnableFrames.get(a)), framesA, al.lengthSeconds())
            : coverage(a, al.framesA(), hashedFrames[a], al.lengthSeconds());
    double shareB =
        turned && !turnableFrames.get(b).isEmpty()
            ? coverage(
                b,
                aligned(al.alignedB(), turnableFrames.get(b)),
                turnableFrames.get(b).size(),
                al.lengthSeconds())
            : coverage(b, al.framesB(), hashedFrames[b], al.lengthSeconds());
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("offsetSeconds", EdgeClassifier.round(al.offsetSeconds()));
    ev.put("lengthSeconds", EdgeClassifier.round(al.lengthSeconds()));
    ev.put("meanDistance", EdgeClassifier.round(al.meanDistance()));
    ev.put("view", al.view());
    ev.put(
        "threshold",
        al.canonicalShare() >= 0.5 ? settings.canonicalRadius() : settings.viewRadius());
    ev.put("fullShareThreshold", settings.fullShare());
    double full = settings.fullShare();
    int fewest = Math.min(3, framesA > 0 ? framesA : hashedFrames[a]);
    if (shareA >= full && shareB >= full && al.framesA() >= fewest) {
      double durA = media.get(a).durationSeconds();
      double durB = media.get(b).durationSeconds();
      boolean trimmed =
          Math.abs(durA - durB) > 1.5 * step
              || Math.abs(al.offsetSeconds()) > settings.offsetToleranceSeconds();
      ev.put("matchedFrameShare", EdgeClassifier.round(shareB));
      ev.put("otherFrameShare", EdgeClassifier.round(shareA));
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
      ev.put("matchedFrameShare", EdgeClassifier.round(shareA));
      ev.put("otherFrameShare", EdgeClassifier.round(shareB));
      ev.put("startSeconds", EdgeClassifier.round(al.startA() + al.offsetSeconds()));
      return new Edge(b, a, Edge.Kind.CONTAINS, "excerpt", ev, al.framesA(), partial);
    }
    ev.put("matchedFrameShare", EdgeClassifier.round(shareB));
    ev.put("otherFrameShare", EdgeClassifier.round(shareA));
    ev.put("startSeconds", EdgeClassifier.round(al.startA()));
    return new Edge(a, b, Edge.Kind.CONTAINS, "excerpt", ev, al.framesA(), partial);
  }

  private static int aligned(Set<Long> aligned, Set<Long> among) {
    int n = 0;
    for (long f : aligned) {
      n += among.contains(f) ? 1 : 0;
    }
    return n;
  }

  private double coverage(int m, int aligned, int hashed, double runSeconds) {
    double frames = Math.min(1.0, (double) aligned / hashed);
    double duration = media.get(m).durationSeconds();
    double span = duration > 0 ? Math.min(1.0, runSeconds / duration) : 0;
    return frames >= 0.2 ? Math.max(frames, span) : frames;
  }
}
