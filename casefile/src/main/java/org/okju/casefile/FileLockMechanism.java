package org.okju.casefile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A case directory's writer lock: an exclusive {@code fcntl} lock on {@code case.lock}. The kernel
 * drops it when the process ends, even by kill -9, so a lock can never outlive its holder; the file
 * itself stays (deleting a lock file races with the next holder).
 */
final class FileLockMechanism implements LockMechanism {
  private final Path file;
  private final String where;
  private FileChannel channel;
  private FileLock lock;

  FileLockMechanism(CaseLocation.Directory dir) {
    this.file = dir.path().resolve("case.lock");
    this.where = dir.describe();
  }

  @Override
  public boolean tryAcquire() {
    FileChannel c = open();
    try {
      FileLock l = c.tryLock();
      if (l == null) {
        close(c);
        return false;
      }
      channel = c;
      lock = l;
      return true;
    } catch (OverlappingFileLockException e) {
      // Another store in this JVM holds it (a web server running two jobs, say): just as busy.
      close(c);
      return false;
    } catch (IOException e) {
      close(c);
      throw new CaseStoreException(where, "cannot lock " + file, e);
    }
  }

  @Override
  public void release() {
    try {
      if (lock != null) {
        lock.release();
      }
    } catch (IOException e) {
      // Closing the channel below releases it too.
    } finally {
      close(channel);
      lock = null;
      channel = null;
    }
  }

  @Override
  public boolean held() {
    if (lock != null) {
      return true;
    }
    if (tryAcquire()) {
      release();
      return false;
    }
    return true;
  }

  private FileChannel open() {
    try {
      return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new CaseStoreException(where, "cannot open the lock file " + file, e);
    }
  }

  private static void close(FileChannel c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (IOException e) {
      // Nothing held through it any more.
    }
  }
}
