package org.okju.evidence.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The carving spool: the image's unallocated stretches, sector-aligned, copied one after the other
 * into one file of a directory of its own in okju's work directory (PhotoRec reads a plain file,
 * not EWF), taken from the media's bytes as they go by in media order. The one pass that hashes the
 * media feeds it, so carving reads and inflates nothing a second time. Each stretch is cut into
 * windows of a MiB from its first sector; a whole window of zeros is left out (nothing to carve
 * there, and a fresh drive is mostly zeros). Its {@link SpoolMap} turns PhotoRec's offsets in the
 * spool back into offsets in the media. Fed by one thread at a time; {@link #close} deletes it.
 */
public final class UnallocatedSpool implements MediaSink, AutoCloseable {
  static final int SECTOR = 512;
  static final int WINDOW = 1 << 20;
  private static final byte[] ZEROS = new byte[WINDOW];

  private final Path directory;
  private final Path file;
  private final List<long[]> stretches; // {start, end}, sector-aligned, non-empty, ascending
  private final SpoolMap map = new SpoolMap();
  private final OutputStream out;
  private final byte[] window = new byte[WINDOW];
  private int stretch;
  private long windowStart = -1;
  private int windowFill;
  private boolean finished;
  private Optional<IOException> failure = Optional.empty();

  private UnallocatedSpool(Path directory, List<long[]> stretches) throws IOException {
    this.directory = directory;
    this.file = directory.resolve("unallocated.spool");
    this.stretches = stretches;
    this.out = Files.newOutputStream(file);
  }

  /**
   * An empty spool for the {@code unallocated} stretches ({@code {offset, length}}, media order),
   * in a new directory under {@code work} (okju's, never the evidence's).
   *
   * @throws IOException when the directory or the file cannot be made
   */
  public static UnallocatedSpool create(Path work, List<long[]> unallocated) throws IOException {
    List<long[]> aligned = new ArrayList<>();
    for (long[] g : unallocated) {
      // Sector-aligned: PhotoRec looks for headers at sector starts, as file systems place files.
      long start = (g[0] + SECTOR - 1) / SECTOR * SECTOR;
      long end = (g[0] + g[1]) / SECTOR * SECTOR;
      if (end > start) {
        aligned.add(new long[] {start, end});
      }
    }
    Files.createDirectories(work);
    Path dir = Files.createTempDirectory(work, "carve-");
    try {
      return new UnallocatedSpool(dir, List.copyOf(aligned));
    } catch (IOException e) {
      delete(dir);
      throw e;
    }
  }

  /** The aligned stretches to copy, {@code {start, end}} in media order. */
  List<long[]> stretches() {
    return stretches;
  }

  @Override
  public void accept(long position, byte[] data, int length) {
    long end = position + length;
    while (failure.isEmpty() && !finished && stretch < stretches.size()) {
      long[] s = stretches.get(stretch);
      if (s[0] >= end) {
        return; // these bytes end before the next stretch begins
      }
      if (windowStart < 0) {
        windowStart = s[0];
      }
      if (position > windowStart + windowFill) {
        // Bytes of the stretch never came (a short read): keep what came, go on from here.
        flush();
        if (position >= s[1]) {
          stretch++;
          windowStart = -1;
          continue;
        }
        windowStart = position;
      }
      long from = windowStart + windowFill;
      long windowEnd = Math.min(s[1], windowStart + WINDOW);
      long to = Math.min(end, windowEnd);
      if (to > from) {
        System.arraycopy(data, (int) (from - position), window, windowFill, (int) (to - from));
        windowFill += (int) (to - from);
      }
      if (windowStart + windowFill < windowEnd) {
        return; // the rest of this window comes with the next bytes
      }
      flush();
      windowStart = windowEnd;
      if (windowEnd == s[1]) {
        stretch++;
        windowStart = -1;
      }
    }
  }

  /**
   * Ends the spool: keeps the window in progress (whole sectors of it) and closes the file. Called
   * once the media's bytes stopped coming, at its end or where the pass could not read on.
   */
  void finish() {
    if (finished) {
      return;
    }
    windowFill = windowFill / SECTOR * SECTOR;
    flush();
    finished = true;
    try {
      out.close();
    } catch (IOException e) {
      failure = Optional.of(failure.orElse(e));
    }
  }

  /** Whether every stretch was copied (false when the media's bytes stopped coming before). */
  boolean complete() {
    return stretch >= stretches.size();
  }

  /** Where the spool's copy of the unallocated space stops when it is not complete. */
  long copiedUpTo() {
    if (complete()) {
      return stretches.isEmpty() ? 0 : stretches.get(stretches.size() - 1)[1];
    }
    return windowStart >= 0 ? windowStart + windowFill : stretches.get(stretch)[0];
  }

  /** Why the spool could not be written, if it could not (a full disk). */
  Optional<IOException> failure() {
    return failure;
  }

  Path directory() {
    return directory;
  }

  Path file() {
    return file;
  }

  SpoolMap map() {
    return map;
  }

  @Override
  public void close() {
    finish();
    delete(directory);
  }

  private void flush() {
    if (windowFill == 0 || failure.isPresent()) {
      windowFill = 0;
      return;
    }
    boolean zeros =
        windowFill == WINDOW && Arrays.mismatch(window, 0, WINDOW, ZEROS, 0, WINDOW) < 0;
    if (!zeros) {
      try {
        out.write(window, 0, windowFill);
        map.add(windowStart, windowFill);
      } catch (IOException e) {
        failure = Optional.of(e);
      }
    }
    windowStart += windowFill;
    windowFill = 0;
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Leftovers in okju's work directory; ingest clears it on its next run.
    }
  }
}
