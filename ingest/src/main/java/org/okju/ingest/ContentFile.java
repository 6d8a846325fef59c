package org.okju.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An item's bytes as a file, for native decoders that open files (FFmpeg): the content's own spool
 * file when it has one, else a copy in ingest's work directory, deleted on close. Never the
 * evidence file's path: the decoder reads the bytes the read hashed.
 */
final class ContentFile implements AutoCloseable {
  private final Path path;
  private final boolean temporary;

  private ContentFile(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  static ContentFile of(Content content, Path workDirectory, String prefix) throws IOException {
    if (content.file().isPresent()) {
      return new ContentFile(content.file().get(), false);
    }
    Files.createDirectories(workDirectory);
    Path tmp = Files.createTempFile(workDirectory, prefix, ".spool");
    try (InputStream in = content.stream()) {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    return new ContentFile(tmp, true);
  }

  Path path() {
    return path;
  }

  @Override
  public void close() {
    if (!temporary) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Left in the work directory; the next run clears it.
    }
  }
}
