package org.okju.copies;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.okju.fingerprint.CopySignal;
import org.okju.fingerprint.CopySignals;
import org.okju.fingerprint.Dihedral;
import org.okju.fingerprint.ImageDecoder;
import org.okju.fingerprint.ImageLuma;
import org.okju.fingerprint.LumaSource;
import org.okju.fingerprint.PdqDihedralResult;
import org.okju.fingerprint.PdqHasher;
import org.okju.fingerprint.PdqScratch;

/** Test pictures from the shared vectors and the Java2D edits re-posters make. */
final class Pictures {
  private static final PdqHasher HASHER = new PdqHasher();
  private static final CopySignals SIGNALS = new CopySignals(HASHER);

  private Pictures() {}

  static Path vectors() {
    String configured = System.getProperty("okju.testvectors");
    Path base =
        configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "testvectors");
    return base.resolve("threatexchange").normalize();
  }

  static BufferedImage photo(String relative) {
    try {
      return rgb(new ImageDecoder().decode(vectors().resolve("pdq/data").resolve(relative)));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + relative, e);
    }
  }

  /** Distinct photos of the vectors (different scenes, some alike: outdoor, street, objects). */
  static final List<String> DISTINCT =
      List.of(
          "bridge-mods/aaa-orig.jpg",
          "reg-test-input/pen-and-coaster.png",
          "reg-test-input/exif-rotn/exif-rotn-1.jpg",
          "reg-test-input/labelme-subset/q0003.jpg",
          "reg-test-input/labelme-subset/q0004.jpg",
          "reg-test-input/labelme-subset/q0122.jpg",
          "reg-test-input/labelme-subset/q0291.jpg",
          "reg-test-input/labelme-subset/q0746.jpg",
          "reg-test-input/labelme-subset/q1050.jpg",
          "reg-test-input/labelme-subset/q2821.jpg",
          "misc-images/c.png");

  /** The picture as copy grouping sees it, hashed as ingest hashes it. */
  static Media media(long item, String name, BufferedImage image) {
    LumaSource luma = ImageLuma.of(image);
    PdqScratch scratch = new PdqScratch();
    PdqDihedralResult full = HASHER.dihedral(luma, EnumSet.allOf(Dihedral.class), scratch);
    List<Media.View> views = new ArrayList<>();
    for (CopySignal s : SIGNALS.of(luma, full, scratch)) {
      views.add(
          new Media.View(
              0,
              0,
              s.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              s.orientation().label(),
              s.hash(),
              s.quality()));
    }
    byte[] png = png(image);
    return new Media(item, name, sha256(png), png.length, false, views);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static BufferedImage rgb(BufferedImage in) {
    BufferedImage out =
        new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(in, 0, 0, null);
    g.dispose();
    return out;
  }

  static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage jpeg(BufferedImage image, float quality) {
    try {
      ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
      ImageWriteParam p = w.getDefaultWriteParam();
      p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      p.setCompressionQuality(quality);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (var ios = ImageIO.createImageOutputStream(out)) {
        w.setOutput(ios);
        w.write(null, new IIOImage(image, null, null), p);
      }
      w.dispose();
      return rgb(ImageIO.read(new ByteArrayInputStream(out.toByteArray())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BufferedImage resize(BufferedImage in, double factor) {
    int w = Math.max(16, (int) Math.round(in.getWidth() * factor));
    int h = Math.max(16, (int) Math.round(in.getHeight() * factor));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(in, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  static BufferedImage grey(BufferedImage in) {
    BufferedImage g =
        new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    g.getGraphics().drawImage(in, 0, 0, null);
    return rgb(g);
  }

  /** Sepia-like toning, then stronger contrast: a colour and contrast change at once. */
  static BufferedImage sepiaContrast(BufferedImage in) {
    BufferedImage out =
        new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < in.getHeight(); y++) {
      for (int x = 0; x < in.getWidth(); x++) {
        int p = in.getRGB(x, y);
        double l = 0.299 * (p >> 16 & 255) + 0.587 * (p >> 8 & 255) + 0.114 * (p & 255);
        l = Math.max(0, Math.min(255, (l - 128) * 1.4 + 128));
        int r = (int) Math.min(255, l * 1.07);
        int gr = (int) Math.min(255, l * 0.95);
        int b = (int) Math.min(255, l * 0.75);
        out.setRGB(x, y, r << 16 | gr << 8 | b);
      }
    }
    return out;
  }

  static BufferedImage blur(BufferedImage in, int radius) {
    int n = radius * 2 + 1;
    float[] k = new float[n * n];
    java.util.Arrays.fill(k, 1f / (n * n));
    return new ConvolveOp(new Kernel(n, n, k), ConvolveOp.EDGE_NO_OP, null).filter(in, null);
  }

  static BufferedImage sharpen(BufferedImage in) {
    float[] k = {0, -0.5f, 0, -0.5f, 3f, -0.5f, 0, -0.5f, 0};
    return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(in, null);
  }

  /** Crops the given shares off the left, top, right and bottom. */
  static BufferedImage crop(BufferedImage in, double l, double t, double r, double b) {
    int x = (int) Math.round(in.getWidth() * l);
    int y = (int) Math.round(in.getHeight() * t);
    int w = in.getWidth() - x - (int) Math.round(in.getWidth() * r);
    int h = in.getHeight() - y - (int) Math.round(in.getHeight() * b);
    return rgb(in.getSubimage(x, y, w, h));
  }

  /** Bars above and below (letterbox) or left and right (pillarbox), of the given colour. */
  static BufferedImage bars(BufferedImage in, int top, int side, Color colour) {
    BufferedImage out =
        new BufferedImage(
            in.getWidth() + 2 * side, in.getHeight() + 2 * top, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(in, side, top, null);
    g.dispose();
    return out;
  }

  static BufferedImage flipHorizontal(BufferedImage in) {
    return transform(
        in, new AffineTransform(-1, 0, 0, 1, in.getWidth(), 0), in.getWidth(), in.getHeight());
  }

  static BufferedImage rotate90(BufferedImage in) {
    AffineTransform t = new AffineTransform(0, 1, -1, 0, in.getHeight(), 0);
    return transform(in, t, in.getHeight(), in.getWidth());
  }

  private static BufferedImage transform(BufferedImage in, AffineTransform t, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(in, t, null);
    g.dispose();
    return out;
  }

  /** A semi-opaque logo box and a caption over a small corner, as re-posting sites stamp. */
  static BufferedImage watermark(BufferedImage in) {
    BufferedImage out = rgb(in);
    Graphics2D g = out.createGraphics();
    int w = out.getWidth();
    int h = out.getHeight();
    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.7f));
    g.setColor(Color.WHITE);
    g.fillRect(w - w / 5 - 8, h - h / 10 - 8, w / 5, h / 10);
    g.setColor(Color.RED);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, h / 16)));
    g.drawString("xxvideo.example", 8, Math.max(12, h / 14));
    g.dispose();
    return out;
  }

  static BufferedImage border(BufferedImage in, int px, Color colour) {
    return bars(in, px, px, colour);
  }

  static Path write(BufferedImage image, Path file) throws IOException {
    Files.write(file, png(image));
    return file;
  }
}
