package org.okju.index;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Publishes a file atomically: the content goes to a temporary file in the same directory, is
 * synced to disk, then renamed over the target in one step and the directory synced, so a reader
 * sees either the old file or the complete new one, never a partial write (the pattern of Lucene's
 * {@code Directory.sync}/{@code rename}). The temporary file is deleted when writing fails.
 */
public final class AtomicFile {
  /** Writes the content to a channel positioned at 0. */
  @FunctionalInterface
  public interface ChannelContent {
    void writeTo(FileChannel channel) throws IOException;
  }

  /** Writes the content to a buffered stream; the stream is flushed and closed for it. */
  @FunctionalInterface
  public interface StreamContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  /** Publishes {@code target} with what {@code content} writes to a channel. */
  public static void write(Path target, ChannelContent content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".partial");
    boolean published = false;
    try {
      try (FileChannel channel =
          FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        content.writeTo(channel);
        channel.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      published = true;
      syncDirectory(dir);
    } finally {
      if (!published) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** Publishes {@code target} with what {@code content} writes to a stream. */
  public static void writeStream(Path target, StreamContent content) throws IOException {
    write(
        target,
        channel -> {
          // Content that closes its stream (a JSON generator does) must not close the channel
          // before it is synced: closing this stream only flushes it.
          OutputStream out =
              new FilterOutputStream(
                  new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                  out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                  flush();
                }
              };
          content.writeTo(out);
          out.flush();
        });
  }

  private static void syncDirectory(Path dir) {
    // Makes the rename durable on Linux; some file systems refuse to open a directory, and then
    // the rename is as durable as that file system makes it.
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // Not fatal: the data itself was synced before the rename.
    }
  }
}
