package org.okju.ingest;

import java.nio.file.Path;
import org.okju.evidence.PathBytes;
import org.okju.evidence.folder.FolderWalker;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.FileStat;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * Counts a source's files and bytes before (or while) it is ingested, so that progress can show a
 * total, a bar and an ETA from the start instead of a total that grows until the walk ends. Walks
 * like the ingest itself: names and {@code lstat} only, no content read, directories opened with
 * {@code O_NOATIME}, symbolic links not followed. Archive members are not counted (they are only
 * known once an archive is opened). Not thread-safe; one count per instance.
 */
public final class SourceCount {
  /**
   * What a source holds at its top level.
   *
   * @param files regular files and other entries, as ingest lists them
   * @param bytes the regular files' sizes
   */
  public record Count(long files, long bytes) {}

  private long files;
  private long bytes;

  /**
   * Counts {@code source} (a directory or a single file).
   *
   * @throws InterruptedException when interrupted (the count is then abandoned)
   * @throws IllegalArgumentException when the source cannot be read at all
   */
  public Count of(Path source) throws InterruptedException {
    ReadOnlyFiles posix = new ReadOnlyFiles();
    byte[] root = PathBytes.of(source.toAbsolutePath().normalize());
    FileStat stat;
    try {
      stat = posix.statFollowing(root);
    } catch (PosixException e) {
      throw new IllegalArgumentException("cannot read source " + source + ": " + e.getMessage(), e);
    }
    if (stat.kind() != FileKind.DIRECTORY) {
      return new Count(1, stat.kind() == FileKind.REGULAR ? stat.size() : 0);
    }
    new FolderWalker(posix)
        .walk(
            root,
            new FolderWalker.Visitor() {
              @Override
              public void entry(FolderWalker.Entry e) {
                files++;
                bytes += e.stat().kind() == FileKind.REGULAR ? e.stat().size() : 0;
              }

              @Override
              public void unlistable(byte[] relative, byte[] absolute, PosixException why) {
                files++;
              }
            });
    return new Count(files, bytes);
  }
}
