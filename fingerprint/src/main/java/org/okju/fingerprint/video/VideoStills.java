package org.okju.fingerprint.video;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A few stills of a video, evenly spaced over its length, for a person who must look at it without
 * playing it (no motion, no sound): decoded with the same FFmpeg set-up as vPDQ and scaled down.
 *
 * <p>Stateless and thread-safe: each call opens its own decoder on the calling thread and frees it
 * before returning. The whole video is decoded (samples are taken every {@link #SECONDS_APART}
 * seconds), so a long video takes a while.
 */
public final class VideoStills {
  /** Seconds between the frames considered (the stills are chosen among them). */
  public static final double SECONDS_APART = 2.0;

  // Frames kept while decoding; past this every other one is dropped, so memory stays bounded.
  private static final int MAX_KEPT = 64;

  /**
   * Up to {@code count} stills evenly spaced over the video, each scaled so its longer side is at
   * most {@code maxSide} pixels.
   *
   * @throws VideoDecodeException when the video cannot be opened or decoded
   */
  public List<BufferedImage> sample(Path video, int count, int maxSide)
      throws VideoDecodeException {
    Objects.requireNonNull(video, "video");
    if (count < 1 || maxSide < 8) {
      throw new IllegalArgumentException("count >= 1 and maxSide >= 8: " + count + ", " + maxSide);
    }
    List<BufferedImage> kept = new ArrayList<>();
    try (FfmpegVideo v = FfmpegVideo.open(video, 0, 2)) {
      long modulus = Math.max(1, Math.round(v.frameRate() * SECONDS_APART));
      int w = v.width();
      int h = v.height();
      v.decode(
          modulus,
          (frameNumber, rgb, stride) -> {
            kept.add(scaled(rgb, stride, w, h, maxSide));
            if (kept.size() > MAX_KEPT) {
              for (int i = kept.size() - 1; i > 0; i -= 2) {
                kept.remove(i);
              }
            }
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VideoDecodeException(video, "interrupted", e);
    }
    if (kept.size() <= count) {
      return kept;
    }
    List<BufferedImage> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(
          kept.get(
              (int) Math.round(i * (kept.size() - 1) / (double) (count - 1 == 0 ? 1 : count - 1))));
    }
    return out;
  }

  // Nearest-neighbour scaling straight from the RGB24 buffer: the stills are blurred afterwards
  // for most viewers, and this avoids a full-size copy of every sampled frame.
  private static BufferedImage scaled(
      org.bytedeco.javacpp.BytePointer rgb, int stride, int w, int h, int maxSide) {
    double scale = Math.min(1.0, maxSide / (double) Math.max(w, h));
    int tw = Math.max(1, (int) Math.round(w * scale));
    int th = Math.max(1, (int) Math.round(h * scale));
    BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
    byte[] row = new byte[w * 3];
    int[] line = new int[tw];
    for (int y = 0; y < th; y++) {
      int sy = Math.min(h - 1, (int) (y / scale));
      rgb.position((long) sy * stride).get(row, 0, w * 3);
      for (int x = 0; x < tw; x++) {
        int sx = Math.min(w - 1, (int) (x / scale)) * 3;
        line[x] = ((row[sx] & 0xff) << 16) | ((row[sx + 1] & 0xff) << 8) | (row[sx + 2] & 0xff);
      }
      out.setRGB(0, y, tw, 1, line, 0, tw);
    }
    rgb.position(0);
    return out;
  }
}
