package org.okju.fingerprint.video;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.okju.fingerprint.LumaSource;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqResult;
import org.okju.fingerprint.PdqScratch;

/**
 * vPDQ: the PDQ hash of every selected frame of a video, bit-exact with Meta's C++ {@code
 * vpdq-hash-video} ({@code vpdq/cpp/vpdq/cpp/hashing/filehasher.cpp}, {@code ffmpegwrapper.cpp},
 * {@code hasher.h}, {@code pdqbufferhasher.cpp} in facebook/ThreatExchange).
 *
 * <p>Frames are decoded in-process with FFmpeg (bytedeco), numbered from 0 in decoder output order,
 * selected by {@link VpdqOptions#secondsPerHash()}, converted to RGB24 by swscale with area
 * averaging (at native size or {@code N x N}), and hashed with {@link PdqHasher#hashRgb24}. The
 * timestamp is {@code frameNumber / frameRate} in single precision, the frame rate being the
 * stream's average frame rate (or its real base rate when the average is unknown).
 *
 * <p>Known, deliberate differences from the reference, none of which affects its published vectors:
 * the decoder is always drained at end of file (the reference drains only when the video is stream
 * 0, because its end-of-file packet is blank and so carries stream index 0; for other files it
 * drops the last few reordered frames); a mid-stream change of frame size or pixel format gets a
 * new scaler (the reference keeps its first); text files, which FFmpeg would open as ANSI art, are
 * rejected. As in the reference, a packet the decoder rejects (typically the cut-off last packet of
 * a truncated file) fails the whole video.
 *
 * <p>Stateless and thread-safe: every call opens its own decoder and frees all native resources
 * before returning, whether it succeeds or throws. Each call decodes on the calling thread and
 * hashes on one helper thread, so a call keeps about two cores busy.
 */
public final class VpdqHasher {
  /** The reference refuses to hash frames smaller than this on either side. */
  static final int MIN_HASHABLE_DIMENSION = 5;

  private static final int BUFFERS = 4;
  private static final int DECODER_THREADS = 2;

  private final PdqHasher pdq = new PdqHasher();

  /** Hashes every frame of a video at native size. */
  public List<VpdqFrame> hash(Path video) throws VideoDecodeException {
    return hash(video, VpdqOptions.EVERY_FRAME);
  }

  /**
   * Receives each hashed frame with its pixels, on the hashing thread, in frame order: for signals
   * of one's own computed from the same decode (okju's copy signals). The luma source is valid only
   * during the call; an exception thrown here fails the video.
   */
  @FunctionalInterface
  public interface FrameListener {
    void frame(VpdqFrame frame, LumaSource luma);
  }

  /**
   * Hashes the frames of a video that the options select, in frame order.
   *
   * @throws VideoDecodeException if the file is missing, empty, not a video, has no decodable video
   *     stream, its frames are smaller than 5x5, or the decoder rejects its data. A file cut short
   *     is not an error: the frames before the cut are returned.
   */
  public List<VpdqFrame> hash(Path video, VpdqOptions options) throws VideoDecodeException {
    return hash(video, options, (frame, luma) -> {});
  }

  /**
   * As {@link #hash(Path, VpdqOptions)}, and hands every hashed frame's pixels to {@code listener}
   * on the hashing thread. The vPDQ output is the same as without a listener.
   */
  public List<VpdqFrame> hash(Path video, VpdqOptions options, FrameListener listener)
      throws VideoDecodeException {
    Objects.requireNonNull(listener, "listener");
    return hash(video, options, 1, (frame, luma, vpdq) -> listener.frame(frame, luma));
  }

  /** Receives hashed frames, including those between the vPDQ frames. */
  @FunctionalInterface
  public interface DenseFrameListener {
    /**
     * @param inVpdq whether the frame is one of the vPDQ output's frames
     */
    void frame(VpdqFrame frame, LumaSource luma, boolean inVpdq);
  }

  /**
   * As {@link #hash(Path, VpdqOptions, FrameListener)}, and also hashes about {@code
   * listenerFramesPerHash - 1} frames evenly spaced between consecutive vPDQ frames for the
   * listener only: copy detection needs frames closer together than one a second to align a copy
   * trimmed at a fraction of a second. The extra frames are those whose number is a multiple of the
   * largest divisor of the vPDQ frame step that is at most step / {@code listenerFramesPerHash}, so
   * every vPDQ frame is among them and the vPDQ output is unchanged.
   */
  public List<VpdqFrame> hash(
      Path video, VpdqOptions options, int listenerFramesPerHash, DenseFrameListener listener)
      throws VideoDecodeException {
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(video, "video");
    Objects.requireNonNull(options, "options");
    try (FfmpegVideo v =
        FfmpegVideo.open(video, options.downsampleFrameDimension(), DECODER_THREADS)) {
      if (v.width() < MIN_HASHABLE_DIMENSION || v.height() < MIN_HASHABLE_DIMENSION) {
        throw new VideoDecodeException(
            video,
            "frames of "
                + v.width()
                + "x"
                + v.height()
                + " are too small to hash (minimum "
                + MIN_HASHABLE_DIMENSION
                + "x"
                + MIN_HASHABLE_DIMENSION
                + ")");
      }
      long modulus = options.frameModulus(v.frameRate());
      long step = denseStep(modulus, listenerFramesPerHash);
      try (HashWorker worker =
          new HashWorker(v.width(), v.height(), v.frameRate(), modulus, listener)) {
        v.decode(step, (frameNumber, rgb, stride) -> worker.submit(frameNumber, rgb, stride));
        return worker.finish();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VideoDecodeException(video, "interrupted", e);
    }
  }

  /**
   * The largest divisor of {@code modulus} that is at most {@code modulus / parts} (at least 1).
   */
  static long denseStep(long modulus, int parts) {
    long limit = Math.max(1, modulus / Math.max(1, parts));
    for (long d = limit; d > 1; d--) {
      if (modulus % d == 0) {
        return d;
      }
    }
    return 1;
  }

  /** Hashes frames on a helper thread while the caller decodes the next ones. */
  private final class HashWorker implements AutoCloseable {
    private final int width;
    private final int height;
    private final double frameRate;
    private final int frameBytes;
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);
    private final BlockingQueue<Job> work = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final List<VpdqFrame> results = new ArrayList<>();
    private final Thread thread;
    private final long vpdqModulus;
    private final DenseFrameListener listener;
    private volatile RuntimeException failure;

    HashWorker(
        int width, int height, double frameRate, long vpdqModulus, DenseFrameListener listener) {
      this.vpdqModulus = vpdqModulus;
      this.listener = listener;
      this.width = width;
      this.height = height;
      this.frameRate = frameRate;
      this.frameBytes = Math.multiplyExact(width * 3, height);
      for (int i = 0; i < BUFFERS; i++) {
        free.add(new byte[frameBytes]);
      }
      thread = new Thread(this::run, "okju-vpdq-hash");
      thread.setDaemon(true);
      thread.start();
    }

    void submit(long frameNumber, org.bytedeco.javacpp.BytePointer rgb, int stride)
        throws InterruptedException {
      checkFailure();
      byte[] buf = free.take();
      if (stride == width * 3) {
        rgb.position(0).get(buf, 0, frameBytes);
      } else {
        for (int y = 0; y < height; y++) {
          rgb.position((long) y * stride).get(buf, y * width * 3, width * 3);
        }
        rgb.position(0);
      }
      work.put(new Job(frameNumber, buf));
    }

    List<VpdqFrame> finish() throws InterruptedException {
      work.put(Job.END);
      thread.join();
      checkFailure();
      return results;
    }

    private void checkFailure() {
      RuntimeException f = failure;
      if (f != null) {
        throw new IllegalStateException("hashing a frame failed: " + f.getMessage(), f);
      }
    }

    private void run() {
      PdqScratch scratch = new PdqScratch();
      try {
        while (true) {
          Job job = work.take();
          if (job == Job.END) {
            return;
          }
          PdqResult r = pdq.hashRgb24(job.rgb, width, height, width * 3, scratch);
          VpdqFrame frame =
              new VpdqFrame(
                  Math.toIntExact(job.frameNumber),
                  r,
                  VpdqFrame.timestamp(job.frameNumber, frameRate));
          boolean inVpdq = job.frameNumber % vpdqModulus == 0;
          if (inVpdq) {
            results.add(frame);
          }
          listener.frame(frame, LumaSource.rgb24(job.rgb, width, height, width * 3), inVpdq);
          free.put(job.rgb);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        failure = e;
        free.clear();
        // Unblock a producer waiting for a buffer; it will see the failure.
        free.offer(new byte[frameBytes]);
      }
    }

    @Override
    public void close() {
      if (thread.isAlive()) {
        thread.interrupt();
        try {
          thread.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /**
   * One frame handed to the hashing thread. A class, not a record: it carries a reusable buffer,
   * and {@link #END} is recognised by identity.
   */
  private static final class Job {
    static final Job END = new Job(-1, new byte[0]);

    final long frameNumber;
    final byte[] rgb;

    Job(long frameNumber, byte[] rgb) {
      this.frameNumber = frameNumber;
      this.rgb = rgb;
    }
  }
}
