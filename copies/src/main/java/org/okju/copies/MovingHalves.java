package org.okju.copies;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a video pair's matches through half views only when they place frames in time. A half is
 * matched to see past a sticker over the other half; but the half of a recording made with a still
 * camera can be its background alone, the same wall or bed in every recording made in that room,
 * and such a half matches every frame of another recording there at every offset. Its matches then
 * say nothing about the footage, and two victims' recordings would be one tape. A half that moves
 * (a hand-held camera, people in it) matches the frames of a copy at one offset. Stateless.
 */
final class MovingHalves {
  /** The share of half matches that must lie near their commonest offset. */
  static final double AT_ONE_OFFSET = 0.5;

  /** How near: a slow pan matches the neighbouring frames a second or so either side. */
  static final double WINDOW_SECONDS = 1.5;

  private MovingHalves() {}

  /** {@code hits}, without its half-view matches when these do not agree on one offset. */
  static List<PairFinder.Hit> keep(List<PairFinder.Hit> hits) {
    List<PairFinder.Hit> halves = hits.stream().filter(MovingHalves::half).toList();
    if (halves.isEmpty()) {
      return hits;
    }
    Map<Long, Integer> perSecond = new HashMap<>();
    for (PairFinder.Hit h : halves) {
      perSecond.merge(Math.round(offset(h)), 1, Integer::sum);
    }
    long commonest = Alignment.commonestSecond(perSecond);
    long near = 0;
    for (PairFinder.Hit h : halves) {
      near += Math.abs(offset(h) - commonest) <= WINDOW_SECONDS ? 1 : 0;
    }
    if (near >= AT_ONE_OFFSET * halves.size()) {
      return hits;
    }
    return hits.stream().filter(h -> !half(h)).toList();
  }

  private static double offset(PairFinder.Hit h) {
    return h.secondsB() - h.secondsA();
  }

  private static boolean half(PairFinder.Hit h) {
    return h.viewA().startsWith("half-");
  }
}
