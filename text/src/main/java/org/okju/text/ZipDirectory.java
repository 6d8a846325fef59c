package org.okju.text;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Refuses a zip-based document (docx, xlsx, pptx, odt, ods, epub) whose zip directory cannot be
 * read: Tika would return it as an empty document, hiding the damage from the investigator.
 */
final class ZipDirectory {
  private ZipDirectory() {}

  static boolean zipped(String type) {
    return type.equals("application/x-tika-ooxml")
        || type.startsWith("application/vnd.openxmlformats-officedocument.")
        || type.startsWith("application/vnd.ms-word.")
        || type.startsWith("application/vnd.ms-excel.")
        || type.startsWith("application/vnd.ms-powerpoint.")
        || type.startsWith("application/vnd.oasis.opendocument.")
        || type.equals("application/epub+zip");
  }

  static void check(DocumentSource source) throws DocumentException {
    try (SeekableByteChannel channel = channel(source);
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
      if (!zip.getEntries().hasMoreElements()) {
        throw new DocumentException(
            source.name(), DocumentException.Kind.CORRUPT, "empty zip container", null);
      }
    } catch (IOException e) {
      throw new DocumentException(
          source.name(),
          DocumentException.Kind.CORRUPT,
          "damaged zip container: " + e.getMessage(),
          e);
    }
  }

  private static SeekableByteChannel channel(DocumentSource source) throws IOException {
    if (source.file().isPresent()) {
      return Files.newByteChannel(source.file().get(), StandardOpenOption.READ);
    }
    return new SeekableInMemoryByteChannel(source.bytes().orElseThrow());
  }
}
