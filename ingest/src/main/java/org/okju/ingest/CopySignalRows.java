package org.okju.ingest;

import java.util.ArrayList;
import java.util.List;
import org.okju.casefile.Copies;
import org.okju.casefile.PdqHex;
import org.okju.fingerprint.CopySignal;
import org.okju.fingerprint.PictureProfile;
import org.okju.fingerprint.PictureRegion;
import org.okju.fingerprint.PictureThumbnail;

/** Turns the fingerprint module's copy signals and picture profiles into the case's rows. */
final class CopySignalRows {
  private CopySignalRows() {}

  static List<Copies.Signal> rows(List<CopySignal> signals, long frame, double timestamp) {
    List<Copies.Signal> out = new ArrayList<>(signals.size());
    for (CopySignal s : signals) {
      out.add(
          new Copies.Signal(
              frame,
              timestamp,
              s.kindLabel(),
              s.orientation().label(),
              PdqHex.parse(s.hash().toHex()),
              s.quality()));
    }
    return out;
  }

  /** A picture's profile and thumbnail as the case stores them. */
  static Copies.Picture picture(PictureProfile p, PictureThumbnail t) {
    PictureRegion box = p.content();
    return new Copies.Picture(
        p.width(),
        p.height(),
        p.colours(),
        p.dominantShare(),
        p.smoothShare(),
        p.transparentShare(),
        new double[] {box.x0(), box.y0(), box.x1(), box.y1()},
        t.luma(),
        t.alpha(),
        t.chroma(),
        p.framed());
  }
}
