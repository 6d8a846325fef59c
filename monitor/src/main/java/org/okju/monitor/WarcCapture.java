package org.okju.monitor;

import java.io.IOException;

/** A WARC file ({@code .warc} or {@code .warc.gz}, WARC 1.0 or 1.1). */
final class WarcCapture extends FileCapture {
  WarcCapture(String name, EvidenceChannel channel, long keepLimit) {
    super(name, channel, keepLimit);
  }

  @Override
  public String format() {
    return "warc";
  }

  @Override
  public void read(CaptureSink sink) throws IOException {
    new WarcCaptureReader(keepLimit).read(channel, "", sink);
  }
}
