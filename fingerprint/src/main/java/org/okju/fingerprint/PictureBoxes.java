package org.okju.fingerprint;

/**
 * Where a still picture's content lies on its reduced plane, found once for both its copy views
 * ({@link CopySignals}) and its profile ({@link PictureProfile}), which must agree on it: the box
 * inside uniform bars, and the picture inside an app's screenshot or a meme's captions found within
 * that ({@link ScreenBox}), the same box when there is none.
 *
 * @param bars the picture inside uniform bars or a border ({@link ContentBox#of})
 * @param content the box the picture's {@code CONTENT} views are cut from and its profile records
 */
public record PictureBoxes(ContentBox bars, ContentBox content) {
  /** The boxes of {@code plane}. */
  public static PictureBoxes of(ReducedLumaPlane plane) {
    ContentBox bars = ContentBox.of(plane);
    return new PictureBoxes(bars, ScreenBox.within(plane, bars));
  }

  /** Whether the content is a picture inside an app's screenshot or a meme's captions. */
  public boolean framed() {
    return !content.equals(bars);
  }
}
