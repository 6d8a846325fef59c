package org.okju.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.okju.fingerprint.ImageDecodeException;
import org.okju.fingerprint.ImageDecoder;
import org.okju.testkit.SyntheticPhotos;

/** The default PDQ benchmark corpora: four-megapixel photos and small (≤512 px) ones. */
public final class PdqCorpus {
  /** Width and height of the "four-megapixel" images the speed targets are stated for. */
  public static final int LARGE_WIDTH = 2560;

  public static final int LARGE_HEIGHT = 1600;

  private PdqCorpus() {}

  /** Decodable photos under {@code sourceDir} (any depth), to crop and scale from. */
  public static List<BufferedImage> sourcePhotos(Path sourceDir) throws IOException {
    ImageDecoder decoder = new ImageDecoder();
    List<BufferedImage> photos = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sourceDir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        if (!(name.endsWith(".jpg") || name.endsWith(".png"))) {
          continue;
        }
        try {
          BufferedImage img = decoder.decode(p);
          if (img.getWidth() >= 900 && img.getHeight() >= 700) {
            photos.add(img);
          }
        } catch (ImageDecodeException e) {
          // Not a usable source photo; the corpus is built from the others.
        }
        if (photos.size() >= 8) {
          break;
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (photos.isEmpty()) {
      throw new IOException("no source photos (jpg/png, at least 900x700) under " + sourceDir);
    }
    return photos;
  }

  /** {@code count} distinct 2560x1600 JPEGs in {@code dir}. */
  public static List<Path> large(List<BufferedImage> photos, int count, Path dir)
      throws IOException {
    return SyntheticPhotos.jpegs(photos, count, LARGE_WIDTH, LARGE_HEIGHT, dir, "large");
  }

  /** {@code count} distinct 512x320 JPEGs in {@code dir}. */
  public static List<Path> small(List<BufferedImage> photos, int count, Path dir)
      throws IOException {
    return SyntheticPhotos.jpegs(photos, count, 512, 320, dir, "small");
  }
}
