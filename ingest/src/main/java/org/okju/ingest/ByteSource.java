package org.okju.ingest;

import java.io.IOException;

/** Where an item's bytes come from: an evidence file or an archive member stream. */
interface ByteSource extends AutoCloseable {
  /** Reads up to {@code length} bytes; returns -1 at the end. */
  int read(byte[] buffer, int offset, int length) throws IOException;

  @Override
  void close() throws IOException;
}
