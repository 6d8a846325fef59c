package org.okju.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.okju.copies.Media;
import org.okju.copies.ThumbnailSource;
import org.okju.fingerprint.ImageDecodeException;
import org.okju.fingerprint.ImageDecoder;
import org.okju.fingerprint.PictureThumbnail;
import org.okju.testkit.ImageEdits;

/**
 * The copy-grouping benches' pictures: source photos decoded as ingest decodes them and scaled to
 * {@link #WIDTH}, then hashed as ingest hashes them, their thumbnails kept for the grouping. Not
 * thread-safe.
 */
final class PhotoCorpus {
  /** Width the source photos are scaled to before they are edited. */
  static final int WIDTH = 480;

  private final BenchMedia hashing = new BenchMedia();
  private final Map<Long, PictureThumbnail> thumbnails = new HashMap<>();

  /** {@code file} decoded to RGB at its own size. */
  static BufferedImage decode(Path file) throws IOException {
    try {
      return ImageEdits.rgb(new ImageDecoder().decode(file));
    } catch (ImageDecodeException e) {
      throw new IOException("cannot decode " + file, e);
    }
  }

  /** {@code file} decoded and scaled to {@link #WIDTH} pixels wide: a source photo. */
  static BufferedImage source(Path file) throws IOException {
    BufferedImage photo = decode(file);
    return ImageEdits.resize(photo, (double) WIDTH / photo.getWidth());
  }

  /** The PDQ quality of the whole picture's view, which grouping compares to its floor. */
  static int canonicalQuality(Media media) {
    return media.views().stream().filter(Media.View::canonical).findFirst().get().quality();
  }

  /** {@code image} hashed as item {@code item}; its thumbnail is kept for {@link #thumbnails}. */
  Media media(long item, BufferedImage image) throws IOException {
    BenchMedia.Picture p = hashing.picture(item, image);
    thumbnails.put(item, p.thumbnail());
    return p.media();
  }

  /** The thumbnails of every picture hashed so far. */
  ThumbnailSource thumbnails() {
    return ThumbnailSource.of(thumbnails);
  }
}
