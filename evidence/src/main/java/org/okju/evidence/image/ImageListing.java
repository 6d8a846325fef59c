package org.okju.evidence.image;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * What The Sleuth Kit lists in an image: its partitions, every file (allocated and deleted, orphans
 * too) in file-system order, and the problems met. Also works out what the listing implies: which
 * deleted files' content lies in space now allocated to another file, and which stretches of the
 * image belong to no allocated file (what carving searches). Immutable; thread-safe.
 */
public final class ImageListing {
  private final List<Partition> partitions;
  private final List<ImageEntry> entries;
  private final List<ImageProblem> problems;
  private final IdentityHashMap<ImageEntry, Overwrite> overwrites = new IdentityHashMap<>();
  private final List<long[]> unallocated;

  ImageListing(
      List<Partition> partitions,
      List<ImageEntry> entries,
      List<ImageProblem> problems,
      long mediaSize) {
    this.partitions = List.copyOf(partitions);
    this.entries = List.copyOf(entries);
    this.problems = List.copyOf(problems);
    List<Owned> allocated = allocatedRuns(entries);
    long[] reach = reach(allocated);
    for (ImageEntry e : entries) {
      if (e.deleted() && e.kind() == ImageEntry.Kind.FILE) {
        overwrite(e, allocated, reach).ifPresent(o -> overwrites.put(e, o));
      }
    }
    this.unallocated = gaps(allocated, mediaSize);
  }

  /** The partitions, in table order ({@code p0} alone for an image without a table). */
  public List<Partition> partitions() {
    return partitions;
  }

  /** Every name listed, in the order The Sleuth Kit walked them. */
  public List<ImageEntry> entries() {
    return entries;
  }

  /** What went wrong while listing (per partition, or for the whole image). */
  public List<ImageProblem> problems() {
    return problems;
  }

  /** For a deleted file: how much of its content lies in allocated space, if any. */
  public Optional<Overwrite> overwrite(ImageEntry deleted) {
    return Optional.ofNullable(overwrites.get(deleted));
  }

  /**
   * The stretches of the media that no allocated file, directory or file-system structure The
   * Sleuth Kit names holds, as {@code {offset, length}} in media order: deleted files' content,
   * slack between partitions, never-used space.
   */
  public List<long[]> unallocated() {
    return unallocated;
  }

  private record Owned(long start, long end, String path) {}

  private static List<Owned> allocatedRuns(List<ImageEntry> entries) {
    List<Owned> out = new ArrayList<>();
    for (ImageEntry e : entries) {
      if (e.deleted()) {
        continue;
      }
      for (ByteRun r : e.runs()) {
        if (!r.fill() && r.length() > 0) {
          out.add(new Owned(r.imageOffset(), r.imageEnd(), e.imagePath()));
        }
      }
    }
    out.sort(Comparator.comparingLong(Owned::start));
    return out;
  }

  private static Optional<Overwrite> overwrite(
      ImageEntry deleted, List<Owned> allocated, long[] reach) {
    long total = 0;
    long hit = 0;
    String by = null;
    for (ByteRun r : deleted.runs()) {
      if (r.fill()) {
        continue;
      }
      total += r.length();
      for (int i = firstReaching(reach, r.imageOffset());
          i < allocated.size() && allocated.get(i).start() < r.imageEnd();
          i++) {
        Owned o = allocated.get(i);
        long overlap = Math.min(o.end(), r.imageEnd()) - Math.max(o.start(), r.imageOffset());
        if (overlap > 0) {
          hit += overlap;
          if (by == null) {
            by = o.path();
          }
        }
      }
    }
    return hit > 0 ? Optional.of(new Overwrite(Math.min(hit, total), total, by)) : Optional.empty();
  }

  // reach[i]: the furthest end among runs 0..i (runs of different entries may overlap: a directory
  // and the virtual $FAT1 …), so the runs that can reach past an offset start at a binary search.
  private static long[] reach(List<Owned> sorted) {
    long[] out = new long[sorted.size()];
    long max = Long.MIN_VALUE;
    for (int i = 0; i < out.length; i++) {
      max = Math.max(max, sorted.get(i).end());
      out[i] = max;
    }
    return out;
  }

  private static int firstReaching(long[] reach, long offset) {
    int lo = 0;
    int hi = reach.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (reach[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static List<long[]> gaps(List<Owned> allocated, long size) {
    List<long[]> out = new ArrayList<>();
    long at = 0;
    for (Owned o : allocated) {
      if (o.start() > at) {
        out.add(new long[] {at, Math.min(o.start(), size) - at});
      }
      at = Math.max(at, o.end());
      if (at >= size) {
        break;
      }
    }
    if (at < size) {
      out.add(new long[] {at, size - at});
    }
    out.removeIf(g -> g[1] <= 0);
    return List.copyOf(out);
  }
}
