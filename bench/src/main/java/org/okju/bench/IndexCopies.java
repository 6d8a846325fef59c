package org.okju.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Grows a Lucene index to several copies of itself (segments added as they are, no re-analysis):
 * every term's postings become that many times as long, as indexing that many times the text would
 * make them, so a query's time on a gigabyte is measured after indexing a tenth of it.
 */
final class IndexCopies {
  private IndexCopies() {}

  /** Adds {@code times} copies of the index in {@code index}, through a copy in {@code scratch}. */
  static void add(Path index, Path scratch, int times) throws IOException {
    Files.createDirectories(scratch);
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
          Files.copy(f, scratch.resolve(f.getFileName()));
        }
      }
    }
    try (Directory target = FSDirectory.open(index);
        Directory source = FSDirectory.open(scratch);
        IndexWriter writer = new IndexWriter(target, new IndexWriterConfig())) {
      // One directory a call: addIndexes locks each directory it reads, and a lock is not taken
      // twice.
      for (int i = 0; i < times; i++) {
        writer.addIndexes(source);
      }
      writer.commit();
    }
  }
}
