package org.okju.monitor;

import java.io.IOException;
import org.okju.casefile.Sha256;

/**
 * A capture that is one file read through an {@link EvidenceChannel} (a WARC or a WACZ): its name,
 * size, digest, access time and closing; the formats say how its records are read. Not thread-safe.
 */
abstract class FileCapture implements CaptureSource {
  private final String name;

  /** The capture's file, read only. */
  protected final EvidenceChannel channel;

  /** Payloads larger than this are digested, not fingerprinted. */
  protected final long keepLimit;

  private Sha256 sha256;

  FileCapture(String name, EvidenceChannel channel, long keepLimit) {
    this.name = name;
    this.channel = channel;
    this.keepLimit = keepLimit;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final long size() {
    return channel.size();
  }

  @Override
  public final Sha256 sha256() throws IOException {
    if (sha256 == null) {
      sha256 = CaptureSource.sha256(channel);
    }
    return sha256;
  }

  @Override
  public final boolean atimePreserved() {
    return channel.atimePreserved();
  }

  @Override
  public final void close() {
    channel.close();
  }
}
