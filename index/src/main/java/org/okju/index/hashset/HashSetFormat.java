package org.okju.index.hashset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * One hash-set file format: recognises its files, reads them as a stream of entries, and (for the
 * formats okju exports) writes them. Implementations are found with {@link java.util.ServiceLoader}
 * (see {@link HashSetFormats}); the format version is part of the class name ({@code
 * NsrlV3Format}). Like Lucene's codec SPI: one small class per format.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface HashSetFormat {
  /**
   * Short name used on the command line, e.g. {@code md5sum}, {@code nsrl-v3}, {@code vics-2.0}.
   */
  String name();

  /** Whether a file starting with {@code head} (up to its first 4096 bytes) is in this format. */
  boolean sniff(byte[] head);

  /**
   * Streams the entries of {@code file} without loading it whole. Malformed records go to {@code
   * problems} with their line and the stream goes on; close the stream to release the file.
   *
   * @throws IOException when the file cannot be opened at all
   */
  Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException;

  /** Whether {@link #write} is supported. */
  default boolean canWrite() {
    return false;
  }

  /**
   * Writes {@code entries} to {@code file}, published atomically (temporary file, sync, rename).
   * Entries without a hash this format carries are skipped and counted.
   *
   * @throws UnsupportedOperationException when {@link #canWrite} is false
   * @throws IOException when writing fails
   */
  default WriteCount write(Path file, Stream<HashSetEntry> entries) throws IOException {
    throw new UnsupportedOperationException(name() + " files are read, not written, by okju");
  }
}
