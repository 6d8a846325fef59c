package org.okju.ingest;

import java.util.ArrayList;
import java.util.List;
import org.okju.casefile.Copies;
import org.okju.casefile.PdqHex;
import org.okju.fingerprint.CopySignal;

/** Turns the fingerprint module's copy signals into the case's rows. */
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
}
