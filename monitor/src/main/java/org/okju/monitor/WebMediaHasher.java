package org.okju.monitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.okju.copies.Media;
import org.okju.fingerprint.CopySignal;
import org.okju.fingerprint.CopySignals;
import org.okju.fingerprint.DecodedImage;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.ImageDecodeException;
import org.okju.fingerprint.ImageDecoder;
import org.okju.fingerprint.ImageLuma;
import org.okju.fingerprint.LumaSource;
import org.okju.fingerprint.PdqDihedralResult;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqResult;
import org.okju.fingerprint.PdqScratch;
import org.okju.fingerprint.PictureBoxes;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.fingerprint.ReducedLumaPlane;
import org.okju.fingerprint.video.VideoDecodeException;
import org.okju.fingerprint.video.VpdqFrame;
import org.okju.fingerprint.video.VpdqHasher;
import org.okju.fingerprint.video.VpdqOptions;

/**
 * Fingerprints a media payload in memory exactly as ingest fingerprints a file: an image by its
 * full-resolution PDQ with the eight dihedral hashes, okju's copy views (crop grid included), its
 * picture profile and thumbnail (what a low-information picture is judged by), all from one reduced
 * plane as ingest's {@code ImagePdqStage} does; a video by vPDQ (one frame a second) with copy
 * views on about four frames a second, decoded by FFmpeg from a memory file ({@link MemoryFile}).
 * Nothing is written to disk. Not thread-safe: one per worker.
 */
final class WebMediaHasher {
  /** The seconds between vPDQ frames, ingest's default. */
  static final double SECONDS_PER_HASH = 1.0;

  private final ImageDecoder decoder = new ImageDecoder();
  private final PdqHasher hasher = new PdqHasher();
  private final PdqScratch scratch = new PdqScratch();
  private final CopySignals copySignals = new CopySignals(hasher);
  private final VpdqHasher vpdq = new VpdqHasher();

  /**
   * A fingerprinted payload.
   *
   * @param pdq an image's PDQ and quality
   * @param frames a video's vPDQ frames
   * @param media the payload as copy detection sees it (item -1: it is not in the catalogue)
   * @param thumbnail an image's thumbnail, for the pixel check of a low-information picture
   * @param warnings damage the decoder worked around (a truncated image decoded in part)
   */
  record Fingerprint(
      Optional<PdqResult> pdq,
      List<VpdqFrame> frames,
      Media media,
      Optional<PictureThumbnail> thumbnail,
      List<String> warnings) {}

  /** The item number a web payload takes beside the case's media (never a catalogue item's). */
  static final long OUTSIDER_ITEM = -1;

  /** A payload that could not be fingerprinted, with the reason. */
  static final class UnhashableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnhashableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Fingerprints a kept payload, an image or a video as {@code kind} says. */
  Fingerprint of(PayloadKind kind, Payload payload) throws UnhashableException {
    String sha256 = payload.sha256().toHex();
    try {
      if (kind == PayloadKind.VIDEO) {
        if (payload.spilled().isPresent()) {
          return video(payload.spilled().get(), payload.size(), sha256);
        }
        try (MemoryFile file = MemoryFile.of("okju-video", payload.bytes().orElseThrow())) {
          return video(file, payload.size(), sha256);
        }
      }
      return image(payload.content(), sha256);
    } catch (IOException e) {
      throw new UnhashableException("cannot read the payload from memory: " + e.getMessage(), e);
    }
  }

  private Fingerprint image(byte[] bytes, String sha256) throws UnhashableException {
    DecodedImage decoded;
    try {
      decoded = decoder.decodeWithWarnings(bytes, Path.of("payload"));
    } catch (ImageDecodeException e) {
      throw new UnhashableException(e.reason(), e);
    }
    LumaSource luma = ImageLuma.of(decoded.image());
    PdqDihedralResult r = hasher.dihedral(luma, EnumSet.allOf(Dihedral.class), scratch);
    ReducedLumaPlane plane = ReducedLumaPlane.of(luma);
    PictureBoxes boxes = PictureBoxes.of(plane);
    List<Media.View> views = new ArrayList<>();
    for (CopySignal s : copySignals.of(luma, plane, boxes, r, scratch)) {
      views.add(Media.View.of(s, 0, 0));
    }
    long pixels = (long) decoded.image().getWidth() * decoded.image().getHeight();
    return new Fingerprint(
        Optional.of(r.original()),
        List.of(),
        new Media(
            OUTSIDER_ITEM,
            "web",
            sha256,
            bytes.length,
            false,
            views,
            pixels,
            Optional.of(PictureProfile.of(decoded.image(), plane, boxes))),
        Optional.of(PictureThumbnail.of(decoded.image(), plane)),
        decoded.warnings());
  }

  private Fingerprint video(MemoryFile file, long size, String sha256) throws UnhashableException {
    List<Media.View> views = new ArrayList<>();
    List<VpdqFrame> frames;
    // Each video on its own scratch: the hasher's listener runs on its hashing thread.
    PdqScratch frameScratch = new PdqScratch();
    try {
      frames =
          vpdq.hash(
              file.path(),
              VpdqOptions.everySeconds(SECONDS_PER_HASH),
              CopySignals.VIDEO_VIEW_FRAMES_PER_HASH,
              (frame, luma, inVpdq) -> {
                for (CopySignal s :
                    inVpdq
                        ? copySignals.videoFrame(luma, frameScratch)
                        : copySignals.upright(luma, frameScratch)) {
                  views.add(Media.View.of(s, frame.frameNumber(), frame.timestampSeconds()));
                }
              });
    } catch (VideoDecodeException e) {
      throw new UnhashableException(e.reason(), e);
    } catch (RuntimeException e) {
      // FFmpeg or the hasher failing on hostile data is this payload's problem, not the run's.
      throw new UnhashableException(String.valueOf(e.getMessage()), e);
    }
    if (frames.isEmpty()) {
      throw new UnhashableException("no video frame could be decoded", null);
    }
    return new Fingerprint(
        Optional.empty(),
        frames,
        new Media(OUTSIDER_ITEM, "web", sha256, size, true, views),
        Optional.empty(),
        List.of());
  }
}
