package org.okju.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Cuts one connected group of media into tapes without chaining: near-duplicate evidence is not
 * transitive (two icons that share a badge each match a third that has both the badge and their
 * shapes), so a medium joins a tape only on evidence against the tape's representative, or against
 * one member that matched the representative when the two distances add up to no more than the
 * threshold (then it is within the threshold of the representative itself). The representative is
 * the first medium of the group in representative order not yet in a tape; the rest start tapes of
 * their own. Media with the same bytes go together. Not thread-safe; one per grouping.
 */
final class StarCover {
  private final List<Media> media;
  private final List<List<Edge>> incident;
  private final Set<Long> refused;
  private final Map<Integer, Edge> bestStill;
  private final Set<Integer> compilations;
  private final IntPredicate ordinary;
  private final Comparator<Integer> priority;
  private final ThroughMember through;

  /**
   * Pixel evidence that {@code x} (matched to member {@code m} by views {@code vx}, {@code vm1}) is
   * the representative {@code seed} (which {@code m} matched by {@code vm2}, {@code vs}), or null.
   */
  @FunctionalInterface
  interface ThroughMember {
    Map<String, Object> verify(
        int x, String vx, String vm1, int m, String vm2, String vs, int seed);
  }

  /**
   * @param incident every medium's edges
   * @param refused pairs (keyed {@code a * n + b}, {@code a < b}) whose match the picture policy
   *     refused: never joined through a member either
   * @param bestStill for each still image, its edge to the video it matches best (the only one it
   *     may join)
   * @param ordinary whether a medium is an ordinary picture (low-information pictures join only on
   *     their own evidence, never through a member)
   * @param priority representative order, the representative first
   * @param through how a low-information picture is checked against the representative when it
   *     matched only a member (a pixel comparison through that member's alignment)
   */
  StarCover(
      List<Media> media,
      List<List<Edge>> incident,
      Set<Long> refused,
      Map<Integer, Edge> bestStill,
      Set<Integer> compilations,
      IntPredicate ordinary,
      Comparator<Integer> priority,
      ThroughMember through) {
    this.media = media;
    this.incident = incident;
    this.refused = refused;
    this.bestStill = bestStill;
    this.compilations = compilations;
    this.ordinary = ordinary;
    this.priority = priority;
    this.through = through;
  }

  /** The tapes of {@code group}, each as its members with the representative first. */
  List<List<Tape.Member>> tapes(List<Integer> group) {
    Set<Integer> inGroup = new HashSet<>(group);
    Map<String, Integer> canonical = new HashMap<>();
    Map<Integer, List<Integer>> twins = new HashMap<>();
    for (int i : group.stream().sorted().toList()) {
      Integer first = canonical.putIfAbsent(media.get(i).sha256(), i);
      if (first != null) {
        twins.computeIfAbsent(first, k -> new ArrayList<>()).add(i);
      }
    }
    List<Integer> order = new ArrayList<>(new HashSet<>(canonical.values()));
    order.sort(priority);
    Set<Integer> placed = new HashSet<>();
    List<List<Tape.Member>> out = new ArrayList<>();
    for (int seed : order) {
      if (!placed.add(seed)) {
        continue;
      }
      List<Tape.Member> members = new ArrayList<>();
      Map<String, Object> repEvidence = new LinkedHashMap<>();
      Media rep = media.get(seed);
      repEvidence.put("reason", rep.video() ? "longest video" : "largest image");
      // What the choice was made on, so a reviewer can check it without opening the media.
      if (rep.video()) {
        repEvidence.put("seconds", rep.durationSeconds());
      } else if (rep.pixels() > 0) {
        repEvidence.put("pixels", rep.pixels());
      }
      members.add(
          new Tape.Member(
              media.get(seed), "representative", Tape.Join.REPRESENTATIVE, repEvidence));
      addTwins(members, seed, seed, twins, Tape.Join.DIRECT);
      Map<Integer, Edge> direct = new LinkedHashMap<>();
      for (Edge e : byWeight(incident.get(seed))) {
        int other = canonicalOf(e.other(seed), canonical);
        if (inGroup.contains(other) && !placed.contains(other) && joinable(e, other)) {
          direct.putIfAbsent(other, e);
        }
      }
      for (Map.Entry<Integer, Edge> d : direct.entrySet()) {
        int m = d.getKey();
        placed.add(m);
        members.add(
            new Tape.Member(
                media.get(m),
                relation(d.getValue(), m),
                Tape.Join.DIRECT,
                d.getValue().evidence()));
        addTwins(members, m, seed, twins, Tape.Join.DIRECT);
      }
      for (Map.Entry<Integer, Edge> d : direct.entrySet()) {
        viaMember(seed, d.getKey(), d.getValue(), inGroup, canonical, twins, placed, members);
      }
      out.add(members);
    }
    return out;
  }

  /**
   * Adds what joins through member {@code m} (matched to {@code seed} by {@code toSeed}) and whose
   * pair with the representative was not refused: ordinary pictures whose distance to {@code m} and
   * {@code m}'s to the representative add up to no more than the smaller threshold (then they are
   * within it of the representative); otherwise pictures whose pixels, aligned through {@code m},
   * agree with the representative's (the pixel comparison low-information pictures need anyway).
   */
  private void viaMember(
      int seed,
      int m,
      Edge toSeed,
      Set<Integer> inGroup,
      Map<String, Integer> canonical,
      Map<Integer, List<Integer>> twins,
      Set<Integer> placed,
      List<Tape.Member> members) {
    joinStills(seed, m, inGroup, canonical, twins, placed, members);
    if (media.get(m).video()) {
      wholeCopiesOf(seed, m, inGroup, canonical, twins, placed, members);
      return;
    }
    OptionalDistance first = OptionalDistance.of(toSeed);
    if (first == null) {
      return;
    }
    for (Edge e : byWeight(incident.get(m))) {
      int x = canonicalOf(e.other(m), canonical);
      OptionalDistance second = OptionalDistance.of(e);
      if (second == null
          || !inGroup.contains(x)
          || placed.contains(x)
          || refused.contains(key(x, seed))) {
        continue;
      }
      Map<String, Object> ev = new LinkedHashMap<>(e.evidence());
      ev.put("via", media.get(m).sha256());
      int chain = first.distance() + second.distance();
      if (ordinary.test(seed)
          && ordinary.test(m)
          && ordinary.test(x)
          && chain <= Math.min(first.threshold(), second.threshold())) {
        ev.put("chainDistance", chain);
      } else {
        // Beyond the threshold, or a low-information picture: the pixels, aligned through the
        // member, must agree with the representative's.
        Map<String, Object> pixels =
            through == null
                ? null
                : through.verify(
                    x, e.viewOf(x), e.viewOf(m), m, toSeed.viewOf(m), toSeed.viewOf(seed), seed);
        if (pixels == null) {
          continue;
        }
        ev.put("againstRepresentative", pixels);
      }
      placed.add(x);
      members.add(new Tape.Member(media.get(x), relation(e, x), Tape.Join.VIA_MEMBER, ev));
      addTwins(members, x, seed, twins, Tape.Join.VIA_MEMBER);
    }
  }

  /**
   * A video aligned over nearly all of its frames and nearly all of member {@code m}'s is the same
   * footage as {@code m}, which joined the representative on its own evidence: it joins too. The
   * test vectors' pattern clip with a large drawn face matched every copy of the pattern clip frame
   * for frame but not its longest copy, which the others matched only over their span; the clip
   * stayed a recording of its own. Only whole copies: a video matching a member over a part of it
   * could be another recording sharing that part, which is what chaining would get wrong.
   */
  private void wholeCopiesOf(
      int seed,
      int m,
      Set<Integer> inGroup,
      Map<String, Integer> canonical,
      Map<Integer, List<Integer>> twins,
      Set<Integer> placed,
      List<Tape.Member> members) {
    for (Edge e : byWeight(incident.get(m))) {
      int x = canonicalOf(e.other(m), canonical);
      if (!wholeCopy(e)
          || !inGroup.contains(x)
          || placed.contains(x)
          || compilations.contains(x)
          || refused.contains(key(x, seed))) {
        continue;
      }
      Map<String, Object> ev = new LinkedHashMap<>(e.evidence());
      ev.put("via", media.get(m).sha256());
      placed.add(x);
      members.add(new Tape.Member(media.get(x), relation(e, x), Tape.Join.VIA_MEMBER, ev));
      addTwins(members, x, seed, twins, Tape.Join.VIA_MEMBER);
    }
  }

  /** The share of each video's frames two whole copies of one footage align over. */
  static final double WHOLE_COPY_SHARE = 0.9;

  private static boolean wholeCopy(Edge e) {
    return e.kind() == Edge.Kind.SYMMETRIC
        && e.evidence().get("matchedFrameShare") instanceof Double a
        && a >= WHOLE_COPY_SHARE
        && e.evidence().get("otherFrameShare") instanceof Double b
        && b >= WHOLE_COPY_SHARE;
  }

  /**
   * Adds the still images whose best video is member {@code video}: a still is one of the video's
   * frames, and the video is aligned in time with the representative.
   */
  private void joinStills(
      int seed,
      int video,
      Set<Integer> inGroup,
      Map<String, Integer> canonical,
      Map<Integer, List<Integer>> twins,
      Set<Integer> placed,
      List<Tape.Member> members) {
    if (!media.get(video).video()) {
      return;
    }
    for (Edge e : byWeight(incident.get(video))) {
      if (e.kind() != Edge.Kind.STILL || e.a() != video || !e.equals(bestStill.get(e.b()))) {
        continue;
      }
      int still = canonicalOf(e.b(), canonical);
      if (!inGroup.contains(still) || !placed.add(still)) {
        continue;
      }
      Map<String, Object> ev = new LinkedHashMap<>(e.evidence());
      ev.put("via", media.get(video).sha256());
      members.add(new Tape.Member(media.get(still), e.relation(), Tape.Join.VIA_MEMBER, ev));
      addTwins(members, still, seed, twins, Tape.Join.VIA_MEMBER);
    }
  }

  /** Distance and threshold of a picture-to-picture edge; null for any other edge. */
  private record OptionalDistance(int distance, int threshold) {
    static OptionalDistance of(Edge e) {
      if (e.kind() != Edge.Kind.SYMMETRIC
          || !(e.evidence().get("distance") instanceof Integer d)
          || !(e.evidence().get("threshold") instanceof Integer t)) {
        return null;
      }
      return new OptionalDistance(d, t);
    }
  }

  /**
   * Whether edge {@code e} may bring {@code other} in: not a compilation, a still only to its
   * video.
   */
  private boolean joinable(Edge e, int other) {
    if (compilations.contains(other)) {
      return false;
    }
    return e.kind() != Edge.Kind.STILL || e.equals(bestStill.get(e.b()));
  }

  private void addTwins(
      List<Tape.Member> members,
      int of,
      int seed,
      Map<Integer, List<Integer>> twins,
      Tape.Join join) {
    for (int t : twins.getOrDefault(of, List.of())) {
      Map<String, Object> ev = new LinkedHashMap<>();
      ev.put("sha256", media.get(t).sha256());
      if (of != seed) {
        ev.put("sameBytesAsItem", media.get(of).item());
      }
      members.add(new Tape.Member(media.get(t), "identical", join, ev));
    }
  }

  private static int canonicalOf(int i, Map<String, Integer> canonical, List<Media> media) {
    return canonical.getOrDefault(media.get(i).sha256(), i);
  }

  private int canonicalOf(int i, Map<String, Integer> canonical) {
    return canonicalOf(i, canonical, media);
  }

  private long key(int a, int b) {
    long n = media.size();
    return Math.min(a, b) * n + Math.max(a, b);
  }

  private static List<Edge> byWeight(List<Edge> edges) {
    List<Edge> out = new ArrayList<>(edges);
    out.sort(Comparator.comparingDouble(Edge::weight).reversed());
    return out;
  }

  static String relation(Edge e, int member) {
    if (e.kind() == Edge.Kind.SYMMETRIC) {
      return e.relation();
    }
    // The member holds its neighbour (a longer cut, or a video with that still): it still shares
    // content with the group, which "excerpt" says with the offsets in the evidence.
    return member == e.b() ? e.relation() : "excerpt";
  }
}
