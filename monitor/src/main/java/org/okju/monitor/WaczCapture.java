package org.okju.monitor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.WebCaptures;

/**
 * A Web Archive Collection Zipped (WACZ 1.1, as Browsertrix writes it): every WARC under {@code
 * archive/} is read from start to end, in name order. A WARC stored uncompressed in the zip (as the
 * specification asks) is read in place through a window on the file; a deflated one is inflated
 * into memory first. Its CDX index is not needed to read every record, so a WACZ without one is
 * read all the same, with a warning (a replay tool could not use it). Not thread-safe.
 */
final class WaczCapture extends FileCapture {
  WaczCapture(String name, EvidenceChannel channel, long keepLimit) {
    super(name, channel, keepLimit);
  }

  @Override
  public String format() {
    return "wacz";
  }

  @Override
  public void read(CaptureSink sink) throws IOException {
    channel.position(0);
    // The zip reader must not close the capture's channel: it gets a window of the whole file.
    ZipFile zip;
    try {
      zip = ZipFile.builder().setSeekableByteChannel(channel.slice(0, channel.size())).get();
    } catch (IOException e) {
      sink.problem(
          new WebCaptures.Problem(
              "", -1, ErrorSeverity.ERROR, "unreadable-wacz", "not a readable zip: " + e));
      return;
    }
    try (zip) {
      List<ZipArchiveEntry> warcs = new ArrayList<>();
      boolean index = false;
      boolean datapackage = false;
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        String n = e.getName();
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.startsWith("archive/")
            && (lower.endsWith(".warc") || lower.endsWith(".warc.gz"))) {
          warcs.add(e);
        } else if (lower.startsWith("indexes/")
            && (lower.endsWith(".cdx")
                || lower.endsWith(".cdx.gz")
                || lower.endsWith(".cdxj")
                || lower.endsWith(".idx"))) {
          index = true;
        } else if (lower.equals("datapackage.json")) {
          datapackage = true;
        }
      }
      if (!datapackage) {
        sink.problem(
            new WebCaptures.Problem(
                "",
                -1,
                ErrorSeverity.WARNING,
                "wacz-no-datapackage",
                "no datapackage.json: the WACZ's own description and digests are missing"));
      }
      if (!index) {
        sink.problem(
            new WebCaptures.Problem(
                "",
                -1,
                ErrorSeverity.WARNING,
                "wacz-no-index",
                "no CDX index under indexes/: every WARC was read from start to end"));
      }
      if (warcs.isEmpty()) {
        sink.problem(
            new WebCaptures.Problem(
                "", -1, ErrorSeverity.ERROR, "wacz-no-warc", "no WARC under archive/"));
        return;
      }
      warcs.sort((a, b) -> a.getName().compareTo(b.getName()));
      WarcCaptureReader reader = new WarcCaptureReader(keepLimit);
      for (ZipArchiveEntry e : warcs) {
        readMember(zip, e, reader, sink);
      }
    }
  }

  private void readMember(
      ZipFile zip, ZipArchiveEntry e, WarcCaptureReader reader, CaptureSink sink)
      throws IOException {
    if (e.getMethod() == ZipArchiveEntry.STORED) {
      // Opening the raw stream resolves the entry's data offset (read from its local header).
      zip.getRawInputStream(e).close();
      long offset = e.getDataOffset();
      if (offset >= 0) {
        try (EvidenceChannel member = channel.slice(offset, e.getCompressedSize())) {
          reader.read(member, e.getName(), sink);
        }
        return;
      }
    }
    sink.problem(
        new WebCaptures.Problem(
            e.getName(),
            -1,
            ErrorSeverity.WARNING,
            "wacz-compressed-warc",
            "the WARC is compressed inside the zip: read through memory, not in place"));
    try (MemoryFile copy = MemoryFile.of("okju-wacz-member");
        InputStream in = zip.getInputStream(e)) {
      copy.append(in);
      try (EvidenceChannel member = copy.channel()) {
        reader.read(member, e.getName(), sink);
      }
    }
  }
}
