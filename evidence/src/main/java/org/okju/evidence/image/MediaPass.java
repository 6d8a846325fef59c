package org.okju.evidence.image;

import java.util.function.LongConsumer;

/**
 * The one read of an image's media from start to end (its hashes and {@code ewfverify}'s check, see
 * {@link MediaDigester}) on a thread of its own, while the image's files are read out of the same
 * media: the file readers that follow it take the chunks it decoded (see {@link
 * ImageMedia#readLeading}), so that each chunk of an EWF image is inflated and checked once. Stop
 * it, or wait for its end, before the image is closed.
 */
public final class MediaPass {
  private final Thread thread;
  private volatile MediaDigest digest;
  private volatile Throwable failure;

  private MediaPass(
      ImageMedia media, EwfStoredHashes stored, LongConsumer progress, MediaSink sink) {
    media.passStarted(0); // before any reader can run ahead of the thread's first read
    this.thread =
        new Thread(
            () -> {
              try {
                digest = MediaDigester.digest(media, stored, progress, sink);
              } catch (InterruptedException e) {
                failure = e;
              } catch (RuntimeException | Error e) {
                failure = e;
              } finally {
                media.passEnded();
              }
            },
            "okju-image-pass");
    thread.setDaemon(true);
  }

  static MediaPass start(
      ImageMedia media, EwfStoredHashes stored, LongConsumer progress, MediaSink sink) {
    MediaPass pass = new MediaPass(media, stored, progress, sink);
    pass.thread.start();
    return pass;
  }

  /**
   * Waits for the pass to reach the end of the media (or the place it could not read past).
   *
   * @throws InterruptedException when the wait or the pass itself was stopped
   */
  public MediaDigest await() throws InterruptedException {
    thread.join();
    Throwable f = failure;
    if (f instanceof InterruptedException e) {
      throw e;
    }
    if (f instanceof RuntimeException e) {
      throw e;
    }
    if (f instanceof Error e) {
      throw e;
    }
    return digest;
  }

  /** Stops the pass and waits until its thread no longer reads the media. */
  public void stop() {
    thread.interrupt();
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
