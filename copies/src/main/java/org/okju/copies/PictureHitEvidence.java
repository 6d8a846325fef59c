package org.okju.copies;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What joined two pictures, or a picture and a video frame, as a tape member's evidence says it.
 */
final class PictureHitEvidence {
  private PictureHitEvidence() {}

  /**
   * The evidence of hit {@code best}: a strip's layout and an overlay, a refused view match and an
   * overlay, a layout, or a view with its orientation and distance.
   */
  static Map<String, Object> of(PairFinder.Hit best) {
    Map<String, Object> ev = new LinkedHashMap<>();
    if (LayoutPairs.byStrip(best)) {
      ev.put("view", "overlay");
      ev.put("stripLayoutDistance", best.distance());
      ev.put("layoutThreshold", best.threshold());
      return ev;
    }
    if (LayoutPairs.overlay(best)) {
      // A view's match whose pixels were refused, then an overlay found.
      ev.put("view", "overlay");
      ev.put("refusedMatch", best.viewA() + " " + best.viewB());
      ev.put("distance", best.distance());
      ev.put("threshold", best.threshold());
      return ev;
    }
    if (LayoutPairs.layout(best)) {
      ev.put("view", "layout");
      ev.put("layoutDistance", best.distance());
      ev.put("layoutThreshold", best.threshold());
      return ev;
    }
    String[] view = best.view().split("/", -1);
    ev.put("distance", best.distance());
    ev.put("view", view[0]);
    ev.put("orientation", view[1]);
    ev.put("threshold", best.threshold());
    return ev;
  }
}
