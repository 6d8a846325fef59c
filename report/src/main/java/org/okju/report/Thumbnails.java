package org.okju.report;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.Progress;
import org.okju.casefile.Source;
import org.okju.evidence.EvidenceReader;

/**
 * Small, heavily blurred thumbnails of the image evidence, only when the user asks: enough to tell
 * two pictures apart on paper, not to see anyone. The image is shrunk to {@value #COARSE} pixels
 * across (which throws away all detail), then enlarged smoothly to {@value #SIZE} pixels. Read
 * through the evidence layer's {@link EvidenceReader} (read only, access time untouched).
 * Stateless.
 */
public final class Thumbnails {
  static final int COARSE = 8;
  static final int SIZE = 64;
  private static final int MAX_FILE = 32 << 20;

  /** Whether, and how, the report shows thumbnails. */
  public enum Mode {
    /** No media pixels at all (the default). */
    NONE,
    /** Blurred colour thumbnails. */
    BLURRED,
    /** Blurred greyscale thumbnails. */
    GREYSCALE;

    /**
     * Parses the CLI word.
     *
     * @throws IllegalArgumentException for another word
     */
    public static Mode parse(String word) {
      return valueOf(word.toUpperCase(Locale.ROOT));
    }

    String description() {
      return switch (this) {
        case NONE -> "none: this report contains no image or video pixels";
        case BLURRED -> "heavily blurred colour thumbnails, at the user's request (logged)";
        case GREYSCALE -> "heavily blurred greyscale thumbnails, at the user's request (logged)";
      };
    }
  }

  /** A thumbnail as a PNG data URI. */
  record Thumbnail(ItemId item, String dataUri) {}

  private Thumbnails() {}

  /** Thumbnails of the readable top-level image items of the case, in item order. */
  static List<Thumbnail> of(CaseStore store, List<Source> sources, List<Item> items, Mode mode) {
    return of(store, sources, items, mode, Progress.NONE);
  }

  /** The same, telling {@code progress} of each image. */
  static List<Thumbnail> of(
      CaseStore store, List<Source> sources, List<Item> items, Mode mode, Progress progress) {
    if (mode == Mode.NONE) {
      return List.of();
    }
    EvidenceReader reader = new EvidenceReader();
    List<Thumbnail> out = new ArrayList<>();
    List<Item> images =
        items.stream()
            .filter(i -> i.parent().isEmpty() && i.mediaType().orElse("").startsWith("image/"))
            .toList();
    progress.phase("blurring thumbnails", images.size());
    for (Item item : images) {
      progress.done(1);
      Optional<Source> source =
          sources.stream().filter(s -> s.id().equals(item.source())).findFirst();
      if (source.isEmpty()) {
        continue;
      }
      try {
        byte[] bytes = reader.readSmall(ItemEvidence.address(store, source.get(), item), MAX_FILE);
        BufferedImage image = bytes == null ? null : ImageIO.read(new ByteArrayInputStream(bytes));
        if (image != null) {
          out.add(new Thumbnail(item.id(), dataUri(blur(image, mode == Mode.GREYSCALE))));
        }
      } catch (IOException e) {
        // Unreadable or undecodable: the report shows no thumbnail for it.
      }
    }
    return out;
  }

  static BufferedImage blur(BufferedImage image, boolean grey) {
    int coarseH = Math.max(1, COARSE * image.getHeight() / Math.max(1, image.getWidth()));
    BufferedImage coarse = scale(image, COARSE, coarseH, BufferedImage.TYPE_INT_RGB);
    int h = Math.max(1, SIZE * coarseH / COARSE);
    return scale(coarse, SIZE, h, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
  }

  private static BufferedImage scale(BufferedImage src, int w, int h, int type) {
    BufferedImage out = new BufferedImage(w, h, type);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    g.drawImage(src, 0, 0, w, h, null);
    g.dispose();
    return out;
  }

  private static String dataUri(BufferedImage image) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
  }
}
