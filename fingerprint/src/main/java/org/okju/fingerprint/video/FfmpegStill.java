package org.okju.fingerprint.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.Objects;
import org.bytedeco.javacpp.BytePointer;

/**
 * Decodes a still picture in a format ImageIO has no reader for (JPEG 2000, OpenEXR, DPX, QOI, PCX,
 * SGI, Targa, XWD, the portable anymaps, Photoshop's composite) with the FFmpeg that decodes
 * videos, so that such a picture on a seized drive is fingerprinted, not passed over.
 *
 * <p>Only FFmpeg's image demuxers are accepted: a video or a sound file is not a still, and FFmpeg
 * would open a text file as ANSI art. The frame is converted to 8-bit RGB as a video frame is
 * (swscale, no resizing), then handed over as an ordinary {@link BufferedImage}. No published PDQ
 * reference hashes these formats, so there is nothing to be bit-exact with; the same file always
 * gives the same pixels.
 *
 * <p>Stateless and thread-safe: each call opens its own decoder on the calling thread.
 */
public final class FfmpegStill {
  private FfmpegStill() {}

  /**
   * The first (for these formats, only) picture of {@code file}, refused above {@code maxPixels}.
   *
   * @throws VideoDecodeException when FFmpeg cannot read the file as a still picture
   */
  public static BufferedImage decode(Path file, long maxPixels) throws VideoDecodeException {
    Objects.requireNonNull(file, "file");
    try (FfmpegVideo v = FfmpegVideo.open(file, 0, 1)) {
      if (!isImageDemuxer(v.demuxer())) {
        throw new VideoDecodeException(
            file, "not a still picture (FFmpeg reads it as " + v.demuxer() + ")");
      }
      long pixels = (long) v.width() * v.height();
      if (pixels > maxPixels) {
        throw new VideoDecodeException(
            file,
            "image of "
                + v.width()
                + "x"
                + v.height()
                + " pixels is over the limit of "
                + maxPixels);
      }
      BufferedImage image = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_3BYTE_BGR);
      byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
      boolean decoded = v.decodeFirst((frameNumber, rgb, stride) -> toBgr(rgb, stride, v, bgr));
      if (!decoded) {
        throw new VideoDecodeException(file, "no picture could be decoded");
      }
      return image;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VideoDecodeException(file, "interrupted", e);
    }
  }

  // FFmpeg names its single-picture demuxers "<codec>_pipe" when it probes the content and
  // "image2" when it goes by a picture's file extension; "ico" holds one or more icons.
  static boolean isImageDemuxer(String demuxer) {
    return demuxer.endsWith("_pipe") || demuxer.equals("image2") || demuxer.equals("ico");
  }

  private static void toBgr(BytePointer rgb, int stride, FfmpegVideo v, byte[] bgr) {
    int w = v.width();
    byte[] row = new byte[w * 3];
    for (int y = 0; y < v.height(); y++) {
      rgb.position((long) y * stride).get(row, 0, row.length);
      int o = y * w * 3;
      for (int x = 0; x < row.length; x += 3) {
        bgr[o + x] = row[x + 2];
        bgr[o + x + 1] = row[x + 1];
        bgr[o + x + 2] = row[x];
      }
    }
    rgb.position(0);
  }
}
