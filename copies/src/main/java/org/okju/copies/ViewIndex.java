package org.okju.copies;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToIntFunction;
import java.util.function.Predicate;
import org.okju.index.MultiIndexHashIndex;
import org.okju.index.PackedHashes;

/**
 * A Hamming index over the chosen views of every media, with the way back from a match to its media
 * and view. Immutable; safe to query from many threads.
 */
final class ViewIndex {
  /** Where an indexed view came from. */
  record Owner(int media, Media.View view) {}

  private final MultiIndexHashIndex index;
  private final List<Owner> owners;

  private ViewIndex(MultiIndexHashIndex index, List<Owner> owners) {
    this.index = index;
    this.owners = owners;
  }

  static ViewIndex of(List<Media> media, Predicate<Media.View> indexed) {
    return of(media, indexed, n -> MultiIndexHashIndex.defaultSubstrings((int) n));
  }

  /** The same, split into {@code substrings(number of views indexed)} substring tables. */
  static ViewIndex of(
      List<Media> media, Predicate<Media.View> indexed, LongToIntFunction substrings) {
    PackedHashes.Builder b = PackedHashes.builder();
    List<Owner> owners = new ArrayList<>();
    for (int m = 0; m < media.size(); m++) {
      for (Media.View v : media.get(m).views()) {
        if (indexed.test(v)) {
          b.add(v.hash(), owners.size());
          owners.add(new Owner(m, v));
        }
      }
    }
    if (owners.isEmpty()) {
      return new ViewIndex(null, owners);
    }
    PackedHashes hashes = b.build();
    return new ViewIndex(
        MultiIndexHashIndex.build(hashes, substrings.applyAsInt(owners.size())), owners);
  }

  /** Number of views indexed. */
  int size() {
    return owners.size();
  }

  /**
   * Indexed views within {@code radius} of {@code needle}: all of them when {@code exact}, else
   * those the index's capped probes reach ({@link MultiIndexHashIndex#queryApproximate}).
   */
  List<Match> near(Media.View needle, int radius, boolean exact, int probeRadius) {
    if (index == null) {
      return List.of();
    }
    var found =
        exact
            ? index.query(needle.hash(), radius)
            : index.queryApproximate(needle.hash(), radius, probeRadius);
    List<Match> out = new ArrayList<>(found.size());
    found.forEach(m -> out.add(new Match(owners.get((int) m.id()), m.distance())));
    return out;
  }

  /** An indexed view found near a needle. */
  record Match(Owner owner, int distance) {}
}
