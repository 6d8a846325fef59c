package org.okju.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.okju.casefile.Copies;
import org.okju.casefile.Dihedral;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.PdqHex;
import org.okju.fingerprint.CopySignals;
import org.okju.fingerprint.DecodedImage;
import org.okju.fingerprint.ImageDecodeException;
import org.okju.fingerprint.ImageDecoder;
import org.okju.fingerprint.ImageLuma;
import org.okju.fingerprint.LumaSource;
import org.okju.fingerprint.PdqDihedralResult;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqScratch;
import org.okju.fingerprint.PictureBoxes;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.fingerprint.ReducedLumaPlane;
import org.okju.fingerprint.crash.CrashJournal;
import org.okju.fingerprint.crash.CrashVerdict;
import org.okju.fingerprint.crash.NativeDecoder;
import org.okju.text.PageLikeness;

/**
 * PDQ of every image, with its quality and the eight dihedral hashes (one decode and one DCT give
 * all eight). Decodes from the bytes kept by the read, never from the evidence file again.
 */
final class ImagePdqStage implements IngestStage {
  static final String NAME = "pdq";

  /** The item metadata recording the page test's verdict and what it saw. */
  static final String PAGE_LIKENESS = "image.page-likeness";

  private final ImageDecoder decoder = new ImageDecoder();
  private final PdqHasher hasher = new PdqHasher();
  private final PdqScratch scratch = new PdqScratch();
  private final CopySignals copySignals = new CopySignals(hasher);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Fact> requires() {
    return EnumSet.of(Fact.CONTENT);
  }

  @Override
  public Set<Fact> provides() {
    return EnumSet.of(Fact.IMAGE_PDQ, Fact.PAGE_LIKENESS);
  }

  private CrashJournal.Guard guard;
  private Path workDirectory;

  @Override
  public void open(StageContext context) {
    guard = context.decoderGuard();
    workDirectory = context.settings().workDirectory();
  }

  @Override
  public void process(IngestItem item) {
    String type = item.mediaType().orElse("");
    boolean byImageIo = isImage(type);
    if (!item.readable() || item.content().isEmpty() || !(byImageIo || isPictureForFfmpeg(type))) {
      return;
    }
    Content content = item.content().get();
    if (content.size() == 0) {
      return;
    }
    Path name = Path.of("item");
    Optional<byte[]> bytes = content.bytes();
    try {
      DecodedImage decoded;
      // Every image decoder here is native code fed untrusted bytes: a crash in one is journalled,
      // so that the rerun records it on this item rather than crashing again.
      NativeDecoder library = byImageIo ? decoderOf(bytes, content) : NativeDecoder.FFMPEG;
      try (CrashJournal.Section section = guard.enter(NAME, library, item.sha256Hex())) {
        if (section.refusal().isPresent()) {
          CrashVerdict v = section.refusal().get();
          item.problem(NAME, v.kind(), ErrorSeverity.ERROR, v.message());
          return;
        }
        if (!byImageIo) {
          decoded = decodeFromFile(content);
        } else if (bytes.isPresent()) {
          decoded = decoder.decodeWithWarnings(bytes.get(), name);
        } else {
          decoded = decoder.decodeWithWarnings(content.file().orElseThrow());
        }
      }
      LumaSource luma = ImageLuma.of(decoded.image());
      // The picture's size, as video.resolution is a video's: copy grouping's representative is
      // the largest picture.
      item.metadata()
          .put("image.resolution", decoded.image().getWidth() + "x" + decoded.image().getHeight());
      PdqDihedralResult r =
          hasher.dihedral(luma, EnumSet.allOf(org.okju.fingerprint.Dihedral.class), scratch);
      Map<Dihedral, PdqHex> dihedrals = new EnumMap<>(Dihedral.class);
      r.hashes()
          .forEach((d, h) -> dihedrals.put(Dihedral.valueOf(d.name()), PdqHex.parse(h.toHex())));
      item.pdq(new ImagePdq(PdqHex.parse(r.original().hash().toHex()), r.quality(), dihedrals));
      // okju's extra views for copy grouping reuse the full-resolution dihedral hashes above; the
      // picture profile and thumbnail (what low-information pictures are judged by) its plane.
      ReducedLumaPlane plane = ReducedLumaPlane.of(luma);
      PictureBoxes boxes = PictureBoxes.of(plane);
      item.copySignals(
          CopySignalRows.rows(copySignals.of(luma, plane, boxes, r, scratch), Copies.IMAGE, 0.0));
      item.picture(
          CopySignalRows.picture(
              PictureProfile.of(decoded.image(), plane, boxes),
              PictureThumbnail.of(decoded.image(), plane)));
      // Whether it is a picture of a page, for the text stage's OCR: from the same decode.
      PageLikeness.Verdict page = PagePlane.judge(luma, decoded.image());
      item.page(page);
      item.metadata().put(PAGE_LIKENESS, page.describe());
      if (decoded.damaged()) {
        item.problem(
            NAME,
            "damaged-image",
            ErrorSeverity.WARNING,
            "decoded with damage (hash is of what could be decoded): "
                + String.join("; ", decoded.warnings()));
      }
    } catch (ImageDecodeException e) {
      item.problem(NAME, "undecodable-image", ErrorSeverity.ERROR, e.reason());
    }
  }

  // FFmpeg opens files: a picture ImageIO has no reader for is decoded from the read's spool file,
  // or a copy of the bytes in the work directory.
  private DecodedImage decodeFromFile(Content content) throws ImageDecodeException {
    try (ContentFile file = ContentFile.of(content, workDirectory, "picture-")) {
      return decoder.decodeWithWarnings(file.path());
    } catch (IOException e) {
      throw new ImageDecodeException(
          Path.of("item"), "cannot spool for decoding: " + e.getMessage(), e);
    }
  }

  // Which native library the decoder will hand the image to, from the head of its bytes.
  private static NativeDecoder decoderOf(Optional<byte[]> bytes, Content content) {
    byte[] head;
    if (bytes.isPresent()) {
      head = bytes.get();
    } else {
      try (InputStream in = content.stream()) {
        head = in.readNBytes(ImageDecoder.LIBRARY_HEAD_BYTES);
      } catch (IOException e) {
        // The decode reads the file again and reports the failure.
        head = new byte[0];
      }
    }
    return NativeDecoder.forImage(head);
  }

  /**
   * Image types the decoders read (JPEG, PNG, GIF, BMP, WebP, TIFF; HEIC and AVIF through libheif:
   * phones save photos as HEIC, web servers send AVIF).
   */
  static boolean isImage(String mediaType) {
    return switch (mediaType) {
      case "image/jpeg",
          "image/png",
          "image/gif",
          "image/bmp",
          "image/webp",
          "image/tiff",
          "image/x-ms-bmp",
          "image/heic",
          "image/heif",
          "image/heic-sequence",
          "image/heif-sequence",
          "image/avif" ->
          true;
      default -> false;
    };
  }

  /**
   * Raster pictures no ImageIO reader here knows, which FFmpeg decodes (JPEG 2000, OpenEXR, DPX,
   * PCX, SGI, the portable anymaps, Photoshop, icons…): every other {@code image/} type but
   * drawings (SVG, Windows metafiles, CAD), which have no pixels to hash. One FFmpeg cannot read
   * (JPEG XL, camera raw) gets an error in the case rather than passing unhashed without a word.
   */
  static boolean isPictureForFfmpeg(String mediaType) {
    return mediaType.startsWith("image/") && !isImage(mediaType) && !isDrawing(mediaType);
  }

  private static boolean isDrawing(String mediaType) {
    return switch (mediaType) {
      case "image/svg+xml",
          "image/emf",
          "image/x-emf",
          "image/wmf",
          "image/x-wmf",
          "image/x-ms-wmf",
          "image/vnd.dwg",
          "image/vnd.dxf",
          "image/vnd.dxf; format=ascii",
          "image/vnd.dxf; format=binary",
          "image/cgm",
          "image/x-xfig" ->
          true;
      default -> false;
    };
  }

  @Override
  public void close() {}
}
