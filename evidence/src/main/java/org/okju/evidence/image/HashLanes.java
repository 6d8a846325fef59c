package org.okju.evidence.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The media's MD5 on one thread and its SHA-1 and SHA-256 on another, fed the same blocks in order
 * by the pass that reads them: on a busy machine each thread gets a share of the CPU, so the pass's
 * longest serial chain is one MD5 (about what {@code ewfverify} does) instead of all three hashes
 * and the decoding. An optional third lane hands the same blocks to a {@link MediaSink} (the
 * carving spool), so that nothing else reads the media again. Used by one pass thread; close it to
 * stop the lanes.
 */
final class HashLanes implements AutoCloseable {
  /**
   * A block handed to both lanes. A class, not a record: the lanes recognise the end by identity
   * ({@link #END}), and a record's value equality and array component would invite comparing
   * contents.
   */
  private static final class Block {
    private final long position;
    private final byte[] data;
    private final int length;
    private final AtomicInteger pending;

    Block(long position, byte[] data, int length, AtomicInteger pending) {
      this.position = position;
      this.data = data;
      this.length = length;
      this.pending = pending;
    }

    long position() {
      return position;
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

  private static final Block END = new Block(0, new byte[0], 0, new AtomicInteger());
  private static final int BUFFERS = 4;

  private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
  private final BlockingQueue<Block> md5Lane = new ArrayBlockingQueue<>(BUFFERS + 1);
  private final BlockingQueue<Block> shaLane = new ArrayBlockingQueue<>(BUFFERS + 1);
  private final MessageDigest md5 = digest("MD5");
  private final MessageDigest sha1 = digest("SHA-1");
  private final MessageDigest sha256 = digest("SHA-256");
  private final List<BlockingQueue<Block>> queues;
  private final List<Thread> threads;
  private long submitted;

  HashLanes(int blockSize) {
    this(blockSize, null);
  }

  /** Lanes for the hashes and, when {@code sink} is not null, one more that feeds it. */
  HashLanes(int blockSize, MediaSink sink) {
    for (int i = 0; i < BUFFERS; i++) {
      free.add(new byte[blockSize]);
    }
    List<BlockingQueue<Block>> q = new ArrayList<>(List.of(md5Lane, shaLane));
    List<Thread> t = new ArrayList<>();
    t.add(lane(md5Lane, (p, b, n) -> md5.update(b, 0, n), "okju-image-md5"));
    t.add(
        lane(
            shaLane,
            (p, b, n) -> {
              sha1.update(b, 0, n);
              sha256.update(b, 0, n);
            },
            "okju-image-sha"));
    if (sink != null) {
      BlockingQueue<Block> sinkLane = new ArrayBlockingQueue<>(BUFFERS + 1);
      q.add(sinkLane);
      t.add(lane(sinkLane, sink, "okju-image-spool"));
    }
    this.queues = List.copyOf(q);
    this.threads = List.copyOf(t);
  }

  /** A buffer to fill with the next block (waits until the lanes are done with one). */
  byte[] buffer() throws InterruptedException {
    return free.take();
  }

  /** Hands the first {@code length} bytes of {@code buffer} (from {@link #buffer}) to the lanes. */
  void submit(byte[] buffer, int length) throws InterruptedException {
    Block b = new Block(submitted, buffer, length, new AtomicInteger(queues.size()));
    submitted += length;
    for (BlockingQueue<Block> q : queues) {
      q.put(b);
    }
  }

  /** Gives a buffer back unused. */
  void giveBack(byte[] buffer) {
    free.offer(buffer);
  }

  /** Waits for the lanes to hash every block submitted: MD5, SHA-1, SHA-256 as hex. */
  List<String> finish() throws InterruptedException {
    for (BlockingQueue<Block> q : queues) {
      q.put(END);
    }
    for (Thread t : threads) {
      t.join();
    }
    HexFormat hex = HexFormat.of();
    return List.of(
        hex.formatHex(md5.digest()), hex.formatHex(sha1.digest()), hex.formatHex(sha256.digest()));
  }

  @Override
  public void close() {
    threads.forEach(Thread::interrupt);
    boolean interrupted = false;
    for (Thread t : threads) {
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

  private Thread lane(BlockingQueue<Block> queue, MediaSink work, String name) {
    Thread t =
        new Thread(
            () -> {
              try {
                for (Block b = queue.take(); b != END; b = queue.take()) {
                  work.accept(b.position(), b.data(), b.length());
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
