package org.okju.monitor;

import org.okju.casefile.WebCaptures;

/** Where a capture reader puts what it reads; called on the reading thread, in capture order. */
interface CaptureSink {
  /** A response, resource, revisit or saved file. */
  void record(ReadRecord record);

  /** A problem with one record (by its offset) or the capture as a whole (offset -1). */
  void problem(WebCaptures.Problem problem);

  /** A record of a type that holds no capture (warcinfo, request, metadata): counted only. */
  default void skipped(String type) {}
}
