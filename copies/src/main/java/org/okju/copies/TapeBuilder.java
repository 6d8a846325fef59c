package org.okju.copies;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns decided edges into tapes. Groups are the connected components of the symmetric edges
 * (identical, re-encoded, transformed, trimmed), of excerpts and of stills; a compilation (a video
 * holding the content of two or more groups that are not otherwise connected) is not unioned, or it
 * would merge those groups: it joins each of them as a member instead.
 */
final class TapeBuilder {
  private final List<Media> media;
  private final List<Edge> edges;
  private final List<List<Edge>> incident;

  TapeBuilder(List<Media> media, List<Edge> edges) {
    this.media = media;
    this.edges = edges;
    this.incident = new ArrayList<>();
    for (int i = 0; i < media.size(); i++) {
      incident.add(new ArrayList<>());
    }
    for (Edge e : edges) {
      incident.get(e.a()).add(e);
      incident.get(e.b()).add(e);
    }
  }

  List<Tape> build() {
    Set<Integer> compilations = compilations();
    UnionFind groups = new UnionFind(media.size());
    for (Edge e : edges) {
      if (e.kind() == Edge.Kind.STILL || touches(e, compilations)) {
        continue;
      }
      groups.union(e.a(), e.b());
    }
    // A still joins the one video it matches best, so that a stray frame cannot bridge two tapes.
    Map<Integer, Edge> bestStill = new HashMap<>();
    for (Edge e : edges) {
      if (e.kind() == Edge.Kind.STILL && !compilations.contains(e.a())) {
        bestStill.merge(e.b(), e, (x, y) -> y.weight() > x.weight() ? y : x);
      }
    }
    bestStill.values().forEach(e -> groups.union(e.a(), e.b()));

    Map<Integer, List<Integer>> components = new TreeMap<>();
    for (int i = 0; i < media.size(); i++) {
      if (!compilations.contains(i)) {
        components.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(i);
      }
    }
    List<Tape> tapes = new ArrayList<>();
    List<List<Tape.Member>> unsorted = new ArrayList<>();
    for (List<Integer> component : components.values()) {
      Set<Integer> allowed = new HashSet<>(component);
      int rep = representative(component);
      List<Tape.Member> members = walk(rep, allowed);
      for (int c : compilations) {
        Edge link = bestLink(c, allowed);
        if (link != null) {
          Map<String, Object> ev = new LinkedHashMap<>(link.evidence());
          ev.put("contains", media.get(link.other(c)).sha256());
          members.add(new Tape.Member(media.get(c), "compilation", ev));
        }
      }
      unsorted.add(members);
    }
    unsorted.sort(Comparator.comparing(m -> m.get(0).media().sha256()));
    int n = 1;
    for (List<Tape.Member> members : unsorted) {
      List<Tape.Member> sorted = new ArrayList<>(members.subList(1, members.size()));
      sorted.sort(
          Comparator.comparing((Tape.Member m) -> m.media().sha256())
              .thenComparing(m -> m.media().item()));
      sorted.add(0, members.get(0));
      boolean video = sorted.stream().anyMatch(m -> m.media().video());
      tapes.add(new Tape(String.format("T-%03d", n++), video ? "video" : "image", sorted));
    }
    return tapes;
  }

  /**
   * Videos holding the content of two or more groups that stay apart without the video's own edges.
   */
  private Set<Integer> compilations() {
    Set<Integer> out = new HashSet<>();
    for (int v = 0; v < media.size(); v++) {
      List<Integer> held = new ArrayList<>();
      for (Edge e : incident.get(v)) {
        // A compilation holds whole tapes, or parts of them (a partial shared run either way).
        if (e.kind() == Edge.Kind.CONTAINS && (e.a() == v || e.partial())) {
          held.add(e.other(v));
        }
      }
      if (held.size() < 2) {
        continue;
      }
      UnionFind without = new UnionFind(media.size());
      for (Edge e : edges) {
        if (e.a() != v && e.b() != v) {
          without.union(e.a(), e.b());
        }
      }
      Set<Integer> roots = new HashSet<>();
      held.forEach(h -> roots.add(without.find(h)));
      if (roots.size() >= 2) {
        out.add(v);
      }
    }
    return out;
  }

  private static boolean touches(Edge e, Set<Integer> compilations) {
    return compilations.contains(e.a()) || compilations.contains(e.b());
  }

  private Edge bestLink(int compilation, Set<Integer> group) {
    Edge best = null;
    for (Edge e : incident.get(compilation)) {
      if (group.contains(e.other(compilation)) && (best == null || e.weight() > best.weight())) {
        best = e;
      }
    }
    return best;
  }

  // A video before any image, then the longest video; then the largest picture in pixels (a crop
  // or a downscale never stands for its original, however many bytes it was saved in), then the
  // largest file, then the lowest SHA-256 so the choice never depends on order.
  private int representative(List<Integer> component) {
    return component.stream()
        .max(
            Comparator.comparing((Integer i) -> media.get(i).video())
                .thenComparingDouble(i -> media.get(i).durationSeconds())
                .thenComparingLong(i -> media.get(i).pixels())
                .thenComparingLong(i -> media.get(i).size())
                .thenComparing(i -> media.get(i).sha256(), Comparator.reverseOrder()))
        .orElseThrow();
  }

  /** Breadth-first from the representative: each member's relation is its edge from the walk. */
  private List<Tape.Member> walk(int rep, Set<Integer> allowed) {
    List<Tape.Member> out = new ArrayList<>();
    Map<String, Object> repEvidence = new LinkedHashMap<>();
    repEvidence.put("reason", media.get(rep).video() ? "longest video" : "largest picture");
    if (media.get(rep).pixels() > 0) {
      repEvidence.put("pixels", media.get(rep).pixels());
    }
    out.add(new Tape.Member(media.get(rep), "representative", repEvidence));
    Set<Integer> seen = new HashSet<>(List.of(rep));
    // Same bytes as a member already placed: "identical" to it, whatever edge the walk took.
    Map<String, Integer> placed = new HashMap<>(Map.of(media.get(rep).sha256(), rep));
    Deque<Integer> queue = new ArrayDeque<>(List.of(rep));
    while (!queue.isEmpty()) {
      int from = queue.poll();
      List<Edge> next = new ArrayList<>(incident.get(from));
      next.sort(Comparator.comparingDouble(Edge::weight).reversed());
      for (Edge e : next) {
        int to = e.other(from);
        if (!allowed.contains(to) || !seen.add(to)) {
          continue;
        }
        Integer twin = placed.putIfAbsent(media.get(to).sha256(), to);
        if (twin != null) {
          Map<String, Object> ev = new LinkedHashMap<>();
          ev.put("sha256", media.get(to).sha256());
          if (twin != rep) {
            ev.put("sameBytesAsItem", media.get(twin).item());
          }
          out.add(new Tape.Member(media.get(to), "identical", ev));
          queue.add(to);
          continue;
        }
        Map<String, Object> ev = new LinkedHashMap<>(e.evidence());
        if (from != rep) {
          ev.put("via", media.get(from).sha256());
        }
        out.add(new Tape.Member(media.get(to), relation(e, to), ev));
        queue.add(to);
      }
    }
    return out;
  }

  private static String relation(Edge e, int member) {
    if (e.kind() == Edge.Kind.SYMMETRIC) {
      return e.relation();
    }
    // The member holds its neighbour (a longer cut, or a video with that still): it still shares
    // content with the group, which "excerpt" says with the offsets in the evidence.
    return member == e.b() ? e.relation() : "excerpt";
  }
}
