package org.okju.testkit;

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

/**
 * Builds a benchmark corpus at run time from ordinary photos (the reference test images): each
 * output is a different crop of a source, scaled to the requested size and saved as a JPEG, so no
 * two files decode to the same pixels and nothing is committed.
 */
public final class SyntheticPhotos {
  private SyntheticPhotos() {}

  /**
   * {@code count} JPEGs of {@code width}x{@code height} in {@code dir}, named {@code
   * PREFIX-NNNNN.jpg}: the sources in turn, each time cropped by a different inset.
   */
  public static List<Path> jpegs(
      List<BufferedImage> sources, int count, int width, int height, Path dir, String prefix)
      throws IOException {
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
      Path file = dir.resolve(String.format(Locale.ROOT, "%s-%05d.jpg", prefix, i));
      writeJpeg(img, file);
      out.add(file);
    }
    return out;
  }

  /** Writes {@code img} as a baseline JPEG at quality 0.9, as the synthetic photos are. */
  public static void writeJpeg(BufferedImage img, Path file) throws IOException {
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
