package org.okju.evidence.folder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.okju.evidence.PathBytes;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.FileStat;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * Walks a source tree depth-first, streaming: only the names of the directories on the current path
 * are held (each directory's names sorted by bytes, so the order is reproducible). Symlinks are
 * reported, never followed. Not thread-safe.
 */
public final class FolderWalker {
  /** An entry found: its path relative to the source root, its absolute path, and its lstat. */
  public static final class Entry {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final byte[] relative;
    private final byte[] absolute;
    private final FileStat stat;

    public Entry(byte[] relative, byte[] absolute, FileStat stat) {
      this.relative = relative;
      this.absolute = absolute;
      this.stat = stat;
    }

    public byte[] relative() {
      return relative;
    }

    public byte[] absolute() {
      return absolute;
    }

    public FileStat stat() {
      return stat;
    }
  }

  /** Receives entries and the directories that could not be listed. */
  public interface Visitor {
    void entry(Entry entry) throws InterruptedException;

    void unlistable(byte[] relative, byte[] absolute, PosixException why)
        throws InterruptedException;
  }

  private static final class Level {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final byte[] relative;
    private final byte[] absolute;
    private final List<byte[]> names;
    private final int[] next;

    Level(byte[] relative, byte[] absolute, List<byte[]> names, int[] next) {
      this.relative = relative;
      this.absolute = absolute;
      this.names = names;
      this.next = next;
    }

    byte[] relative() {
      return relative;
    }

    byte[] absolute() {
      return absolute;
    }

    List<byte[]> names() {
      return names;
    }

    int[] next() {
      return next;
    }
  }

  private final ReadOnlyFiles files;

  /** A walker reading through {@code files}. */
  public FolderWalker(ReadOnlyFiles files) {
    this.files = files;
  }

  /** Walks the directory {@code root} (absolute bytes); entry paths are relative to it. */
  public void walk(byte[] root, Visitor visitor) throws InterruptedException {
    Deque<Level> stack = new ArrayDeque<>();
    push(stack, new byte[0], root, visitor);
    while (!stack.isEmpty()) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      Level level = stack.peek();
      if (level.next()[0] >= level.names().size()) {
        stack.pop();
        continue;
      }
      byte[] name = level.names().get(level.next()[0]++);
      byte[] relative =
          level.relative().length == 0 ? name : PathBytes.join(level.relative(), name);
      byte[] absolute = PathBytes.join(level.absolute(), name);
      FileStat stat;
      try {
        stat = files.lstat(absolute);
      } catch (PosixException e) {
        visitor.unlistable(relative, absolute, e);
        continue;
      }
      if (stat.kind() == FileKind.DIRECTORY) {
        push(stack, relative, absolute, visitor);
      } else {
        visitor.entry(new Entry(relative, absolute, stat));
      }
    }
  }

  private void push(Deque<Level> stack, byte[] relative, byte[] absolute, Visitor visitor)
      throws InterruptedException {
    try {
      stack.push(new Level(relative, absolute, files.list(absolute), new int[] {0}));
    } catch (PosixException e) {
      visitor.unlistable(relative, absolute, e);
    }
  }
}
