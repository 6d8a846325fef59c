package org.okju.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small WARC written at test time with jwarc: fictional URLs, the test's own pictures. */
final class TestWarcs {
  private TestWarcs() {}

  /** A gzipped WARC of one 200 response per (url, body), all captured at {@code at}. */
  static Path of(Path file, Instant at, String type, Object... urlsAndBodies) throws IOException {
    try (WarcWriter w =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
            WarcCompression.GZIP)) {
      for (int i = 0; i < urlsAndBodies.length; i += 2) {
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse(type), (byte[]) urlsAndBodies[i + 1])
                .build();
        w.write(
            new WarcResponse.Builder(URI.create((String) urlsAndBodies[i]))
                .date(at)
                .ipAddress(InetAddress.getLoopbackAddress())
                .body(http)
                .build());
      }
    }
    return file;
  }
}
