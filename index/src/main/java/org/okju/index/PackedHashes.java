package org.okju.index;

import java.util.Arrays;
import org.okju.fingerprint.Pdq256;

/**
 * Hashes and their ids packed flat: four {@code long}s per hash (most significant word first, as
 * {@link Pdq256#word}) and one {@code long} id, with no object per hash. The input every index is
 * built from.
 *
 * <p>Immutable and thread-safe once built; the {@link Builder} is not thread-safe.
 */
public final class PackedHashes {
  private final long[] words;
  private final long[] ids;
  private final int size;

  private PackedHashes(long[] words, long[] ids, int size) {
    this.words = words;
    this.ids = ids;
    this.size = size;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder(1024);
  }

  /** A new builder sized for about {@code expected} hashes. */
  public static Builder builder(int expected) {
    return new Builder(Math.max(16, expected));
  }

  /** Number of hashes. */
  public int size() {
    return size;
  }

  /** Word {@code w} (0 = most significant) of the hash at {@code ordinal}. */
  public long word(int ordinal, int w) {
    return words[4 * ordinal + w];
  }

  /** The id stored with the hash at {@code ordinal}. */
  public long id(int ordinal) {
    return ids[ordinal];
  }

  /** The hash at {@code ordinal} as a value. */
  public Pdq256 hash(int ordinal) {
    int b = 4 * ordinal;
    return Pdq256.ofWords(words[b], words[b + 1], words[b + 2], words[b + 3]);
  }

  /** The backing words, not copied: for indexes in this package only. */
  long[] wordArray() {
    return words;
  }

  /** The backing ids, not copied: for indexes in this package only. */
  long[] idArray() {
    return ids;
  }

  /** Collects hashes in insertion order; {@link #build} trims and freezes them. */
  public static final class Builder {
    private long[] words;
    private long[] ids;
    private int size;

    private Builder(int capacity) {
      words = new long[4 * capacity];
      ids = new long[capacity];
    }

    /** Appends {@code hash} with {@code id}; its ordinal is the number of hashes added before. */
    public Builder add(Pdq256 hash, long id) {
      return add(hash.word(0), hash.word(1), hash.word(2), hash.word(3), id);
    }

    /** Appends a hash given as four words, most significant first. */
    public Builder add(long w0, long w1, long w2, long w3, long id) {
      if (size == ids.length) {
        if (size >= (Integer.MAX_VALUE - 8) / 4) {
          throw new IllegalStateException("too many hashes for one index: " + size);
        }
        int capacity = (int) Math.min((Integer.MAX_VALUE - 8) / 4, size * 3L / 2 + 16);
        words = Arrays.copyOf(words, 4 * capacity);
        ids = Arrays.copyOf(ids, capacity);
      }
      int b = 4 * size;
      words[b] = w0;
      words[b + 1] = w1;
      words[b + 2] = w2;
      words[b + 3] = w3;
      ids[size++] = id;
      return this;
    }

    /** Number of hashes added so far. */
    public int size() {
      return size;
    }

    /** The hashes added so far; the builder can go on collecting into new arrays. */
    public PackedHashes build() {
      return new PackedHashes(Arrays.copyOf(words, 4 * size), Arrays.copyOf(ids, size), size);
    }
  }
}
