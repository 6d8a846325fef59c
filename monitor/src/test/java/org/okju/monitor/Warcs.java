package org.okju.monitor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARCs written at test time with jwarc's writer (WARC/1.1), as Heritrix or brozzler would. */
final class Warcs {
  private Warcs() {}

  /** A 200 response for {@code url} serving {@code body} as {@code type}, captured {@code at}. */
  static WarcResponse response(String url, String type, byte[] body, Instant at)
      throws IOException {
    return response(url, 200, type, body, at);
  }

  static WarcResponse response(String url, int status, String type, byte[] body, Instant at)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body)
            .build();
    return new WarcResponse.Builder(URI.create(url))
        .date(at)
        .ipAddress(InetAddress.getLoopbackAddress())
        .body(http)
        .build();
  }

  /** Writes {@code records} to {@code file}, gzipped per record when {@code gzip}. */
  static Path write(Path file, boolean gzip, List<? extends WarcRecord> records)
      throws IOException {
    try (FileChannel ch =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (WarcRecord r : records) {
        w.write(r);
      }
    }
    return file;
  }
}
