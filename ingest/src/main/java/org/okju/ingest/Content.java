package org.okju.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * An item's bytes kept from its one read, for the stages that need them again (decoders, archive
 * readers, metadata): in memory when small, else in a spool file in ingest's work directory (never
 * under the source). Closing deletes the spool file. Not thread-safe.
 */
sealed interface Content extends AutoCloseable permits Content.InMemory, Content.Spooled {
  /** Size in bytes. */
  long size();

  /** A fresh stream over the bytes. */
  InputStream stream() throws IOException;

  /** A fresh random-access channel over the bytes (zip and 7z need one). */
  SeekableByteChannel channel() throws IOException;

  /** The bytes when held in memory. */
  Optional<byte[]> bytes();

  /** A file holding the bytes, when spooled (decoders that want a path). */
  Optional<Path> file();

  @Override
  void close();

  /**
   * Bytes in memory, {@code data[0, length)}. A class, not a record: it holds the reader's buffer
   * without copying it and has no value equality.
   */
  final class InMemory implements Content {
    private final byte[] data;
    private final int length;

    InMemory(byte[] data, int length) {
      this.data = data;
      this.length = length;
    }

    @Override
    public long size() {
      return length;
    }

    @Override
    public InputStream stream() {
      return new ByteArrayInputStream(data, 0, length);
    }

    @Override
    public SeekableByteChannel channel() {
      return new SeekableInMemoryByteChannel(bytes().orElseThrow());
    }

    @Override
    public Optional<byte[]> bytes() {
      return Optional.of(length == data.length ? data : java.util.Arrays.copyOf(data, length));
    }

    @Override
    public Optional<Path> file() {
      return Optional.empty();
    }

    @Override
    public void close() {}
  }

  /** Bytes in a spool file, deleted on close. */
  record Spooled(Path path, long size) implements Content {
    @Override
    public InputStream stream() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public SeekableByteChannel channel() throws IOException {
      return Files.newByteChannel(path, StandardOpenOption.READ);
    }

    @Override
    public Optional<byte[]> bytes() {
      return Optional.empty();
    }

    @Override
    public Optional<Path> file() {
      return Optional.of(path);
    }

    @Override
    public void close() {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // A leftover spool file in the work directory; the next ingest clears the directory.
      }
    }
  }
}
