package org.okju.fingerprint;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The set of perceptual views okju keeps for every image and every hashed video frame so that
 * copies are found past the edits re-posters make. What each view handles:
 *
 * <ul>
 *   <li>{@code FULL}, 8 orientations: re-encoding, resizing, format, colour/greyscale/contrast,
 *       blur/sharpen, small logos or captions (PDQ itself), and flips and 90° rotations (the
 *       dihedral variants from the same DCT).
 *   <li>{@code CONTENT}, 8 orientations: letterbox/pillarbox bars and frame borders of any uniform
 *       colour, added or removed ({@link ContentBox}); for a still picture also a phone
 *       screenshot's app around it or a meme's caption bands ({@link ScreenBox}).
 *   <li>{@code CENTER_90}, {@code CENTER_80} and the four one-sided 90% crops: crops of up to 10%
 *       per side. A cropped copy's FULL hash lands near the original's crop of about the same
 *       region.
 *   <li>{@code CROP_ANCHOR} and {@code CROP_PROBE} (images only): crops of up to 10% per side at
 *       any offsets ({@link CropGrid}).
 * </ul>
 *
 * <p>Thread-safe; working memory comes from the caller's {@link PdqScratch}.
 */
public final class CopySignals {
  /**
   * Frames of a video given copy views per vPDQ frame (about four a second at vPDQ's one a second):
   * every view on the vPDQ frames and {@link #upright} views on those between, so a copy trimmed at
   * a fraction of a second still has frames close in time to the original's. Ingest and the web
   * monitor hash videos with this one setting, so their views compare.
   */
  public static final int VIDEO_VIEW_FRAMES_PER_HASH = 4;

  private static final EnumSet<Dihedral> ALL = EnumSet.allOf(Dihedral.class);
  private static final EnumSet<Dihedral> ORIGINAL_ONLY = EnumSet.of(Dihedral.ORIGINAL);

  private final PdqHasher hasher;
  private final CropGrid cropGrid;

  public CopySignals(PdqHasher hasher) {
    this.hasher = hasher;
    this.cropGrid = new CropGrid(hasher);
  }

  /**
   * The views of a picture whose canonical full-resolution hashes are already known ({@code full}),
   * so that the expensive full-resolution pass is not repeated.
   */
  public List<CopySignal> of(LumaSource picture, PdqDihedralResult full, PdqScratch scratch) {
    ReducedLumaPlane plane = ReducedLumaPlane.of(picture);
    return of(picture, plane, PictureBoxes.of(plane), full, scratch);
  }

  /**
   * The same from the picture's reduced plane and its boxes too, when the caller needs them for
   * more (a {@link PictureProfile}, a {@link PictureThumbnail}) and should not find them twice. The
   * picture inside a screenshot's app or a meme's captions ({@link ScreenBox}) takes the {@code
   * CONTENT} views, hashed from {@code picture} at its own resolution ({@link SourceRegion}): such
   * a picture is a small part of the plane.
   */
  public List<CopySignal> of(
      LumaSource picture,
      ReducedLumaPlane plane,
      PictureBoxes boxes,
      PdqDihedralResult full,
      PdqScratch scratch) {
    List<CopySignal> out = fixedViews(plane, boxes.bars(), full, scratch);
    if (boxes.framed()) {
      out.removeIf(s -> s.kind() == CopySignalKind.CONTENT);
      add(
          out,
          CopySignalKind.CONTENT,
          hasher.dihedral(SourceRegion.of(picture, boxes.content()), ALL, scratch));
    }
    out.addAll(cropGrid.views(plane, scratch));
    return out;
  }

  private List<CopySignal> fixedViews(
      ReducedLumaPlane plane, ContentBox box, PdqDihedralResult full, PdqScratch scratch) {
    List<CopySignal> out = new ArrayList<>();
    add(out, CopySignalKind.FULL, full);
    if (box.trimmedFrom(plane)) {
      add(
          out,
          CopySignalKind.CONTENT,
          hasher.dihedral(plane.region(box.x(), box.y(), box.width(), box.height()), ALL, scratch));
    }
    for (CopySignalKind kind : FIXED_CROPS) {
      int[] r = cropRectangle(kind, plane.width(), plane.height());
      crop(out, plane, kind, r[0], r[1], r[2], r[3], scratch);
    }
    return out;
  }

  private static final List<CopySignalKind> FIXED_CROPS =
      List.of(
          CopySignalKind.CENTER_90,
          CopySignalKind.CENTER_80,
          CopySignalKind.TOP_90,
          CopySignalKind.BOTTOM_90,
          CopySignalKind.LEFT_90,
          CopySignalKind.RIGHT_90);

  /**
   * The rectangle {@code {x, y, width, height}} of a fixed crop view in a plane of {@code w} x
   * {@code h} pixels; also where {@link CopyViewRegions} finds it again.
   */
  static int[] cropRectangle(CopySignalKind kind, int w, int h) {
    return switch (kind) {
      case CENTER_90 -> new int[] {w / 20, h / 20, w - w / 10, h - h / 10};
      case CENTER_80 -> new int[] {w / 10, h / 10, w - w / 5, h - h / 5};
      case TOP_90 -> new int[] {0, 0, w, h - h / 10};
      case BOTTOM_90 -> new int[] {0, h / 10, w, h - h / 10};
      case LEFT_90 -> new int[] {0, 0, w - w / 10, h};
      case RIGHT_90 -> new int[] {w / 10, 0, w - w / 10, h};
      default -> throw new IllegalArgumentException("not a fixed crop: " + kind);
    };
  }

  /**
   * The views of a video frame hashed by vPDQ: those of {@link #of(LumaSource, PdqScratch)} and the
   * crop grid without its turned probes, with box probes cut from the picture inside the frame
   * (inside uniform bars, then inside a blurred fill or a player's chrome: {@link SharpBox}) when
   * that is not the whole frame ({@link CropGrid#videoViews}). Re-posters crop, mirror and re-frame
   * videos as they do photos (issue 17: uneven crops, a mirror with a crop and screen recordings
   * were missed); vPDQ's own hash stays what it was.
   */
  public List<CopySignal> videoFrame(LumaSource frame, PdqScratch scratch) {
    ReducedLumaPlane plane = ReducedLumaPlane.of(frame);
    PdqDihedralResult full =
        hasher.dihedral(plane.region(0, 0, plane.width(), plane.height()), ALL, scratch);
    ContentBox bars = ContentBox.of(plane);
    List<CopySignal> out = fixedViews(plane, bars, full, scratch);
    halves(out, plane, bars, scratch);
    ContentBox box = SharpBox.within(plane, bars);
    ContentBox chrome = SharpBox.chromeWithin(plane, bars);
    boxContent(out, frame, plane, bars, chrome, box, scratch);
    out.addAll(cropGrid.videoViews(plane, inner(plane, bars, chrome) ? chrome : box, scratch));
    return out;
  }

  /**
   * The upright {@code CONTENT} view of a video frame inside a player's chrome ({@link
   * SharpBox#chromeWithin}), else inside a blurred fill ({@link SharpBox#within}), when that box is
   * neither the box inside uniform bars nor the whole frame. On every frame, not only vPDQ's: a
   * screen recording then shows, frame by frame, the whole picture the original's {@code full} view
   * holds, so enough of its frames align (the box probes, on vPDQ's frames alone, left a recording
   * a quarter of its frames at best, below the share a copy needs).
   *
   * <p>The case stores one view per frame, kind and orientation ({@code CopySignalPack}), so a
   * frame keeps one upright {@code CONTENT} view. The chrome's box lies inside the bars' box and
   * differs from it only where the bars' box still holds a player's bars, so the chrome's view
   * takes the upright place (the bars' turned views stay); a blurred fill's box is taken only where
   * the bars left no view.
   *
   * <p>The chrome's view is hashed from {@code frame}'s own pixels inside the box ({@link
   * SourceRegion}), not from the reduced plane: a clip in a web page's player is half the page's
   * width or less, a few hundred samples of the plane, and PDQ's 64-sample filter then sees samples
   * already averaged in blocks of three and aligned to the plane's grid rather than the clip's. On
   * the bench's dark-theme page (photos at 85-95% of an 800-pixel player, 1280x720 recordings) the
   * plane's view was within the view radius on 18-20 of 30 frames where the frame's own pixels were
   * on 26-28, and a recording needs 60% of its frames aligned.
   */
  private void boxContent(
      List<CopySignal> out,
      LumaSource frame,
      ReducedLumaPlane plane,
      ContentBox bars,
      ContentBox chrome,
      ContentBox sharp,
      PdqScratch scratch) {
    if (inner(plane, bars, chrome)) {
      out.removeIf(s -> s.kind() == CopySignalKind.CONTENT && s.orientation() == Dihedral.ORIGINAL);
      add(
          out,
          CopySignalKind.CONTENT,
          hasher.dihedral(SourceRegion.of(frame, chrome), ORIGINAL_ONLY, scratch));
    } else if (inner(plane, bars, sharp)
        && out.stream().noneMatch(s -> s.kind() == CopySignalKind.CONTENT)) {
      add(out, CopySignalKind.CONTENT, uprightHash(plane, sharp, scratch));
    }
  }

  private static boolean inner(ReducedLumaPlane plane, ContentBox bars, ContentBox box) {
    return !box.equals(bars) && box.trimmedFrom(plane);
  }

  private PdqDihedralResult uprightHash(
      ReducedLumaPlane plane, ContentBox box, PdqScratch scratch) {
    return hasher.dihedral(
        plane.region(box.x(), box.y(), box.width(), box.height()), ORIGINAL_ONLY, scratch);
  }

  /**
   * The upright views of a video frame between the vPDQ frames: the whole picture, the picture
   * inside bars and the one inside a player's chrome or a blurred fill, enough to align a copy
   * trimmed at a fraction of a second (flips and crops are caught on the vPDQ frames).
   */
  public List<CopySignal> upright(LumaSource picture, PdqScratch scratch) {
    ReducedLumaPlane plane = ReducedLumaPlane.of(picture);
    List<CopySignal> out = new ArrayList<>();
    add(
        out,
        CopySignalKind.FULL,
        hasher.dihedral(plane.region(0, 0, plane.width(), plane.height()), ORIGINAL_ONLY, scratch));
    ContentBox box = ContentBox.of(plane);
    if (box.trimmedFrom(plane)) {
      add(out, CopySignalKind.CONTENT, uprightHash(plane, box, scratch));
    }
    boxContent(
        out,
        picture,
        plane,
        box,
        SharpBox.chromeWithin(plane, box),
        SharpBox.within(plane, box),
        scratch);
    halves(out, plane, box, scratch);
    return out;
  }

  /**
   * The views of a video frame (or any picture without a full-resolution hash at hand), without the
   * crop grid. All of them, the {@code FULL} ones included, come from the reduced plane: okju's own
   * signals, close to but not bit-exact with the frame's vPDQ hash (the interoperable one stays
   * vPDQ's).
   */
  public List<CopySignal> of(LumaSource picture, PdqScratch scratch) {
    ReducedLumaPlane plane = ReducedLumaPlane.of(picture);
    PdqDihedralResult full =
        hasher.dihedral(plane.region(0, 0, plane.width(), plane.height()), ALL, scratch);
    return fixedViews(plane, ContentBox.of(plane), full, scratch);
  }

  private static final List<CopySignalKind> HALVES =
      List.of(
          CopySignalKind.HALF_TOP,
          CopySignalKind.HALF_BOTTOM,
          CopySignalKind.HALF_LEFT,
          CopySignalKind.HALF_RIGHT);

  /**
   * The four upright halves of the video frame inside {@code box}: what a sticker, an emoji or a
   * censor box over one half leaves of a copy. On every hashed frame, not only vPDQ's, so a copy's
   * frames align as a re-encode's do. Not for still pictures: two photos of one scene (a burst, two
   * icons that differ in one corner) share a half, and a still has no time to tell them apart; a
   * video's half must match at one offset in time ({@code copies}' {@code MovingHalves}).
   */
  private void halves(
      List<CopySignal> out, ReducedLumaPlane plane, ContentBox box, PdqScratch scratch) {
    for (CopySignalKind kind : HALVES) {
      int[] r = halfRectangle(kind, box.x(), box.y(), box.width(), box.height());
      crop(out, plane, kind, r[0], r[1], r[2], r[3], scratch);
    }
  }

  /**
   * The rectangle {@code {x, y, width, height}} of a half view of the box at {@code (x, y)} of
   * {@code w} x {@code h} pixels. Video frames only, which have no thumbnail, so {@link
   * CopyViewRegions} (the regions of still pictures' views) knows no half.
   */
  private static int[] halfRectangle(CopySignalKind kind, int x, int y, int w, int h) {
    return switch (kind) {
      case HALF_TOP -> new int[] {x, y, w, h / 2};
      case HALF_BOTTOM -> new int[] {x, y + h - h / 2, w, h / 2};
      case HALF_LEFT -> new int[] {x, y, w / 2, h};
      case HALF_RIGHT -> new int[] {x + w - w / 2, y, w / 2, h};
      default -> throw new IllegalArgumentException("not a half: " + kind);
    };
  }

  private void crop(
      List<CopySignal> out,
      ReducedLumaPlane plane,
      CopySignalKind kind,
      int x,
      int y,
      int w,
      int h,
      PdqScratch scratch) {
    if (w < 16 || h < 16) {
      return;
    }
    add(out, kind, hasher.dihedral(plane.region(x, y, w, h), ORIGINAL_ONLY, scratch));
  }

  private static void add(List<CopySignal> out, CopySignalKind kind, PdqDihedralResult r) {
    for (Map.Entry<Dihedral, Pdq256> e : r.hashes().entrySet()) {
      out.add(new CopySignal(kind, e.getKey(), e.getValue(), r.quality()));
    }
  }
}
