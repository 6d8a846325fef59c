package org.okju.fingerprint.video;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_CAP_SLICE_THREADS;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_NONE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;
import static org.bytedeco.ffmpeg.global.swscale.SWS_AREA;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_isSupportedInput;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * One open video file: demuxer, decoder, scaler and the reused frames and packet. Mirrors {@code
 * vpdq/cpp/vpdq/cpp/hashing/ffmpegwrapper.cpp} (opening, stream choice, frame rate, scaler set-up)
 * and {@code filehasher.cpp} (the decode loop, frame numbering and selection).
 *
 * <p>Not thread-safe: one thread opens, decodes and closes it. {@link #close()} frees every native
 * resource and may be called on a partly opened instance.
 */
final class FfmpegVideo implements AutoCloseable {
  /** Receives each selected frame as RGB24; the buffer is only valid during the call. */
  interface FrameSink {
    void accept(long frameNumber, BytePointer rgb, int rowStride) throws InterruptedException;
  }

  private static final int EAGAIN = 11;
  private static final int FF_THREAD_SLICE = 2;

  static {
    // As the reference does when not verbose: only unrecoverable errors reach stderr. We report
    // failures through VideoDecodeException instead.
    av_log_set_level(AV_LOG_FATAL);
  }

  private final Path path;
  private AVFormatContext format;
  private AVCodecContext codec;
  private SwsContext sws;
  private AVFrame decoded;
  private AVFrame rgb;
  private AVPacket packet;
  private BytePointer rgbData;
  private int videoStream = -1;
  private double frameRate;
  private int width;
  private int height;
  private int swsSrcWidth;
  private int swsSrcHeight;
  private int swsSrcFormat = AV_PIX_FMT_NONE;
  private String demuxer = "";
  private boolean firstOnly;
  private boolean delivered;

  private FfmpegVideo(Path path) {
    this.path = path;
  }

  /**
   * Opens a video and prepares to scale its frames to RGB24 at native size or, when {@code
   * downsample > 0}, at {@code downsample x downsample}.
   */
  static FfmpegVideo open(Path path, int downsample, int decoderThreads)
      throws VideoDecodeException {
    checkFile(path);
    FfmpegVideo v = new FfmpegVideo(path);
    try {
      v.openStreams(decoderThreads);
      if (downsample > 0) {
        v.width = downsample;
        v.height = downsample;
      }
      v.allocateFrames();
      return v;
    } catch (VideoDecodeException | RuntimeException e) {
      v.close();
      throw e;
    }
  }

  private static void checkFile(Path path) throws VideoDecodeException {
    if (!Files.exists(path)) {
      throw new VideoDecodeException(path, "no such file");
    }
    if (!Files.isRegularFile(path)) {
      throw new VideoDecodeException(path, "not a regular file");
    }
    if (!Files.isReadable(path)) {
      throw new VideoDecodeException(path, "not readable");
    }
    try {
      if (Files.size(path) == 0) {
        throw new VideoDecodeException(path, "empty file (0 bytes)");
      }
    } catch (IOException e) {
      throw new VideoDecodeException(path, "cannot read: " + e.getMessage(), e);
    }
  }

  private void openStreams(int decoderThreads) throws VideoDecodeException {
    AVFormatContext ctx = new AVFormatContext(null);
    int ret = avformat_open_input(ctx, path.toString(), null, (AVDictionary) null);
    if (ret != 0) {
      throw fail("cannot open as a video (" + errorText(ret) + ")");
    }
    format = ctx;
    ret = avformat_find_stream_info(format, (PointerPointer<?>) null);
    if (ret < 0) {
      throw fail("cannot read stream information (" + errorText(ret) + ")");
    }
    demuxer = format.iformat() == null ? "" : format.iformat().name().getString();
    if ("tty".equals(demuxer)) {
      // FFmpeg "opens" any text file as ANSI art; that is never evidence video.
      throw fail("not a video (text file)");
    }
    for (int i = 0; i < format.nb_streams(); i++) {
      if (format.streams(i).codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
        videoStream = i;
        break;
      }
    }
    if (videoStream < 0) {
      throw fail("no video stream");
    }
    AVStream stream = format.streams(videoStream);
    AVCodecParameters par = stream.codecpar();
    width = par.width();
    height = par.height();
    if (width <= 0 || height <= 0) {
      throw fail("video stream has no frame size");
    }
    AVCodec decoder = avcodec_find_decoder(par.codec_id());
    if (decoder == null || decoder.isNull()) {
      throw fail("no decoder for the video codec (id " + par.codec_id() + ")");
    }
    codec = avcodec_alloc_context3(decoder);
    if (codec == null || codec.isNull()) {
      throw fail("cannot allocate a decoder");
    }
    if (avcodec_parameters_to_context(codec, par) < 0) {
      throw fail("cannot configure the decoder");
    }
    // As the reference: slice threads when the codec has them, else one thread. (Frame threads
    // would be faster on single-slice streams but report a damaged packet as a failed frame where
    // the reference's decoder conceals it, so truncated files would give different results.)
    if ((decoder.capabilities() & AV_CODEC_CAP_SLICE_THREADS) != 0) {
      codec.thread_type(FF_THREAD_SLICE);
      codec.thread_count(Math.max(1, decoderThreads));
    } else {
      codec.thread_count(1);
    }
    ret = avcodec_open2(codec, decoder, (AVDictionary) null);
    if (ret < 0) {
      throw fail("cannot open the decoder (" + errorText(ret) + ")");
    }
    AVRational rate = stream.avg_frame_rate();
    if (rate.num() == 0 || rate.den() == 0) {
      rate = stream.r_frame_rate();
    }
    frameRate = rate.den() == 0 ? 0 : (double) rate.num() / (double) rate.den();
    if (!(frameRate > 0) || Double.isInfinite(frameRate)) {
      throw fail("video frame rate is unknown or zero");
    }
  }

  private void allocateFrames() throws VideoDecodeException {
    packet = av_packet_alloc();
    decoded = av_frame_alloc();
    rgb = av_frame_alloc();
    if (packet == null || decoded == null || rgb == null) {
      throw fail("out of native memory");
    }
    rgb.format(AV_PIX_FMT_RGB24);
    rgb.width(width);
    rgb.height(height);
    // Alignment 0 (FFmpeg's default, rows padded to the CPU's SIMD width) exactly as the
    // reference's createRGB24Frame. Not cosmetic: swscale's x86 YUV->RGB24 converter writes whole
    // blocks of 8 pixels and, when a row's stride has no room for the last partial block, skips
    // it; with tight rows (alignment 1) the last width % 8 pixels of every row were never written
    // (left as whatever the buffer held), so widths such as 854 or 850 hashed differently from
    // the reference, and could even differ from run to run.
    int ret = av_frame_get_buffer(rgb, 0);
    if (ret < 0) {
      throw fail("cannot allocate a " + width + "x" + height + " frame (" + errorText(ret) + ")");
    }
    rgbData = rgb.data(0);
    if (codec.pix_fmt() < 0) {
      throw fail("cannot determine the video's pixel format (truncated or corrupt file?)");
    }
    // The reference creates its scaler from the decoder's size and pixel format before decoding.
    ensureScaler(codec.width(), codec.height(), codec.pix_fmt());
  }

  private void ensureScaler(int srcWidth, int srcHeight, int srcFormat)
      throws VideoDecodeException {
    if (sws != null
        && srcWidth == swsSrcWidth
        && srcHeight == swsSrcHeight
        && srcFormat == swsSrcFormat) {
      return;
    }
    // swscale aborts the process on a format it has no descriptor for: check first.
    if (srcWidth <= 0
        || srcHeight <= 0
        || srcFormat < 0
        || isNull(av_pix_fmt_desc_get(srcFormat))
        || sws_isSupportedInput(srcFormat) == 0) {
      throw fail(
          "unsupported or unknown frame format ("
              + srcWidth
              + "x"
              + srcHeight
              + ", pixel format "
              + pixelFormatName(srcFormat)
              + ")");
    }
    SwsContext next =
        sws_getCachedContext(
            sws,
            srcWidth,
            srcHeight,
            srcFormat,
            width,
            height,
            AV_PIX_FMT_RGB24,
            SWS_AREA,
            null,
            null,
            (DoublePointer) null);
    if (next == null || next.isNull()) {
      sws = null; // sws_getCachedContext freed the old one
      throw fail(
          "cannot convert "
              + srcWidth
              + "x"
              + srcHeight
              + " "
              + pixelFormatName(srcFormat)
              + " to RGB24");
    }
    sws = next;
    swsSrcWidth = srcWidth;
    swsSrcHeight = srcHeight;
    swsSrcFormat = srcFormat;
  }

  double frameRate() {
    return frameRate;
  }

  int width() {
    return width;
  }

  /**
   * FFmpeg's name for the container format it read the file as ("image2", "png_pipe", "mov,mp4…").
   */
  String demuxer() {
    return demuxer;
  }

  int height() {
    return height;
  }

  /**
   * Decodes every frame, numbering them from 0 in output order; frames whose number is a multiple
   * of {@code frameModulus} are scaled to RGB24 and passed to {@code sink}. A read error ends the
   * stream as end of file does (what decodes before a truncation is kept); a packet the decoder
   * rejects fails the whole video, as in the reference.
   */
  void decode(long frameModulus, FrameSink sink) throws VideoDecodeException, InterruptedException {
    while (av_read_frame(format, packet) >= 0) {
      try {
        if (packet.stream_index() == videoStream) {
          sendAndReceive(packet, frameModulus, sink);
        }
      } finally {
        av_packet_unref(packet);
      }
    }
    // Drain the decoder: an empty packet (no data) signals end of stream.
    av_packet_unref(packet);
    sendAndReceive(packet, frameModulus, sink);
  }

  /**
   * Decodes up to the first frame and passes it to {@code sink}: a still picture's one frame,
   * without reading on. False when the stream holds no decodable frame.
   */
  boolean decodeFirst(FrameSink sink) throws VideoDecodeException, InterruptedException {
    firstOnly = true;
    while (!delivered && av_read_frame(format, packet) >= 0) {
      try {
        if (packet.stream_index() == videoStream) {
          sendAndReceive(packet, 1, sink);
        }
      } finally {
        av_packet_unref(packet);
      }
    }
    if (!delivered) {
      av_packet_unref(packet);
      sendAndReceive(packet, 1, sink);
    }
    return delivered;
  }

  private void sendAndReceive(AVPacket pkt, long frameModulus, FrameSink sink)
      throws VideoDecodeException, InterruptedException {
    int ret = avcodec_send_packet(codec, pkt);
    if (ret < 0) {
      throw fail("corrupt video data: the decoder rejected a packet (" + errorText(ret) + ")");
    }
    while (true) {
      ret = avcodec_receive_frame(codec, decoded);
      if (ret == -EAGAIN || ret == AVERROR_EOF) {
        return;
      }
      if (ret < 0) {
        throw fail("corrupt video data: cannot decode a frame (" + errorText(ret) + ")");
      }
      long frameNumber = codec.frame_num() - 1;
      if (frameNumber % frameModulus == 0) {
        ensureScaler(decoded.width(), decoded.height(), decoded.format());
        sws_scale(
            sws,
            decoded.data(),
            decoded.linesize(),
            0,
            decoded.height(),
            rgb.data(),
            rgb.linesize());
        sink.accept(frameNumber, rgbData, rgb.linesize(0));
        delivered = true;
        if (firstOnly) {
          return;
        }
      }
    }
  }

  private static boolean isNull(org.bytedeco.javacpp.Pointer p) {
    return p == null || p.isNull();
  }

  private static String pixelFormatName(int format) {
    if (format < 0) {
      return "none";
    }
    BytePointer name = av_get_pix_fmt_name(format);
    return name == null || name.isNull() ? String.valueOf(format) : name.getString();
  }

  private VideoDecodeException fail(String reason) {
    return new VideoDecodeException(path, reason);
  }

  private static String errorText(int code) {
    byte[] buf = new byte[256];
    if (av_strerror(code, buf, buf.length) < 0) {
      return "error " + code;
    }
    int n = 0;
    while (n < buf.length && buf[n] != 0) {
      n++;
    }
    return new String(buf, 0, n, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    if (sws != null) {
      sws_freeContext(sws);
      sws = null;
    }
    if (rgb != null) {
      av_frame_free(rgb);
      rgb = null;
      rgbData = null;
    }
    if (decoded != null) {
      av_frame_free(decoded);
      decoded = null;
    }
    if (packet != null) {
      av_packet_free(packet);
      packet = null;
    }
    if (codec != null) {
      avcodec_free_context(codec);
      codec = null;
    }
    if (format != null) {
      avformat_close_input(format);
      format = null;
    }
  }
}
