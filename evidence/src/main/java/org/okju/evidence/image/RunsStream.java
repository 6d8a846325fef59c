package org.okju.evidence.image;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.okju.evidence.EvidenceStream;

/**
 * A file's content read straight from the image media along its byte runs (holes as zeros), up to
 * its size. Not thread-safe; the media it reads is.
 */
final class RunsStream implements EvidenceStream {
  private final ImageMedia media;
  private final List<ByteRun> runs;
  private final long size;
  private int run;
  private long inRun;
  private long done;

  RunsStream(ImageMedia media, List<ByteRun> runs, long size) {
    this.media = media;
    this.runs = runs;
    this.size = size;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    while (run < runs.size() && inRun >= runs.get(run).length()) {
      run++;
      inRun = 0;
    }
    if (done >= size || run >= runs.size() || length == 0) {
      return -1;
    }
    ByteRun r = runs.get(run);
    int want = (int) Math.min(length, Math.min(r.length() - inRun, size - done));
    int n;
    if (r.fill()) {
      Arrays.fill(buffer, offset, offset + want, (byte) 0);
      n = want;
    } else {
      n = media.read(r.imageOffset() + inRun, buffer, offset, want);
      if (n <= 0) {
        throw new ImageReadException(
            "image-truncated",
            "the image ends at byte " + (r.imageOffset() + inRun) + ", inside this file's content");
      }
    }
    inRun += n;
    done += n;
    return n;
  }

  @Override
  public void close() {}
}
