package org.okju.spark;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.okju.testkit.ReferencePhotos;

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
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BufferedImage src = sources.get(i % sources.size());
      int inset = (i * 7) % Math.max(1, Math.min(src.getWidth(), src.getHeight()) / 8);
      BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = img.createGraphics();
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(
          src,
          0,
          0,
          width,
          height,
          inset,
          inset,
          src.getWidth() - inset,
          src.getHeight() - inset,
          null);
      g.dispose();
      Path file = dir.resolve(String.format(Locale.ROOT, "img-%05d.jpg", i));
      write(img, file);
      out.add(file);
    }
    return out;
  }

  private static void write(BufferedImage img, Path file) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.9f);
      writer.write(null, new IIOImage(img, null, null), p);
    } finally {
      writer.dispose();
    }
  }
}
