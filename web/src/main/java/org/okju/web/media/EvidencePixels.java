package org.okju.web.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.Source;
import org.okju.evidence.EvidenceAddress;
import org.okju.evidence.EvidenceReader;
import org.okju.fingerprint.ImageDecodeException;
import org.okju.fingerprint.ImageDecoder;
import org.okju.fingerprint.video.VideoDecodeException;
import org.okju.fingerprint.video.VideoStills;
import org.okju.report.ItemEvidence;

/**
 * Reads an item's pixels from the evidence, read-only (the evidence layer's reader: no write, no
 * access time moved): a picture decoded in memory, or a few stills of a video (the video is copied
 * to a private spool file for the decoder, deleted at once). Thread-safe.
 */
public final class EvidencePixels {
  /** Largest picture read into memory. */
  static final int MAX_IMAGE_BYTES = 256 << 20;

  /** Stills shown of a video. */
  static final int STILLS = 4;

  private final EvidenceReader evidence = new EvidenceReader();
  private final ImageDecoder decoder = new ImageDecoder();
  private final VideoStills stills = new VideoStills();
  private final Path spool;

  /**
   * @param spool a folder of the server's own (never under evidence) for video spool files
   */
  public EvidencePixels(Path spool) {
    this.spool = spool;
  }

  private EvidenceAddress address(CaseStore store, Item item) throws MediaUnavailableException {
    if (item.parent().isPresent()) {
      throw new MediaUnavailableException(
          "This item is inside an archive; the workbench shows only files of a source. Its hashes"
              + " and evidence are above.");
    }
    Source source =
        store
            .sources()
            .find(item.source())
            .orElseThrow(() -> new MediaUnavailableException("The item's source is not recorded."));
    return ItemEvidence.address(store, source, item);
  }

  /** The item's picture. */
  public BufferedImage picture(CaseStore store, Item item) throws MediaUnavailableException {
    byte[] bytes;
    try {
      bytes = evidence.readSmall(address(store, item), MAX_IMAGE_BYTES);
    } catch (IOException e) {
      throw new MediaUnavailableException("The evidence file cannot be read now.", e);
    }
    if (bytes == null) {
      throw new MediaUnavailableException(
          "The picture is larger than " + (MAX_IMAGE_BYTES >> 20) + " MiB; it is not shown here.");
    }
    try {
      return decoder.decodeWithWarnings(bytes, Path.of("item-" + item.id().value())).image();
    } catch (ImageDecodeException e) {
      throw new MediaUnavailableException("The picture does not decode: " + e.reason(), e);
    }
  }

  /** A few stills evenly spaced over the item's video. */
  public List<BufferedImage> stills(CaseStore store, Item item, int maxSide)
      throws MediaUnavailableException {
    EvidenceAddress address = address(store, item);
    Path copy = null;
    try {
      Files.createDirectories(spool);
      copy = Files.createTempFile(spool, "view-", ".spool");
      Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
      Files.delete(copy);
      evidence.copyTo(address, copy, Long.MAX_VALUE);
      return stills.sample(copy, STILLS, maxSide);
    } catch (IOException e) {
      throw new MediaUnavailableException("The evidence file cannot be read now.", e);
    } catch (VideoDecodeException e) {
      throw new MediaUnavailableException("The video does not decode: " + e.reason(), e);
    } finally {
      if (copy != null) {
        try {
          Files.deleteIfExists(copy);
        } catch (IOException e) {
          // Left for the next server start's clean-up of the spool folder.
        }
      }
    }
  }

  /** Deletes spool files a stopped server left behind. */
  public void clearSpool() {
    try (var files = Files.list(spool)) {
      for (Path p : files.toList()) {
        if (p.getFileName().toString().endsWith(".spool")) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      // No spool folder yet.
    }
  }
}
