package org.okju.evidence.image;

import java.util.ArrayList;
import java.util.List;
import org.okju.evidence.posix.OpenedFile;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * A raw ({@code dd}) image, one file or a split set ({@code .001}, {@code .002} …) read as one run
 * of bytes; every segment opened with {@code O_NOATIME} (see {@link ReadOnlyFiles}). Thread-safe
 * ({@code pread}).
 */
final class RawMedia implements ImageMedia {
  private final List<OpenedFile> segments;
  private final long[] starts;
  private final long size;

  private RawMedia(List<OpenedFile> segments) {
    this.segments = segments;
    this.starts = new long[segments.size() + 1];
    for (int i = 0; i < segments.size(); i++) {
      starts[i + 1] = starts[i] + segments.get(i).stat().size();
    }
    this.size = starts[segments.size()];
  }

  static RawMedia open(ReadOnlyFiles files, List<byte[]> paths) throws PosixException {
    List<OpenedFile> opened = new ArrayList<>();
    try {
      for (byte[] p : paths) {
        opened.add(files.openFile(p));
      }
    } catch (PosixException e) {
      opened.forEach(OpenedFile::close);
      throw e;
    }
    return new RawMedia(opened);
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public int sectorSize() {
    return 512;
  }

  @Override
  public int read(long position, byte[] buffer, int offset, int length) throws PosixException {
    int done = 0;
    while (done < length && position + done < size) {
      long at = position + done;
      int s = segmentOf(at);
      long inSegment = at - starts[s];
      int want = (int) Math.min(length - done, starts[s + 1] - at);
      int n = segments.get(s).readAt(inSegment, buffer, offset + done, want);
      if (n <= 0) {
        break;
      }
      done += n;
    }
    return done;
  }

  private int segmentOf(long position) {
    int lo = 0;
    int hi = segments.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @Override
  public List<String> damage() {
    return List.of();
  }

  @Override
  public void close() {
    segments.forEach(OpenedFile::close);
  }
}
