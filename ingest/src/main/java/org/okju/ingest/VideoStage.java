package org.okju.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.okju.casefile.Copies;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.PdqHex;
import org.okju.casefile.VideoFrame;
import org.okju.fingerprint.CopySignals;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqScratch;
import org.okju.fingerprint.crash.CrashJournal;
import org.okju.fingerprint.crash.CrashVerdict;
import org.okju.fingerprint.crash.NativeDecoder;
import org.okju.fingerprint.video.VideoDecodeException;
import org.okju.fingerprint.video.VpdqFrame;
import org.okju.fingerprint.video.VpdqHasher;
import org.okju.fingerprint.video.VpdqOptions;

/**
 * vPDQ of every video (one frame hash per {@code videoSecondsPerHash}, one a second by default).
 * FFmpeg decodes the spool copy made during the read, so the evidence file is opened once only.
 * After metadata, so that a video that ends before its declared duration is flagged as truncated.
 */
final class VideoStage implements IngestStage {
  static final String NAME = "vpdq";

  private final VpdqHasher hasher = new VpdqHasher();
  private final CopySignals copySignals = new CopySignals(new PdqHasher());

  /** Frames given copy views per vPDQ frame (about 4 a second at the default 1 s step). */
  static final int SIGNAL_FRAMES_PER_HASH = CopySignals.VIDEO_VIEW_FRAMES_PER_HASH;

  private VpdqOptions options;
  private Path workDirectory;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Fact> requires() {
    return EnumSet.of(Fact.CONTENT, Fact.METADATA);
  }

  @Override
  public Set<Fact> provides() {
    return EnumSet.of(Fact.VIDEO_VPDQ);
  }

  private CrashJournal.Guard guard;

  @Override
  public void open(StageContext context) {
    guard = context.decoderGuard();
    options = VpdqOptions.everySeconds(context.settings().videoSecondsPerHash());
    workDirectory = context.settings().workDirectory();
  }

  @Override
  public void process(IngestItem item) {
    String type = item.mediaType().orElse("");
    if (!item.readable() || item.content().isEmpty() || !isVideo(type)) {
      return;
    }
    Content content = item.content().get();
    if (content.size() == 0) {
      return;
    }
    // FFmpeg is native code fed untrusted bytes: a crash in it is journalled, so that the rerun
    // records it on this item rather than crashing again.
    try (CrashJournal.Section section = guard.enter(NAME, NativeDecoder.FFMPEG, item.sha256Hex())) {
      if (section.refusal().isPresent()) {
        CrashVerdict v = section.refusal().get();
        item.problem(NAME, v.kind(), ErrorSeverity.ERROR, v.message());
        return;
      }
      hash(item, content);
    } catch (UncheckedIOException e) {
      // The crash journal could not be written: the case's disk, not the item.
      throw new IngestException(e.getMessage(), e);
    }
  }

  private void hash(IngestItem item, Content content) {
    try (ContentFile spooled = ContentFile.of(content, workDirectory, "video-")) {
      Path file = spooled.path();
      // okju's copy signals of each hashed frame come from the same decode, on the hash thread.
      List<Copies.Signal> signals = new ArrayList<>();
      PdqScratch scratch = new PdqScratch();
      // Every view on the vPDQ frames; upright views on frames in between, so that copies trimmed
      // at a fraction of a second still have frames close enough in time to match.
      List<VpdqFrame> frames =
          hasher.hash(
              file,
              options,
              SIGNAL_FRAMES_PER_HASH,
              (frame, luma, inVpdq) ->
                  signals.addAll(
                      CopySignalRows.rows(
                          inVpdq
                              ? copySignals.videoFrame(luma, scratch)
                              : copySignals.upright(luma, scratch),
                          frame.frameNumber(),
                          frame.timestampSeconds())));
      List<VideoFrame> stored = new ArrayList<>(frames.size());
      for (VpdqFrame f : frames) {
        stored.add(
            new VideoFrame(
                f.frameNumber(),
                f.pdq().quality(),
                PdqHex.parse(f.pdq().hash().toHex()),
                f.timestampSeconds()));
      }
      item.frames(stored);
      item.copySignals(signals);
      checkDuration(item, frames);
    } catch (VideoDecodeException e) {
      if (e.reason().equals(NO_VIDEO_STREAM) && mayHoldSoundOnly(item.mediaType().orElse(""))) {
        return;
      }
      item.problem(NAME, "undecodable-video", ErrorSeverity.ERROR, e.reason());
    } catch (IOException e) {
      item.problem(NAME, "spool-failed", ErrorSeverity.ERROR, String.valueOf(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      // FFmpeg or the hasher failing on hostile data is a per-item problem, not a dead run.
      item.problem(NAME, "undecodable-video", ErrorSeverity.ERROR, String.valueOf(e.getMessage()));
    }
  }

  private static void checkDuration(IngestItem item, List<VpdqFrame> frames) {
    String declared = item.metadata().get("video.duration-seconds");
    if (frames.isEmpty()) {
      item.problem(NAME, "no-frames", ErrorSeverity.ERROR, "no video frame could be decoded");
      return;
    }
    if (declared == null) {
      return;
    }
    double duration = Double.parseDouble(declared);
    double last = frames.get(frames.size() - 1).timestampSeconds();
    if (duration - last > 2.0 + 1.5 * spacing(frames)) {
      item.problem(
          NAME,
          "truncated",
          ErrorSeverity.WARNING,
          String.format(
              java.util.Locale.ROOT,
              "declared duration %.1f s, frames decoded up to %.1f s",
              duration,
              last));
    }
  }

  private static double spacing(List<VpdqFrame> sampled) {
    return sampled.size() < 2
        ? 0
        : sampled.get(1).timestampSeconds() - sampled.get(0).timestampSeconds();
  }

  private static final String NO_VIDEO_STREAM = "no video stream";

  // Matroska and WebM are named videos from their header alone (VideoContainers); one that holds
  // only sound is not a damaged video.
  private static boolean mayHoldSoundOnly(String mediaType) {
    return mediaType.equals(VideoContainers.MATROSKA_VIDEO.toString())
        || mediaType.equals(VideoContainers.WEBM.toString());
  }

  static boolean isVideo(String mediaType) {
    return mediaType.startsWith("video/") || mediaType.equals("application/mp4");
  }

  @Override
  public void close() {}
}
