package org.okju.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.okju.fingerprint.Pdq256;

/**
 * Exact Hamming search by multi-index hashing (Norouzi, Punjani and Fleet, CVPR 2012): the 256 bits
 * are cut into {@code m} substrings of 16 to 24 bits (see {@link SubstringSplit}); for each
 * substring a bucket directory lists the ordinals of the hashes by that substring's value. A query
 * of radius {@code r} probes, in each substring table, every bucket within that table's probe
 * radius of the needle's substring, and checks the full 256-bit distance of each hash found there.
 * The pigeonhole principle guarantees every hash within {@code r} is found.
 *
 * <p>A hash can turn up in several tables; it is reported only by the first table whose probe would
 * find it (checked from its substrings), so no "seen" set is needed and a query allocates only its
 * results. When the probes would cost more than reading every hash (large radii, small indexes) the
 * query scans instead; both give the same answer.
 *
 * <p>Memory: 32 bytes per hash, 8 per id, 4 per hash and substring, plus {@code 4 * 2^width} per
 * substring for the directories (about 104 bytes a hash for 10M hashes at the default split).
 *
 * <p>Lives on the heap ({@link #build}) or memory-mapped from a file written by {@link #save}
 * ({@link #open}). Immutable and safe to query from many threads.
 */
public final class MultiIndexHashIndex implements HammingIndex {
  private final SubstringSplit split;
  private final MihStorage storage;
  private final boolean scanWhenCheaper;

  MultiIndexHashIndex(SubstringSplit split, MihStorage storage, boolean scanWhenCheaper) {
    this.split = split;
    this.storage = storage;
    this.scanWhenCheaper = scanWhenCheaper;
  }

  /** Builds an index over {@code hashes} with the split {@link #defaultSubstrings} picks. */
  public static MultiIndexHashIndex build(PackedHashes hashes) {
    return build(hashes, defaultSubstrings(hashes.size()));
  }

  /**
   * Builds an index over {@code hashes} (not copied) cut into {@code substrings} substrings.
   *
   * @throws IllegalArgumentException unless {@code 11 <= substrings <= 32}
   */
  public static MultiIndexHashIndex build(PackedHashes hashes, int substrings) {
    SubstringSplit split = new SubstringSplit(substrings);
    return new MultiIndexHashIndex(split, HeapMihStorage.build(hashes, split), true);
  }

  /**
   * The default number of substrings for {@code n} hashes: substrings about {@code log2(n)} bits
   * wide (16 to 22), so that a bucket holds about one hash. {@code okju bench index} compares
   * splits.
   */
  public static int defaultSubstrings(int n) {
    return SubstringSplit.defaultSubstrings(n);
  }

  /**
   * Maps an index file written by {@link #save}. The whole file is checksummed before use.
   *
   * @throws CorruptFileException when the file is truncated, not an index, or fails its checksum
   * @throws UnsupportedFormatVersionException when it was written by another format version
   * @throws IOException when it cannot be read
   */
  public static MultiIndexHashIndex open(Path file) throws IOException {
    return HammingIndexFile.open(file);
  }

  /**
   * Writes this index to {@code file} (versioned header, CRC-32C footer): to a temporary file
   * beside it first, synced, then renamed over {@code file} in one step, so readers see the old
   * file or the whole new one. The temporary file is deleted on failure.
   *
   * @throws IOException when writing fails
   */
  public void save(Path file) throws IOException {
    HammingIndexFile.write(this, file);
  }

  /**
   * Bytes the index data takes (hashes, ids, directories and substring tables), whether on the heap
   * or mapped.
   */
  public long dataBytes() {
    long n = size();
    long bytes = 40 * n;
    for (int t = 0; t < split.count(); t++) {
      bytes += 4 * ((1L << split.width(t)) + 1) + 4 * n;
    }
    return bytes;
  }

  /** Number of substrings the hashes are cut into. */
  public int substrings() {
    return split.count();
  }

  /**
   * The same index, probing for every radius up to 64 even where scanning would be cheaper: for
   * tests of the probe path.
   */
  MultiIndexHashIndex probeOnly() {
    return new MultiIndexHashIndex(split, storage, false);
  }

  SubstringSplit split() {
    return split;
  }

  MihStorage storage() {
    return storage;
  }

  @Override
  public int size() {
    return storage.size();
  }

  @Override
  public Pdq256 hash(int ordinal) {
    Objects.checkIndex(ordinal, size());
    return Pdq256.ofWords(
        storage.word(ordinal, 0),
        storage.word(ordinal, 1),
        storage.word(ordinal, 2),
        storage.word(ordinal, 3));
  }

  @Override
  public long id(int ordinal) {
    Objects.checkIndex(ordinal, size());
    return storage.id(ordinal);
  }

  @Override
  public List<HammingMatch> query(Pdq256 needle, int maxDistance) {
    HammingIndex.checkRadius(maxDistance);
    List<HammingMatch> out =
        probingCosts(maxDistance)
            ? scan(needle, maxDistance)
            : probe(needle, maxDistance, Integer.MAX_VALUE);
    Collections.sort(out);
    return out;
  }

  /**
   * Hashes within {@code maxDistance} that also lie within {@code maxProbeRadius} of the needle on
   * at least one substring: the exact query with each table's probe radius capped. Cheaper by
   * orders of magnitude at large radii (a table's probes grow as {@code width^radius}) and still
   * finds most neighbours, because {@code d} differing bits spread over {@code m} substrings rarely
   * crowd into every one; it misses those that do, so it suits callers that get several chances
   * (many views of one picture), not a caller that needs every hash. With {@code maxProbeRadius} at
   * least the exact probe radius it is the exact query. Sorted like {@link #query}.
   */
  public List<HammingMatch> queryApproximate(Pdq256 needle, int maxDistance, int maxProbeRadius) {
    HammingIndex.checkRadius(maxDistance);
    if (maxProbeRadius < 0) {
      throw new IllegalArgumentException("probe radius " + maxProbeRadius + " < 0");
    }
    List<HammingMatch> out = probe(needle, maxDistance, maxProbeRadius);
    Collections.sort(out);
    return out;
  }

  /**
   * Whether probing would cost more than scanning. A probe or a candidate is a random memory access
   * (counted 2 and 1); a scanned hash is a sequential read, about 8 times cheaper.
   */
  private boolean probingCosts(int r) {
    if (!scanWhenCheaper) {
      return r > 64;
    }
    double probes = split.probes(r);
    return probes > 1e7 || 2 * probes + split.expectedCandidates(r, size()) > size() / 8.0;
  }

  private List<HammingMatch> scan(Pdq256 needle, int r) {
    long q0 = needle.word(0);
    long q1 = needle.word(1);
    long q2 = needle.word(2);
    long q3 = needle.word(3);
    List<HammingMatch> out = new ArrayList<>();
    int n = size();
    for (int o = 0; o < n; o++) {
      int d = storage.distance(o, q0, q1, q2, q3);
      if (d <= r) {
        out.add(new HammingMatch(o, storage.id(o), d));
      }
    }
    return out;
  }

  private List<HammingMatch> probe(Pdq256 needle, int r, int maxProbeRadius) {
    long q0 = needle.word(0);
    long q1 = needle.word(1);
    long q2 = needle.word(2);
    long q3 = needle.word(3);
    int m = split.count();
    int[] keys = new int[m];
    int[] radii = new int[m];
    for (int t = 0; t < m; t++) {
      keys[t] = split.key(t, q0, q1, q2, q3);
      radii[t] = Math.min(split.radius(t, r), maxProbeRadius);
    }
    List<HammingMatch> out = new ArrayList<>();
    for (int t = 0; t < m; t++) {
      if (radii[t] < 0) {
        continue;
      }
      int key = keys[t];
      for (int mask : split.masks(split.width(t), radii[t])) {
        int bucket = key ^ mask;
        int end = storage.bucketStart(t, bucket + 1);
        for (int p = storage.bucketStart(t, bucket); p < end; p++) {
          int o = storage.ordinalAt(t, p);
          int d = storage.distance(o, q0, q1, q2, q3);
          if (d <= r && foundFirstBy(t, o, keys, radii)) {
            out.add(new HammingMatch(o, storage.id(o), d));
          }
        }
      }
    }
    return out;
  }

  /** Whether no table before {@code t} probes the bucket that holds {@code ordinal}. */
  private boolean foundFirstBy(int t, int ordinal, int[] keys, int[] radii) {
    long w0 = storage.word(ordinal, 0);
    long w1 = storage.word(ordinal, 1);
    long w2 = storage.word(ordinal, 2);
    long w3 = storage.word(ordinal, 3);
    for (int i = 0; i < t; i++) {
      if (radii[i] >= 0 && Integer.bitCount(split.key(i, w0, w1, w2, w3) ^ keys[i]) <= radii[i]) {
        return false;
      }
    }
    return true;
  }
}
