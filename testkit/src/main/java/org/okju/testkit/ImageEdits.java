package org.okju.testkit;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;

/**
 * The edits re-posters make to a photo, in Java2D: the copy-detection transform list, shared by the
 * copies module's grouping tests and {@code okju bench copies}. Made at test or bench time from
 * ordinary photos; nothing is committed. Stateless; {@link #all} gives them by name.
 */
public final class ImageEdits {
  private ImageEdits() {}

  /** Every edit by name; {@code crop-random} draws each side's share from {@code random}. */
  public static Map<String, UnaryOperator<BufferedImage>> all(Random random) {
    Map<String, UnaryOperator<BufferedImage>> e = new LinkedHashMap<>();
    e.put("jpeg-q20", i -> jpeg(i, 0.2f));
    e.put("jpeg-q60", i -> jpeg(i, 0.6f));
    e.put("resize-40", i -> resize(i, 0.4));
    e.put("upscale-150", i -> resize(i, 1.5));
    e.put("grey", ImageEdits::grey);
    e.put("sepia-contrast", ImageEdits::sepiaContrast);
    e.put("blur", i -> blur(i, 2));
    e.put("sharpen", ImageEdits::sharpen);
    e.put("letterbox-black", i -> bars(i, i.getHeight() / 5, 0, Color.BLACK));
    e.put("pillarbox-red", i -> bars(i, 0, i.getWidth() / 4, new Color(190, 20, 40)));
    e.put("border-white", i -> bars(i, i.getWidth() / 20, i.getWidth() / 20, Color.WHITE));
    e.put("flip-horizontal", ImageEdits::flipHorizontal);
    e.put("flip-vertical", i -> rotate90(rotate90(flipHorizontal(i))));
    e.put("rotate-90", ImageEdits::rotate90);
    e.put("rotate-270", i -> rotate90(rotate90(rotate90(i))));
    e.put("watermark-caption", ImageEdits::watermark);
    e.put("crop-10-one-side", i -> crop(i, 0, 0, 0, 0.10));
    e.put("crop-5-all", i -> crop(i, 0.05, 0.05, 0.05, 0.05));
    e.put("crop-10-all", i -> crop(i, 0.10, 0.10, 0.10, 0.10));
    e.put(
        "crop-random-0-10",
        i ->
            crop(
                i,
                random.nextDouble() * 0.1,
                random.nextDouble() * 0.1,
                random.nextDouble() * 0.1,
                random.nextDouble() * 0.1));
    return e;
  }

  public static BufferedImage rgb(BufferedImage in) {
    BufferedImage out =
        new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(in, 0, 0, null);
    g.dispose();
    return out;
  }

  public static BufferedImage jpeg(BufferedImage image, float quality) {
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

  public static BufferedImage resize(BufferedImage in, double factor) {
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

  public static BufferedImage grey(BufferedImage in) {
    BufferedImage g =
        new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    g.getGraphics().drawImage(in, 0, 0, null);
    return rgb(g);
  }

  /** Sepia-like toning, then stronger contrast: a colour and contrast change at once. */
  public static BufferedImage sepiaContrast(BufferedImage in) {
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

  public static BufferedImage blur(BufferedImage in, int radius) {
    int n = radius * 2 + 1;
    float[] k = new float[n * n];
    Arrays.fill(k, 1f / (n * n));
    return new ConvolveOp(new Kernel(n, n, k), ConvolveOp.EDGE_NO_OP, null).filter(in, null);
  }

  public static BufferedImage sharpen(BufferedImage in) {
    float[] k = {0, -0.5f, 0, -0.5f, 3f, -0.5f, 0, -0.5f, 0};
    return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(in, null);
  }

  /** Crops the given shares off the left, top, right and bottom. */
  public static BufferedImage crop(BufferedImage in, double l, double t, double r, double b) {
    int x = (int) Math.round(in.getWidth() * l);
    int y = (int) Math.round(in.getHeight() * t);
    int w = in.getWidth() - x - (int) Math.round(in.getWidth() * r);
    int h = in.getHeight() - y - (int) Math.round(in.getHeight() * b);
    return rgb(in.getSubimage(x, y, w, h));
  }

  /** Bars above and below and left and right, of the given colour. */
  public static BufferedImage bars(BufferedImage in, int top, int side, Color colour) {
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

  public static BufferedImage flipHorizontal(BufferedImage in) {
    return transform(
        in, new AffineTransform(-1, 0, 0, 1, in.getWidth(), 0), in.getWidth(), in.getHeight());
  }

  public static BufferedImage rotate90(BufferedImage in) {
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

  /**
   * Edits of a picture with transparency (an icon, a sticker) that keep its alpha channel: a PNG
   * copy resized, mirrored or turned, as icon sets and sticker packs are re-shared.
   */
  public static Map<String, UnaryOperator<BufferedImage>> keepingAlpha() {
    Map<String, UnaryOperator<BufferedImage>> e = new LinkedHashMap<>();
    e.put("resize-50", i -> scaledKeepingAlpha(i, 0.5));
    e.put("upscale-200", i -> scaledKeepingAlpha(i, 2.0));
    e.put(
        "flip-horizontal",
        i ->
            transformKeepingAlpha(
                i, new AffineTransform(-1, 0, 0, 1, i.getWidth(), 0), i.getWidth(), i.getHeight()));
    e.put(
        "rotate-90",
        i ->
            transformKeepingAlpha(
                i,
                new AffineTransform(0, 1, -1, 0, i.getHeight(), 0),
                i.getHeight(),
                i.getWidth()));
    return e;
  }

  /** {@code in} scaled by {@code factor} (bilinear), transparency kept. */
  public static BufferedImage scaledKeepingAlpha(BufferedImage in, double factor) {
    int w = Math.max(1, (int) Math.round(in.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(in.getHeight() * factor));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(in, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static BufferedImage transformKeepingAlpha(
      BufferedImage in, AffineTransform t, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(in, t, null);
    g.dispose();
    return out;
  }

  /** A semi-opaque logo box and a caption over a small corner, as re-posting sites stamp. */
  public static BufferedImage watermark(BufferedImage in) {
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

  /** A uniform frame of {@code px} pixels around the picture. */
  public static BufferedImage border(BufferedImage in, int px, Color colour) {
    return bars(in, px, px, colour);
  }

  /** The picture as PNG bytes (lossless). */
  public static byte[] png(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Edits re-posters make that the {@link #all} list lacks, each found only through views added for
   * it: a crop at uneven offsets and a mirror together, deep centre crops, and a small turn cropped
   * to hide the corners. Every draw of a random share comes from {@code random}.
   */
  public static Map<String, UnaryOperator<BufferedImage>> reposterEdits(Random random) {
    Map<String, UnaryOperator<BufferedImage>> e = new LinkedHashMap<>();
    e.put("crop-random-flip", i -> flipHorizontal(randomCrop(i, random)));
    e.put(
        "crop-random-flip-vertical",
        i -> rotate90(rotate90(flipHorizontal(randomCrop(i, random)))));
    e.put("centre-crop-25", i -> crop(i, 0.125, 0.125, 0.125, 0.125));
    e.put("centre-crop-25-a-side", i -> crop(i, 0.25, 0.25, 0.25, 0.25));
    e.put("rotate-3-cropped", i -> turnedCropped(i, 3));
    e.put(
        "rotate-random-2-4-cropped",
        i -> turnedCropped(i, (random.nextBoolean() ? 1 : -1) * (2 + 2 * random.nextDouble())));
    e.put("captions-above-below", ImageEdits::memeCaptions);
    e.put("phone-screenshot", ImageEdits::phoneScreenshot);
    e.put("small-compressed", i -> jpeg(resize(i, 0.3), 0.12f));
    // Placed from the picture's own size, not from random: the draws of the edits above stay as
    // they were for a seed.
    e.put(
        "sticker-over-half",
        i -> sticker(i, StickerPlace.random(new Random(31L * i.getWidth() + i.getHeight()))));
    // Censor boxes over a still picture (session 22), also placed from the picture's own size, each
    // on a stream of its own.
    e.put("box-black-centre", i -> blackBox(i, new BoxPlace(0.325, 0.325, 0.35, 0.35)));
    e.put("box-black-upper-middle", i -> blackBox(i, new BoxPlace(0.375, 0.08, 0.25, 0.30)));
    OwnStream black = new OwnStream(41);
    OwnStream pixelated = new OwnStream(43);
    OwnStream blurred = new OwnStream(47);
    e.put("box-black-random", i -> blackBox(i, BoxPlace.random(black.of(i))));
    e.put("box-pixelated-random", i -> pixelatedBox(i, BoxPlace.random(pixelated.of(i))));
    e.put("box-blurred-random", i -> blurredBox(i, BoxPlace.random(blurred.of(i))));
    // A larger sticker (session 23), on a stream of its own too.
    OwnStream large = new OwnStream(53);
    e.put("sticker-large-random", i -> sticker(i, StickerPlace.large(large.of(i))));
    // A box combined with a crop or a mirror (session 24): re-posters crop a picture and hide a
    // face. Each on a stream of its own, so every edit above keeps its copies for a seed.
    OwnStream croppedBox = new OwnStream(59);
    e.put(
        "box-crop-random",
        i -> {
          Random r = croppedBox.of(i);
          BufferedImage cropped = randomCrop(i, r);
          return boxOrEmoji(cropped, BoxPlace.random(r), r.nextBoolean());
        });
    OwnStream mirroredBox = new OwnStream(61);
    e.put("box-flip", i -> blackBox(flipHorizontal(i), BoxPlace.random(mirroredBox.of(i))));
    return e;
  }

  /**
   * A random stream of one edit, seeded from the first picture it edits (its size) and {@code
   * salt}, then drawn on for every further copy: other edits' draws stay as they were for a seed.
   */
  private static final class OwnStream {
    private final long salt;
    private Random random;

    OwnStream(long salt) {
      this.salt = salt;
    }

    Random of(BufferedImage first) {
      if (random == null) {
        random = new Random(salt * 1_000_003L + 31L * first.getWidth() + first.getHeight());
      }
      return random;
    }
  }

  /**
   * A censor box, in shares of the picture: anywhere, 8-15% of its area, its sides 0.6-1.6 times as
   * long as each other (a face, a body).
   */
  public record BoxPlace(double x, double y, double width, double height) {
    public static BoxPlace random(Random r) {
      double area = 0.08 + 0.07 * r.nextDouble();
      double aspect = 0.6 + r.nextDouble();
      double w = Math.min(0.9, Math.sqrt(area * aspect));
      double h = Math.min(0.9, area / w);
      return new BoxPlace(r.nextDouble() * (1 - w), r.nextDouble() * (1 - h), w, h);
    }

    int[] pixels(BufferedImage in) {
      int x0 = (int) Math.round(x * in.getWidth());
      int y0 = (int) Math.round(y * in.getHeight());
      int x1 = Math.min(in.getWidth(), (int) Math.round((x + width) * in.getWidth()));
      int y1 = Math.min(in.getHeight(), (int) Math.round((y + height) * in.getHeight()));
      return new int[] {x0, y0, x1, y1};
    }
  }

  /** {@code in} with an opaque black box at {@code p}. */
  public static BufferedImage blackBox(BufferedImage in, BoxPlace p) {
    BufferedImage out = rgb(in);
    int[] b = p.pixels(out);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(b[0], b[1], b[2] - b[0], b[3] - b[1]);
    g.dispose();
    return out;
  }

  /**
   * {@code in} with an opaque black box at {@code p}, or with the bench's emoji (a yellow face)
   * filling the same place when {@code emoji}.
   */
  public static BufferedImage boxOrEmoji(BufferedImage in, BoxPlace p, boolean emoji) {
    return emoji
        ? sticker(in, new StickerPlace(p.x(), p.y(), p.width(), p.height()))
        : blackBox(in, p);
  }

  /** {@code in} pixelated at {@code p}: blocks of a twentieth of the picture's width, averaged. */
  public static BufferedImage pixelatedBox(BufferedImage in, BoxPlace p) {
    BufferedImage out = rgb(in);
    int[] b = p.pixels(out);
    int block = Math.max(2, out.getWidth() / 20);
    for (int by = b[1]; by < b[3]; by += block) {
      for (int bx = b[0]; bx < b[2]; bx += block) {
        int ex = Math.min(b[2], bx + block);
        int ey = Math.min(b[3], by + block);
        long r = 0;
        long gr = 0;
        long bl = 0;
        int n = 0;
        for (int y = by; y < ey; y++) {
          for (int x = bx; x < ex; x++) {
            int rgb = out.getRGB(x, y);
            r += rgb >> 16 & 0xFF;
            gr += rgb >> 8 & 0xFF;
            bl += rgb & 0xFF;
            n++;
          }
        }
        int mean = (int) (r / n) << 16 | (int) (gr / n) << 8 | (int) (bl / n);
        for (int y = by; y < ey; y++) {
          for (int x = bx; x < ex; x++) {
            out.setRGB(x, y, mean);
          }
        }
      }
    }
    return out;
  }

  /** {@code in} blurred at {@code p} by a box of a fifteenth of the picture's width. */
  public static BufferedImage blurredBox(BufferedImage in, BoxPlace p) {
    BufferedImage out = rgb(in);
    int[] b = p.pixels(out);
    // Twice a box blur: close to a Gaussian, as editors' censor blur is.
    BufferedImage blurred = rgb(in);
    int radius = Math.max(1, out.getWidth() / 30);
    for (int pass = 0; pass < 2; pass++) {
      blurred = blur(blurred, radius);
    }
    for (int y = b[1]; y < b[3]; y++) {
      for (int x = b[0]; x < b[2]; x++) {
        out.setRGB(x, y, blurred.getRGB(x, y));
      }
    }
    return out;
  }

  /**
   * Where a sticker goes, in shares of the picture: a box inside one half (drawn at random), a
   * third to a half of the picture across that half's long side and 60-90% of its short side.
   */
  public record StickerPlace(double x, double y, double width, double height) {
    public static StickerPlace random(Random r) {
      return inOneHalf(r, 0.35, 0.15, 0.30, 0.15);
    }

    /**
     * A large sticker inside one half (drawn at random): 45-50% of the picture across that half's
     * long side and 40-46% of the picture across its short side (80-92% of the half), up to about a
     * third of the picture in thumbnail cells.
     */
    public static StickerPlace large(Random r) {
      return inOneHalf(r, 0.45, 0.05, 0.40, 0.06);
    }

    // A box inside a half drawn from r, its sides drawn between the minimum and minimum + span
    // (shares of the picture); the draws in this order, so a seed gives the same places.
    private static StickerPlace inOneHalf(
        Random r, double alongMin, double alongSpan, double acrossMin, double acrossSpan) {
      int half = r.nextInt(4);
      double along = alongMin + alongSpan * r.nextDouble();
      double across = acrossMin + acrossSpan * r.nextDouble();
      double a = r.nextDouble() * (1 - along);
      double b = r.nextDouble() * (0.5 - across);
      return switch (half) {
        case 0 -> new StickerPlace(a, b, along, across); // top half
        case 1 -> new StickerPlace(a, 0.5 + b, along, across); // bottom half
        case 2 -> new StickerPlace(b, a, across, along); // left half
        default -> new StickerPlace(0.5 + b, a, across, along); // right half
      };
    }

    /** Two eyes and a mouth, dark boxes inside the sticker: {x, y, width, height} shares each. */
    public List<double[]> features() {
      return List.of(
          new double[] {x + width * 0.2, y + height * 0.2, width * 0.15, height * 0.2},
          new double[] {x + width * 0.65, y + height * 0.2, width * 0.15, height * 0.2},
          new double[] {x + width * 0.25, y + height * 0.65, width * 0.5, height * 0.12});
    }
  }

  /** {@code in} with an opaque sticker (a yellow face) at {@code p}. */
  public static BufferedImage sticker(BufferedImage in, StickerPlace p) {
    BufferedImage out = rgb(in);
    Graphics2D g = out.createGraphics();
    int w = out.getWidth();
    int h = out.getHeight();
    g.setColor(new Color(0xF5C518));
    g.fillOval((int) (p.x() * w), (int) (p.y() * h), (int) (p.width() * w), (int) (p.height() * h));
    g.setColor(new Color(0x3A2A10));
    for (double[] f : p.features()) {
      g.fillRect((int) (f[0] * w), (int) (f[1] * h), (int) (f[2] * w), (int) (f[3] * h));
    }
    g.dispose();
    return out;
  }

  /**
   * A meme: white bands above and below the picture, each a fifth of its height, holding two lines
   * of black text, the picture itself untouched between them.
   */
  public static BufferedImage memeCaptions(BufferedImage in) {
    int w = in.getWidth();
    int h = in.getHeight();
    int band = h / 5;
    BufferedImage out = new BufferedImage(w, h + 2 * band, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, out.getHeight());
    g.drawImage(in, 0, band, null);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, band / 3)));
    g.drawString("WHEN YOU FIND THE PLACE", w / 20, band * 2 / 5);
    g.drawString("NOBODY KNOWS ABOUT", w / 20, band * 4 / 5);
    g.drawString("and then everyone finds it", w / 20, band + h + band * 3 / 5);
    g.dispose();
    return out;
  }

  /**
   * A phone's screenshot of the picture in a social app: a portrait 9:19.5 screen, a status bar
   * (time, battery), the poster's name above the picture (fitted to the screen's width), a row of
   * buttons and a caption under it, the rest of the screen the app's dark background.
   */
  public static BufferedImage phoneScreenshot(BufferedImage in) {
    int w = in.getWidth();
    int h = (int) Math.round(w * 19.5 / 9);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(18, 18, 18));
    g.fillRect(0, 0, w, h);
    int unit = Math.max(8, w / 24);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, unit));
    g.setColor(Color.WHITE);
    g.drawString("9:41", unit, unit * 3 / 2);
    g.fillRect(w - 3 * unit, unit / 2, 2 * unit, unit * 3 / 4);
    g.fillOval(unit, 3 * unit, 2 * unit, 2 * unit);
    g.drawString("sharing_account", 4 * unit, 4 * unit + unit / 3);
    int top = 6 * unit;
    int pictureHeight = (int) Math.round(in.getHeight() * (double) w / in.getWidth());
    g.drawImage(in, 0, top, w, pictureHeight, null);
    int below = top + pictureHeight + unit;
    for (int i = 0; i < 4; i++) {
      g.drawOval(unit + i * 3 * unit, below, 2 * unit, 2 * unit);
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, unit));
    g.drawString("1,204 likes", unit, below + 4 * unit);
    g.drawString("sharing_account look at this view", unit, below + 6 * unit);
    g.dispose();
    return out;
  }

  private static BufferedImage randomCrop(BufferedImage in, Random random) {
    return crop(
        in,
        random.nextDouble() * 0.1,
        random.nextDouble() * 0.1,
        random.nextDouble() * 0.1,
        random.nextDouble() * 0.1);
  }

  /**
   * {@code in} turned by {@code degrees} (counter-clockwise as shown) about its centre and cropped
   * to the largest centred rectangle of its own shape that holds no corner of the turned frame,
   * scaled back to its size: what a phone's straighten tool does.
   */
  public static BufferedImage turnedCropped(BufferedImage in, double degrees) {
    int w = in.getWidth();
    int h = in.getHeight();
    double t = Math.toRadians(Math.abs(degrees));
    double keep =
        Math.min(
            1 / (Math.cos(t) + (double) Math.max(w, h) / Math.min(w, h) * Math.sin(t)),
            1 / (Math.cos(t) + Math.sin(t)));
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.translate(w / 2.0, h / 2.0);
    g.scale(1 / keep, 1 / keep);
    // Java2D's y axis points down: a negative angle turns counter-clockwise on screen.
    g.rotate(-Math.toRadians(degrees));
    g.drawImage(in, (int) Math.round(-w / 2.0), (int) Math.round(-h / 2.0), null);
    g.dispose();
    return out;
  }
}
