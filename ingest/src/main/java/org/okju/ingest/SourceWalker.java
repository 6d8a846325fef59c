package org.okju.ingest;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Walks a source tree depth-first, streaming: only the names of the directories on the current path
 * are held (each directory's names sorted by bytes, so the order is reproducible). Symlinks are
 * reported, never followed. Not thread-safe.
 */
final class SourceWalker {
  /** An entry found: its path relative to the source root, its absolute path, and its lstat. */
  record Entry(byte[] relative, byte[] absolute, PosixStat stat) {}

  /** Receives entries and the directories that could not be listed. */
  interface Visitor {
    void entry(Entry entry) throws InterruptedException;

    void unlistable(byte[] relative, byte[] absolute, PosixException why)
        throws InterruptedException;
  }

  private record Level(byte[] relative, byte[] absolute, List<byte[]> names, int[] next) {}

  private final Posix posix;

  SourceWalker(Posix posix) {
    this.posix = posix;
  }

  /** Walks the directory {@code root} (absolute bytes); entry paths are relative to it. */
  void walk(byte[] root, Visitor visitor) throws InterruptedException {
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
      byte[] relative = level.relative().length == 0 ? name : join(level.relative(), name);
      byte[] absolute = join(level.absolute(), name);
      PosixStat stat;
      try {
        stat = posix.lstat(absolute);
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
      stack.push(new Level(relative, absolute, posix.list(absolute), new int[] {0}));
    } catch (PosixException e) {
      visitor.unlistable(relative, absolute, e);
    }
  }

  static byte[] join(byte[] dir, byte[] name) {
    boolean slash = dir.length > 0 && dir[dir.length - 1] == '/';
    byte[] out = Arrays.copyOf(dir, dir.length + (slash ? 0 : 1) + name.length);
    if (!slash) {
      out[dir.length] = '/';
    }
    System.arraycopy(name, 0, out, out.length - name.length, name.length);
    return out;
  }
}
