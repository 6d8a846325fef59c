package org.okju.index;

import java.nio.IntBuffer;
import java.nio.LongBuffer;

/**
 * {@link MihStorage} over views of a memory-mapped index file (see {@link HammingIndexFile}): the
 * operating system pages the data in on demand and shares it between processes. The mapping is
 * released when this object is garbage collected (Java 17 has no explicit unmap).
 */
final class MappedMihStorage implements MihStorage {
  private final LongBuffer words;
  private final LongBuffer ids;
  private final IntBuffer[] starts;
  private final IntBuffer[] ordinals;
  private final int size;

  MappedMihStorage(LongBuffer words, LongBuffer ids, IntBuffer[] starts, IntBuffer[] ordinals) {
    this.words = words;
    this.ids = ids;
    this.starts = starts;
    this.ordinals = ordinals;
    this.size = ids.capacity();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public long word(int ordinal, int w) {
    return words.get(4 * ordinal + w);
  }

  @Override
  public long id(int ordinal) {
    return ids.get(ordinal);
  }

  @Override
  public int bucketStart(int table, int key) {
    return starts[table].get(key);
  }

  @Override
  public int ordinalAt(int table, int position) {
    return ordinals[table].get(position);
  }

  @Override
  public int distance(int ordinal, long q0, long q1, long q2, long q3) {
    int b = 4 * ordinal;
    return Long.bitCount(words.get(b) ^ q0)
        + Long.bitCount(words.get(b + 1) ^ q1)
        + Long.bitCount(words.get(b + 2) ^ q2)
        + Long.bitCount(words.get(b + 3) ^ q3);
  }
}
