package org.okju.web.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns decoded pixels into what a viewer may see: scaled down, greyscale and blurred unless the
 * mode lifts them, re-encoded as a fresh JPEG (no byte, tag or thumbnail of the original reaches
 * the browser). Video stills are laid out as one contact sheet. Stateless and thread-safe.
 */
public final class MediaRenderer {
  /** Longest side of a blurred view: larger would only cost time, the blur hides detail anyway. */
  static final int BLURRED_SIDE = 480;

  /** Longest side of a sharp view. */
  static final int SHARP_SIDE = 1280;

  // The blur: the picture is reduced to this many pixels across and smoothly enlarged again,
  // which leaves shapes and colours but no faces, text or detail.
  private static final int BLUR_SIDE = 24;

  /** What a view lifts: blur, greyscale, or both. */
  public record Look(boolean grey, boolean blur) {}

  /** One picture as the viewer may see it, as JPEG bytes. */
  public byte[] picture(BufferedImage source, Look look) {
    return jpeg(look(source, look));
  }

  /** Stills of a video side by side (two columns), each as the viewer may see it. */
  public byte[] contactSheet(List<BufferedImage> stills, Look look) {
    if (stills.isEmpty()) {
      throw new IllegalArgumentException("no stills");
    }
    List<BufferedImage> shown = stills.stream().map(s -> look(s, look)).toList();
    int columns = Math.min(2, shown.size());
    int rows = (shown.size() + columns - 1) / columns;
    int cw = shown.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
    int ch = shown.stream().mapToInt(BufferedImage::getHeight).max().orElse(1);
    int gap = 4;
    BufferedImage sheet =
        new BufferedImage(
            columns * cw + (columns - 1) * gap,
            rows * ch + (rows - 1) * gap,
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
      for (int i = 0; i < shown.size(); i++) {
        g.drawImage(shown.get(i), (i % columns) * (cw + gap), (i / columns) * (ch + gap), null);
      }
    } finally {
      g.dispose();
    }
    return jpeg(sheet);
  }

  private static BufferedImage look(BufferedImage source, Look look) {
    BufferedImage img = scaled(source, look.blur() ? BLURRED_SIDE : SHARP_SIDE);
    if (look.grey()) {
      img = grey(img);
    }
    if (look.blur()) {
      img = blurred(img);
    }
    return img;
  }

  static BufferedImage scaled(BufferedImage src, int maxSide) {
    double scale = Math.min(1.0, maxSide / (double) Math.max(src.getWidth(), src.getHeight()));
    int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
    int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
    return resize(src, w, h);
  }

  private static BufferedImage resize(BufferedImage src, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      // Transparent pixels become white, not black.
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(src, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  static BufferedImage grey(BufferedImage src) {
    BufferedImage out =
        new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.drawImage(src, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  // Reduce in halving steps (each a bilinear average of its 2x2 neighbourhood), then enlarge
  // bilinearly: a smooth, strong blur that no sharpening filter undoes.
  static BufferedImage blurred(BufferedImage src) {
    int w = src.getWidth();
    int h = src.getHeight();
    BufferedImage small = src;
    while (Math.max(small.getWidth(), small.getHeight()) / 2 >= BLUR_SIDE) {
      small = resize(small, Math.max(1, small.getWidth() / 2), Math.max(1, small.getHeight() / 2));
    }
    double scale = BLUR_SIDE / (double) Math.max(small.getWidth(), small.getHeight());
    if (scale < 1) {
      small =
          resize(
              small,
              Math.max(1, (int) Math.round(small.getWidth() * scale)),
              Math.max(1, (int) Math.round(small.getHeight() * scale)));
    }
    BufferedImage big = resize(small, w, h);
    if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return grey(big);
    }
    return big;
  }

  private static byte[] jpeg(BufferedImage img) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam p = writer.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(img, null, null), p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
