package org.okju.copies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Turns decided edges into tapes. Media connected by edges form candidate groups; each group is cut
 * into tapes by {@link StarCover}, so that every member has evidence against its tape's
 * representative (or, within the threshold, through one member) and nothing joins by a chain.
 * Evidence between media that end in different tapes is kept as {@link Tape.Related}. A compilation
 * (a video holding the content of two or more groups that are not otherwise connected) is not
 * grouped, or it would merge those groups: it joins each tape it holds as a member instead.
 * Reviewers' splits ({@link TapeSplits}) remove the edges across them first.
 */
final class TapeBuilder {
  private final List<Media> media;
  private final List<Edge> edges;
  private final Set<Long> refused;
  private final IntPredicate ordinary;
  private final StarCover.ThroughMember through;
  private final List<List<Edge>> incident;

  /**
   * @param refused pairs whose match the picture policy refused ({@link EdgeClassifier#refused})
   * @param ordinary whether a medium is an ordinary picture for the picture policy
   * @param through the pixel check of a low-information picture against a representative through a
   *     member ({@link EdgeClassifier#throughMember}); null for none
   */
  TapeBuilder(
      List<Media> media,
      List<Edge> edges,
      Set<Long> refused,
      IntPredicate ordinary,
      StarCover.ThroughMember through,
      TapeSplits splits) {
    this.media = media;
    this.edges =
        edges.stream()
            .filter(e -> !splits.separates(media.get(e.a()).item(), media.get(e.b()).item()))
            .toList();
    this.refused = refused;
    this.ordinary = ordinary;
    this.through = through;
    this.incident = new ArrayList<>();
    for (int i = 0; i < media.size(); i++) {
      incident.add(new ArrayList<>());
    }
    for (Edge e : this.edges) {
      incident.get(e.a()).add(e);
      incident.get(e.b()).add(e);
    }
  }

  TapeBuilder(List<Media> media, List<Edge> edges) {
    this(media, edges, Set.of(), i -> true, null, TapeSplits.NONE);
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
    StarCover cover =
        new StarCover(
            media,
            incident,
            refused,
            bestStill,
            compilations,
            ordinary,
            priority().reversed(),
            through);
    Map<Long, Integer> indexOfItem = new HashMap<>();
    if (!compilations.isEmpty()) {
      for (int i = 0; i < media.size(); i++) {
        indexOfItem.put(media.get(i).item(), i);
      }
    }
    List<List<Tape.Member>> unsorted = new ArrayList<>();
    for (List<Integer> component : components.values()) {
      for (List<Tape.Member> members : cover.tapes(component)) {
        addCompilations(members, compilations, indexOfItem);
        unsorted.add(members);
      }
    }
    unsorted.sort(Comparator.comparing(m -> m.get(0).media().sha256()));
    List<String> ids = new ArrayList<>();
    Map<Long, Integer> tapeOfItem = new HashMap<>();
    List<List<Tape.Member>> sortedMembers = new ArrayList<>();
    for (List<Tape.Member> members : unsorted) {
      int t = ids.size();
      ids.add(String.format("T-%03d", t + 1));
      List<Tape.Member> sorted = new ArrayList<>(members.subList(1, members.size()));
      sorted.sort(
          Comparator.comparing((Tape.Member m) -> m.media().sha256())
              .thenComparing(m -> m.media().item()));
      sorted.add(0, members.get(0));
      for (Tape.Member m : sorted) {
        if (m.join() != Tape.Join.COMPILATION) {
          tapeOfItem.put(m.media().item(), t);
        }
      }
      sortedMembers.add(sorted);
    }
    List<List<Tape.Related>> related = related(ids, tapeOfItem, compilations);
    List<Tape> tapes = new ArrayList<>();
    for (int t = 0; t < ids.size(); t++) {
      List<Tape.Member> sorted = sortedMembers.get(t);
      boolean video = sorted.stream().anyMatch(m -> m.media().video());
      tapes.add(new Tape(ids.get(t), video ? "video" : "image", sorted, related.get(t)));
    }
    return tapes;
  }

  /** A compilation joins every tape it has an edge into, on its strongest edge there. */
  private void addCompilations(
      List<Tape.Member> members, Set<Integer> compilations, Map<Long, Integer> indexOfItem) {
    if (compilations.isEmpty()) {
      return;
    }
    Set<Integer> allowed = new HashSet<>();
    members.forEach(m -> allowed.add(indexOfItem.get(m.media().item())));
    for (int c : compilations.stream().sorted().toList()) {
      Edge link = bestLink(c, allowed);
      if (link != null) {
        Map<String, Object> ev = new LinkedHashMap<>(link.evidence());
        ev.put("contains", media.get(link.other(c)).sha256());
        members.add(new Tape.Member(media.get(c), "compilation", Tape.Join.COMPILATION, ev));
      }
    }
  }

  /**
   * Per tape, the media with evidence against one of its members that are in another tape: the
   * strongest edge per (tape, medium), in the other medium's order.
   */
  private List<List<Tape.Related>> related(
      List<String> ids, Map<Long, Integer> tapeOfItem, Set<Integer> compilations) {
    List<Map<Integer, Edge>> best = new ArrayList<>();
    List<Map<Integer, Integer>> through = new ArrayList<>();
    for (int t = 0; t < ids.size(); t++) {
      best.add(new TreeMap<>());
      through.add(new HashMap<>());
    }
    for (Edge e : edges) {
      if (touches(e, compilations) || e.relation().equals("identical")) {
        continue;
      }
      Integer ta = tapeOfItem.get(media.get(e.a()).item());
      Integer tb = tapeOfItem.get(media.get(e.b()).item());
      if (ta == null || tb == null || ta.equals(tb)) {
        continue;
      }
      relate(best.get(ta), through.get(ta), e.b(), e.a(), e);
      relate(best.get(tb), through.get(tb), e.a(), e.b(), e);
    }
    List<List<Tape.Related>> out = new ArrayList<>();
    for (int t = 0; t < ids.size(); t++) {
      List<Tape.Related> list = new ArrayList<>();
      for (Map.Entry<Integer, Edge> r : best.get(t).entrySet()) {
        int other = r.getKey();
        int member = through.get(t).get(other);
        list.add(
            new Tape.Related(
                media.get(other),
                ids.get(tapeOfItem.get(media.get(other).item())),
                media.get(member),
                StarCover.relation(r.getValue(), other),
                r.getValue().evidence()));
      }
      out.add(list);
    }
    return out;
  }

  private static void relate(
      Map<Integer, Edge> best, Map<Integer, Integer> through, int other, int member, Edge e) {
    Edge known = best.get(other);
    if (known == null || e.weight() > known.weight()) {
      best.put(other, e);
      through.put(other, member);
    }
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

  /**
   * Representative order, least first: the longest video, else the largest picture (by pixels, then
   * by file size). The representative is every member's anchor, so it should be the copy the others
   * were made from: a resized, cropped or re-encoded copy is smaller, a noisy re-encode only a
   * larger file.
   */
  private Comparator<Integer> priority() {
    return Comparator.comparing((Integer i) -> media.get(i).video())
        .thenComparingDouble(i -> media.get(i).durationSeconds())
        .thenComparingLong(i -> pixels(media.get(i)))
        .thenComparingLong(i -> media.get(i).size())
        .thenComparing(i -> media.get(i).sha256(), Comparator.reverseOrder());
  }

  private static long pixels(Media m) {
    // The decoded size ingest recorded; else the picture profile's (cases from before it was kept).
    return m.pixels() > 0
        ? m.pixels()
        : m.profile().map(p -> (long) p.width() * p.height()).orElse(0L);
  }
}
