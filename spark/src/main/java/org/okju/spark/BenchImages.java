package org.okju.spark;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.okju.testkit.ReferencePhotos;
import org.okju.testkit.SyntheticPhotos;

/**
 * The fingerprint bench's corpus, made at run time from the test vectors' ordinary photos: each
 * file a different crop of one, scaled and saved as a JPEG (no two decode alike; nothing
 * committed).
 */
final class BenchImages {
  private BenchImages() {}

  static List<Path> make(Path vectors, int count, int width, int height, Path dir)
      throws IOException {
    List<BufferedImage> sources = new ArrayList<>();
    for (String name : ReferencePhotos.DISTINCT) {
      BufferedImage img = ImageIO.read(vectors.resolve("pdq/data").resolve(name).toFile());
      if (img != null) {
        sources.add(img);
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no reference photos under " + vectors);
    }
    return SyntheticPhotos.jpegs(sources, count, width, height, dir, "img");
  }
}
