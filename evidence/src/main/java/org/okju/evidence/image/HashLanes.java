package org.okju.evidence.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The media's MD5 on one thread and its SHA-1 and SHA-256 on another, fed the same blocks in order
 * by the pass that reads them: on a busy machine each thread gets a share of the CPU, so the pass's
 * longest serial chain is one MD5 (about what {@code ewfverify} does) instead of all three hashes
 * and the decoding. Used by one pass thread; close it to stop the lanes.
 */
final class HashLanes implements AutoCloseable {
  /**
   * A block handed to both lanes. A class, not a record: the lanes recognise the end by identity
   * ({@link #END}), and a record's value equality and array component would invite comparing
   * contents.
   */
  private static final class Block {
    private final byte[] data;
    private final int length;
    private final AtomicInteger pending;

    Block(byte[] data, int length, AtomicInteger pending) {
      this.data = data;
      this.length = length;
      this.pending = pending;
    }

    byte[] data() {
      return data;
    }

    int length() {
      return length;
    }

    AtomicInteger pending() {
      return pending;
    }
  }

  private static final Block END = new Block(new byte[0], 0, new AtomicInteger());
  private static final int BUFFERS = 4;

  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
  private final BlockingQueue<Block> md5Lane = new ArrayBlockingQueue<>(BUFFERS + 1);
  private final BlockingQueue<Block> shaLane = new ArrayBlockingQueue<>(BUFFERS + 1);
  private final MessageDigest md5 = digest("MD5");
  private final MessageDigest sha1 = digest("SHA-1");
  private final MessageDigest sha256 = digest("SHA-256");
  private final Thread md5Thread;
  private final Thread shaThread;

  HashLanes(int blockSize) {
    for (int i = 0; i < BUFFERS; i++) {
      free.add(new byte[blockSize]);
    }
    md5Thread = lane(md5Lane, List.of(md5), "okju-image-md5");
    shaThread = lane(shaLane, List.of(sha1, sha256), "okju-image-sha");
  }

  /** A buffer to fill with the next block (waits until the lanes are done with one). */
  byte[] buffer() throws InterruptedException {
    return free.take();
  }

  /** Hands the first {@code length} bytes of {@code buffer} (from {@link #buffer}) to the lanes. */
  void submit(byte[] buffer, int length) throws InterruptedException {
    Block b = new Block(buffer, length, new AtomicInteger(2));
    md5Lane.put(b);
    shaLane.put(b);
  }

  /** Gives a buffer back unused. */
  void giveBack(byte[] buffer) {
    free.offer(buffer);
  }

  /** Waits for the lanes to hash every block submitted: MD5, SHA-1, SHA-256 as hex. */
  List<String> finish() throws InterruptedException {
    md5Lane.put(END);
    shaLane.put(END);
    md5Thread.join();
    shaThread.join();
    HexFormat hex = HexFormat.of();
    return List.of(
        hex.formatHex(md5.digest()), hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
  }

  @Override
  public void close() {
    md5Thread.interrupt();
    shaThread.interrupt();
    boolean interrupted = false;
    for (Thread t : List.of(md5Thread, shaThread)) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private Thread lane(BlockingQueue<Block> queue, List<MessageDigest> digests, String name) {
    Thread t =
        new Thread(
            () -> {
              try {
                for (Block b = queue.take(); b != END; b = queue.take()) {
                  for (MessageDigest d : digests) {
                    d.update(b.data(), 0, b.length());
                  }
                  if (b.pending().decrementAndGet() == 0) {
                    free.offer(b.data());
                  }
                }
              } catch (InterruptedException e) {
                // Stopped by close(): the pass was stopped or failed.
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static MessageDigest digest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has " + name, e);
    }
  }
}
