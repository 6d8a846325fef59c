package org.okju.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.okju.casefile.ErrorSeverity;
import org.okju.evidence.PathBytes;
import org.okju.evidence.folder.FolderWalker;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.FileStat;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * Lists a source as ingest walks it, without reading any file: for a distributed run (Spark) whose
 * driver lists and whose workers read. Directories are walked depth-first with each directory's
 * names sorted by bytes, symlinks are listed (never followed), names stay raw bytes. Thread-safe
 * (each call walks on the calling thread).
 */
public final class SourceListing {
  /**
   * One entry of a source.
   *
   * @param root the source's absolute path bytes
   * @param relative the entry's path inside the source (for a single-file source, its name)
   * @param absolute the entry's absolute path bytes
   * @param unlistable why the entry (a directory) could not be listed or stat'ed, if so: it then
   *     becomes an item with that error, never a silently missing subtree
   */
  // The arrays are copied in and out and equals/hashCode compare their contents, so the record is
  // immutable and compares by value: what ArrayRecordComponent asks for.
  @SuppressWarnings("ArrayRecordComponent")
  public record Entry(byte[] root, byte[] relative, byte[] absolute, Optional<Problem> unlistable) {
    public Entry {
      root = root.clone();
      relative = relative.clone();
      absolute = absolute.clone();
      Objects.requireNonNull(unlistable, "unlistable");
    }

    @Override
    public byte[] root() {
      return root.clone();
    }

    @Override
    public byte[] relative() {
      return relative.clone();
    }

    @Override
    public byte[] absolute() {
      return absolute.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e
          && Arrays.equals(root, e.root)
          && Arrays.equals(relative, e.relative)
          && Arrays.equals(absolute, e.absolute)
          && unlistable.equals(e.unlistable);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(absolute);
    }

    @Override
    public String toString() {
      return "Entry[" + org.okju.casefile.ItemPath.ofBytes(absolute).display() + "]";
    }
  }

  /** Receives the entries in walk order. */
  public interface Sink {
    void accept(Entry entry) throws InterruptedException;
  }

  private SourceListing() {}

  /**
   * Lists {@code source}: every entry of a directory tree, or the file itself.
   *
   * @throws IllegalArgumentException when the source cannot be stat'ed (does not exist)
   */
  public static void list(Path source, Sink sink) throws InterruptedException {
    Path absolute = source.toAbsolutePath().normalize();
    byte[] root = PathBytes.of(absolute);
    ReadOnlyFiles posix = new ReadOnlyFiles();
    FileStat rootStat;
    try {
      rootStat = posix.statFollowing(root);
    } catch (PosixException e) {
      throw new IllegalArgumentException(
          "cannot read source " + absolute + ": " + e.getMessage(), e);
    }
    if (rootStat.kind() != FileKind.DIRECTORY) {
      int slash = lastSlash(root);
      sink.accept(
          new Entry(
              root, Arrays.copyOfRange(root, slash + 1, root.length), root, Optional.empty()));
      return;
    }
    new FolderWalker(posix)
        .walk(
            root,
            new FolderWalker.Visitor() {
              @Override
              public void entry(FolderWalker.Entry e) throws InterruptedException {
                sink.accept(new Entry(root, e.relative(), e.absolute(), Optional.empty()));
              }

              @Override
              public void unlistable(byte[] relative, byte[] abs, PosixException why)
                  throws InterruptedException {
                sink.accept(
                    new Entry(
                        root,
                        relative,
                        abs,
                        Optional.of(
                            new Problem(
                                EntryChecks.STAGE,
                                why.kind(),
                                ErrorSeverity.ERROR,
                                "cannot list or stat: " + why.getMessage()))));
              }
            });
  }

  private static int lastSlash(byte[] b) {
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] == '/') {
        return i;
      }
    }
    return -1;
  }
}
