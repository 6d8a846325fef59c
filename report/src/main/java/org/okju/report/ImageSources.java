package org.okju.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.Source;
import org.okju.evidence.EvidenceMetadata;
import org.okju.evidence.PathBytes;
import org.okju.evidence.image.ImageDetector;
import org.okju.evidence.image.ImageFormat;
import org.okju.evidence.posix.FileKind;
import org.okju.evidence.posix.PosixException;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * Which sources are disk images (ingest read them as the disk they hold), and the item of the image
 * file itself. Stateless.
 */
final class ImageSources {
  private ImageSources() {}

  /** The image format of {@code source}, when it is a single file that holds a disk image. */
  static Optional<ImageFormat> format(Source source) {
    ReadOnlyFiles files = new ReadOnlyFiles();
    byte[] root = source.givenPath().bytes();
    try {
      if (files.statFollowing(root).kind() != FileKind.REGULAR) {
        return Optional.empty();
      }
      return ImageDetector.detect(files, root).format();
    } catch (PosixException e) {
      // Gone or unreadable: the per-file check reports it.
      return Optional.empty();
    }
  }

  /** The item ingest made for the image file itself (named as the file, holding its hashes). */
  static Optional<Item> imageItem(CaseStore store, Source source) {
    byte[] name = PathBytes.name(source.givenPath().bytes());
    try (Stream<Item> items = store.items().stream(source.id())) {
      return items
          .filter(i -> i.parent().isEmpty() && Arrays.equals(i.path().bytes(), name))
          .filter(i -> store.metadata().of(i.id()).containsKey(EvidenceMetadata.FORMAT))
          .findFirst();
    }
  }
}
