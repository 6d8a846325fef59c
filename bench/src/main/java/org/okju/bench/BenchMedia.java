package org.okju.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.okju.copies.Media;
import org.okju.fingerprint.CopySignal;
import org.okju.fingerprint.CopySignals;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.ImageLuma;
import org.okju.fingerprint.LumaSource;
import org.okju.fingerprint.PdqDihedralResult;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqScratch;
import org.okju.fingerprint.PictureBoxes;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.fingerprint.ReducedLumaPlane;
import org.okju.fingerprint.video.VideoDecodeException;
import org.okju.fingerprint.video.VpdqHasher;
import org.okju.fingerprint.video.VpdqOptions;

/**
 * Pictures and videos hashed as ingest hashes them (the image stage's views, profile and thumbnail;
 * the video stage's views on about four frames a second), for the copy-grouping benchmarks.
 * Thread-safe.
 */
final class BenchMedia {
  private final PdqHasher hasher = new PdqHasher();
  private final CopySignals signals = new CopySignals(hasher);
  private final VpdqHasher videos = new VpdqHasher();

  /** A picture as grouping sees it, with its thumbnail. */
  record Picture(Media media, PictureThumbnail thumbnail) {}

  /** {@code image} as item {@code item}; its bytes are its PNG encoding. */
  Picture picture(long item, BufferedImage image) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return picture(item, "picture-" + item, image, png.toByteArray());
  }

  /** {@code image}, decoded from {@code bytes}, as item {@code item}. */
  Picture picture(long item, String path, BufferedImage image, byte[] bytes) {
    LumaSource luma = ImageLuma.of(image);
    PdqScratch scratch = new PdqScratch();
    PdqDihedralResult full = hasher.dihedral(luma, EnumSet.allOf(Dihedral.class), scratch);
    ReducedLumaPlane plane = ReducedLumaPlane.of(luma);
    PictureBoxes boxes = PictureBoxes.of(plane);
    List<Media.View> views = new ArrayList<>();
    for (CopySignal s : signals.of(luma, plane, boxes, full, scratch)) {
      views.add(Media.View.of(s, 0, 0));
    }
    Media media =
        new Media(
            item,
            path,
            sha256(bytes),
            bytes.length,
            false,
            views,
            Optional.of(PictureProfile.of(image, plane, boxes)));
    return new Picture(media, PictureThumbnail.of(image, plane));
  }

  /** A video file as item {@code item}, hashed as ingest's video stage does. */
  Media video(long item, Path file) throws IOException {
    List<Media.View> views = new ArrayList<>();
    PdqScratch scratch = new PdqScratch();
    try {
      videos.hash(
          file,
          VpdqOptions.everySeconds(1.0),
          4,
          (frame, luma, inVpdq) -> {
            for (CopySignal s :
                inVpdq ? signals.videoFrame(luma, scratch) : signals.upright(luma, scratch)) {
              views.add(Media.View.of(s, frame.frameNumber(), frame.timestampSeconds()));
            }
          });
    } catch (VideoDecodeException e) {
      throw new IOException("cannot decode " + file, e);
    }
    byte[] bytes = Files.readAllBytes(file);
    return new Media(item, file.toString(), sha256(bytes), bytes.length, true, views);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
