package org.okju.ingest;

import org.okju.casefile.FileTimes;
import org.okju.evidence.EvidenceTimes;

/** The evidence layer's timestamps as the case stores them. */
final class Times {
  private Times() {}

  static FileTimes of(EvidenceTimes t) {
    return new FileTimes(t.modified(), t.changed(), t.accessed(), t.created());
  }
}
