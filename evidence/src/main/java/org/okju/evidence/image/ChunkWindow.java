package org.okju.evidence.image;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The decoded chunks of an EWF image most recently decoded by the one sequential pass that hashes
 * the media, shared with the workers that read files out of the same image at the same time: a file
 * read in media order takes its chunks from here instead of inflating and checking them a second
 * time. A reader ahead of the pass waits for it (the pass never waits for a reader, so no reader
 * can hold it up); a reader that fell further behind than the window decodes for itself.
 * Thread-safe.
 */
final class ChunkWindow {
  /**
   * A decoded chunk; its array is never written after it is published, and a slot is never compared
   * or hashed (only its index is read), so the array component is safe here.
   */
  @SuppressWarnings("ArrayRecordComponent")
  private record Slot(long index, byte[] data) {}

  private static final long WAIT_MILLIS = 50;

  private final AtomicReferenceArray<Slot> slots;
  private final int mask;
  private final Object moved = new Object();
  private volatile long next;
  private volatile boolean leading;

  /** A window of at least {@code bytes} of chunks of {@code chunkSize} bytes. */
  ChunkWindow(long bytes, int chunkSize) {
    int wanted = (int) Math.max(4, Math.min(1 << 16, bytes / Math.max(1, chunkSize)));
    int size = Integer.highestOneBit(wanted - 1) << 1;
    this.slots = new AtomicReferenceArray<>(size);
    this.mask = size - 1;
  }

  /** The chunk {@code index} if it is in the window, else null. */
  byte[] get(long index) {
    Slot s = slots.get((int) (index & mask));
    return s != null && s.index() == index ? s.data() : null;
  }

  /** Whether a pass is running that has not yet decoded chunk {@code index}. */
  boolean ahead(long index) {
    return leading && index >= next;
  }

  /**
   * Waits until the pass has decoded chunk {@code index} or has ended. An interrupt ends the wait
   * early (the flag stays set): the reader then decodes the chunk itself.
   */
  void awaitPass(long index) {
    synchronized (moved) {
      while (leading && index >= next) {
        try {
          moved.wait(WAIT_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** The pass starts at chunk {@code first}: readers of chunks from there on wait for it. */
  void passStarted(long first) {
    next = first;
    leading = true;
  }

  /** The pass decoded chunk {@code index}: published for the readers that follow it. */
  void decoded(long index, byte[] data) {
    slots.set((int) (index & mask), new Slot(index, data));
    next = index + 1;
    // Readers wait at most WAIT_MILLIS; waking them every 64 chunks saves a lock per chunk.
    if ((index & 63) == 63) {
      synchronized (moved) {
        moved.notifyAll();
      }
    }
  }

  /** The pass ended (read to the end, failed or stopped): nobody waits for it any more. */
  void passEnded() {
    leading = false;
    synchronized (moved) {
      moved.notifyAll();
    }
  }
}
