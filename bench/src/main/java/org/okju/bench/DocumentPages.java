package org.okju.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Text screenshots and document thumbnails rendered at run time from what Debian ships: the first
 * lines of packages' {@code /usr/share/doc/PKG/copyright} files, black on white in a monospaced
 * font, as a text editor or a document preview shows them. Many start with the same machine-
 * readable header, so different pages share their layout: the hard case for a perceptual hash.
 */
final class DocumentPages {
  private DocumentPages() {}

  /** A rendered page and the text it shows (its identity). */
  record Page(String source, String text, BufferedImage image) {}

  static final int WIDTH = 640;
  static final int HEIGHT = 720;
  static final int LINES = 40;

  /** Up to {@code count} pages from {@code docs} (packages drawn at random with {@code seed}). */
  static List<Page> render(Path docs, int count, long seed) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(docs)) {
      for (Path d : dirs.sorted().toList()) {
        Path c = d.resolve("copyright");
        if (Files.isRegularFile(c)) {
          files.add(c);
        }
      }
    }
    Collections.shuffle(files, new Random(seed));
    List<Page> out = new ArrayList<>();
    for (Path f : files) {
      if (out.size() >= count) {
        break;
      }
      List<String> lines = new ArrayList<>();
      for (String line :
          new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n", -1)) {
        if (lines.size() >= LINES) {
          break;
        }
        lines.add(line.replace("\t", "    "));
      }
      String text = String.join("\n", lines);
      if (text.isBlank()) {
        continue;
      }
      out.add(new Page(f.toString(), text, page(lines)));
    }
    return out;
  }

  static BufferedImage page(List<String> lines) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(new Color(30, 30, 30));
    g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
    int y = 22;
    for (String line : lines) {
      g.drawString(line, 12, y);
      y += 17;
    }
    g.dispose();
    return img;
  }
}
