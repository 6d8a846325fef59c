package org.okju.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A document's bytes: in memory (what ingest kept from its one read) or in a file (a spooled item,
 * or a file given on the command line). Never the evidence itself: ingest hands over its copy.
 */
public sealed interface DocumentSource permits DocumentSource.InMemory, DocumentSource.InFile {
  /** How the document is named in messages (its catalogue path or file name). */
  String name();

  /** A fresh stream over the bytes. */
  InputStream open() throws IOException;

  /** The file holding the bytes, when there is one (parsers that want a path). */
  Optional<Path> file();

  /** The bytes when held in memory. */
  Optional<byte[]> bytes();

  /** The size in bytes. */
  long size() throws IOException;

  /**
   * Bytes in memory, {@code data[0, length)}. A class, not a record: it holds the caller's buffer
   * without copying it and has no value equality.
   */
  final class InMemory implements DocumentSource {
    private final String name;
    private final byte[] data;
    private final int length;

    public InMemory(String name, byte[] data, int length) {
      this.name = name;
      this.data = data;
      this.length = length;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public InputStream open() {
      return new ByteArrayInputStream(data, 0, length);
    }

    @Override
    public Optional<Path> file() {
      return Optional.empty();
    }

    @Override
    public Optional<byte[]> bytes() {
      return Optional.of(length == data.length ? data : java.util.Arrays.copyOf(data, length));
    }

    @Override
    public long size() {
      return length;
    }
  }

  /** Bytes in a file. */
  record InFile(String name, Path path) implements DocumentSource {
    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }

    @Override
    public Optional<Path> file() {
      return Optional.of(path);
    }

    @Override
    public Optional<byte[]> bytes() {
      return Optional.empty();
    }

    @Override
    public long size() throws IOException {
      return Files.size(path);
    }
  }

  /** A file named by its own path. */
  static DocumentSource of(Path file) {
    return new InFile(file.toString(), file);
  }
}
