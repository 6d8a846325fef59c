package org.okju.monitor;

import java.io.IOException;
import org.okju.casefile.Sha256;

/** A WARC file ({@code .warc} or {@code .warc.gz}, WARC 1.0 or 1.1). */
final class WarcCapture implements CaptureSource {
  private final String name;
  private final EvidenceChannel channel;
  private final long keepLimit;
  private Sha256 sha256;

  WarcCapture(String name, EvidenceChannel channel, long keepLimit) {
    this.name = name;
    this.channel = channel;
    this.keepLimit = keepLimit;
  }

  @Override
  public String format() {
    return "warc";
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long size() {
    return channel.size();
  }

  @Override
  public Sha256 sha256() throws IOException {
    if (sha256 == null) {
      sha256 = CaptureSource.sha256(channel);
    }
    return sha256;
  }

  @Override
  public void read(CaptureSink sink) throws IOException {
    new WarcCaptureReader(keepLimit).read(channel, "", sink);
  }

  @Override
  public boolean atimePreserved() {
    return channel.atimePreserved();
  }

  @Override
  public void close() {
    channel.close();
  }
}
