package org.okju.monitor;

import java.io.IOException;

/**
 * A WARC file ({@code .warc} or {@code .warc.gz}, WARC 1.0 or 1.1), or an ARC file ({@code .arc},
 * {@code .arc.gz}), which jwarc reads as WARC records.
 */
final class WarcCapture extends FileCapture {
  private final String container;

  /**
   * @param container {@code "warc"} or {@code "arc"}
   */
  WarcCapture(String name, String container, EvidenceChannel channel, long keepLimit) {
    super(name, channel, keepLimit);
    this.container = container;
  }

  /** {@code warc} for ARC files too: jwarc reads their records as WARC records. */
  @Override
  public String format() {
    return "warc";
  }

  @Override
  public String container() {
    return container;
  }

  @Override
  public void read(CaptureSink sink) throws IOException {
    new WarcCaptureReader(keepLimit).read(channel, "", sink);
  }
}
