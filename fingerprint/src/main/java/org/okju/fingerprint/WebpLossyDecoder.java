package org.okju.fingerprint;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_WEBP;
import static org.bytedeco.ffmpeg.global.avcodec.av_new_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVA420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Lossy WebP (VP8) decoded the way libwebp does it, so that hashes equal those of tools built on
 * libwebp (ImageMagick, and through it the C++ PDQ tool): FFmpeg's VP8 decoder gives the normative
 * YUV planes (RFC 6386 defines them exactly), and {@link WebpFancyUpsampler} converts them to RGB
 * as libwebp's default output does. Lossless WebP (VP8L) is exact in any decoder and is left to
 * ImageIO.
 *
 * <p>Thread-safe: every call uses its own decoder.
 */
final class WebpLossyDecoder {
  /** WebP's own limit on each side. */
  private static final int MAX_SIDE = 16383;

  static {
    av_log_set_level(AV_LOG_FATAL);
  }

  private WebpLossyDecoder() {}

  /**
   * Decodes the bytes of a WebP file (read whole: ingest and the web monitor decode from memory);
   * {@code file} names it in exceptions only. An extended (VP8X) file whose image turns out to be
   * lossless is reported as not handled by returning null.
   */
  static BufferedImage decode(byte[] bytes, Path file) throws ImageDecodeException {
    if (WebpHeader.ascii(bytes, 12, "VP8X") && !containsLossyChunk(bytes)) {
      return null;
    }
    AVCodec codec = avcodec_find_decoder(AV_CODEC_ID_WEBP);
    AVCodecContext ctx = avcodec_alloc_context3(codec);
    AVPacket packet = av_packet_alloc();
    AVFrame frame = av_frame_alloc();
    try {
      if (ctx == null || packet == null || frame == null) {
        throw new ImageDecodeException(file, "out of native memory", null);
      }
      if (avcodec_open2(ctx, codec, (AVDictionary) null) < 0) {
        throw new ImageDecodeException(file, "cannot open the WebP decoder", null);
      }
      if (av_new_packet(packet, bytes.length) < 0) {
        throw new ImageDecodeException(file, "out of native memory", null);
      }
      packet.data().put(bytes, 0, bytes.length);
      if (avcodec_send_packet(ctx, packet) < 0 || avcodec_receive_frame(ctx, frame) < 0) {
        throw new ImageDecodeException(file, "corrupt or truncated image (WebP)", null);
      }
      int format = frame.format();
      if (format != AV_PIX_FMT_YUV420P && format != AV_PIX_FMT_YUVA420P) {
        return null;
      }
      return toImage(file, frame);
    } finally {
      av_frame_free(frame);
      av_packet_free(packet);
      avcodec_free_context(ctx);
    }
  }

  private static BufferedImage toImage(Path file, AVFrame frame) throws ImageDecodeException {
    int w = frame.width();
    int h = frame.height();
    if (w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE) {
      throw new ImageDecodeException(file, "invalid WebP size " + w + "x" + h, null);
    }
    int uvW = (w + 1) / 2;
    int uvH = (h + 1) / 2;
    byte[] y = plane(frame, 0, w, h);
    byte[] u = plane(frame, 1, uvW, uvH);
    byte[] v = plane(frame, 2, uvW, uvH);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    WebpFancyUpsampler.toBgr(y, w, u, v, uvW, w, h, bgr);
    return image;
  }

  private static byte[] plane(AVFrame frame, int index, int width, int height) {
    byte[] out = new byte[width * height];
    int stride = frame.linesize(index);
    var data = frame.data(index);
    for (int row = 0; row < height; row++) {
      data.position((long) row * stride).get(out, row * width, width);
    }
    data.position(0);
    return out;
  }

  private static boolean containsLossyChunk(byte[] b) {
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    int at = 12;
    while (at + 8 <= b.length) {
      boolean lossy = WebpHeader.ascii(b, at, "VP8 ");
      long size = Integer.toUnsignedLong(buf.getInt(at + 4));
      if (lossy) {
        return true;
      }
      at += 8 + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - 16L);
      if (at < 0) {
        return false;
      }
    }
    return false;
  }
}
