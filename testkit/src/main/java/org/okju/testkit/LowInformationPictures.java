package org.okju.testkit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Pictures with little information, drawn in Java2D at test time: the kinds that lie close in PDQ
 * space whatever they show. Icons on one tile with a shared badge, the same glyphs drawn in the
 * alpha channel alone (as symbolic icons are), smooth gradients carrying one common stamp, and text
 * screenshots that share their layout. Stateless; every picture is made anew.
 */
public final class LowInformationPictures {
  private LowInformationPictures() {}

  /** Glyphs an icon can show; each is a different picture. */
  public static final int GLYPHS = 8;

  /**
   * An application-style icon, {@code size} pixels square, transparent around a rounded blue tile
   * with glyph number {@code glyph} in white and, when {@code badge}, the same red warning badge in
   * the corner as every other badged icon.
   */
  public static BufferedImage icon(int glyph, boolean badge, int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(img);
    double s = size / 64.0;
    g.setColor(new Color(52, 101, 164));
    g.fillRoundRect(
        (int) (4 * s),
        (int) (4 * s),
        (int) (56 * s),
        (int) (56 * s),
        (int) (14 * s),
        (int) (14 * s));
    g.setColor(Color.WHITE);
    // Line glyphs are stroked in proportion to the size, as an icon redrawn at another size is
    // (a one-pixel ring at 64 and at 128 pixels are two different drawings).
    g.setStroke(new BasicStroke((float) Math.max(1, 2 * s)));
    drawGlyph(g, glyph, s);
    if (badge) {
      g.setColor(new Color(204, 0, 0));
      g.fillOval((int) (38 * s), (int) (38 * s), (int) (24 * s), (int) (24 * s));
      g.setColor(Color.WHITE);
      g.fillRect((int) (48 * s), (int) (42 * s), Math.max(1, (int) (4 * s)), (int) (10 * s));
      g.fillRect((int) (48 * s), (int) (54 * s), Math.max(1, (int) (4 * s)), (int) (4 * s));
    }
    g.dispose();
    return img;
  }

  /**
   * A symbolic icon: glyph {@code glyph} in one grey, drawn only in the alpha channel (every pixel
   * has the same colour; transparency draws the shape), with the shared badge when asked.
   */
  public static BufferedImage symbolic(int glyph, boolean badge, int size) {
    BufferedImage mask = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(mask);
    double s = size / 64.0;
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke((float) (5 * s)));
    drawGlyph(g, glyph, s);
    if (badge) {
      g.fillOval((int) (40 * s), (int) (40 * s), (int) (22 * s), (int) (22 * s));
    }
    g.dispose();
    BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    int grey = 0x2e3436;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        out.setRGB(x, y, (mask.getRGB(x, y) & 0xff000000) | grey);
      }
    }
    return out;
  }

  private static void drawGlyph(Graphics2D g, int glyph, double s) {
    int c = (int) (30 * s);
    int r = (int) (13 * s);
    switch (Math.floorMod(glyph, GLYPHS)) {
      case 0 -> g.fillOval(c - r, c - r, 2 * r, 2 * r);
      case 1 ->
          g.fillPolygon(
              new Polygon(new int[] {c, c + r, c - r}, new int[] {c - r, c + r, c + r}, 3));
      case 2 -> {
        g.fillRect(c - r, c - r / 4, 2 * r, r / 2);
        g.fillRect(c - r / 4, c - r, r / 2, 2 * r);
      }
      case 3 -> {
        for (int i = 0; i < 3; i++) {
          g.fillRect(c - r, c - r + i * r * 2 / 3, 2 * r - i * r / 2, Math.max(1, r / 3));
        }
      }
      case 4 -> g.drawOval(c - r, c - r, 2 * r, 2 * r);
      case 5 -> g.fillRect(c - r, c - r, 2 * r, 2 * r);
      case 6 -> {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) (30 * s)));
        g.drawString("A", c - r, c + r);
      }
      default -> {
        g.drawLine(c - r, c - r, c + r, c + r);
        g.drawLine(c - r, c + r, c + r, c - r);
      }
    }
  }

  /** Gradient variants with different shapes; each is a different picture. */
  public static final int GRADIENTS = 6;

  /**
   * A smooth wallpaper-like gradient, {@code width} x {@code height}: {@code variant} sets its
   * shape (left to right, top to bottom, diagonal, a light band across the middle, a light centre,
   * a light corner) and colours; every variant carries the same stamp (a site's logo box and
   * caption) in its lower right corner.
   */
  public static BufferedImage stampedGradient(int variant, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Color[][] palettes = {
      {new Color(30, 60, 120), new Color(160, 190, 230)},
      {new Color(120, 40, 40), new Color(240, 200, 150)},
      {new Color(20, 90, 60), new Color(200, 230, 120)},
      {new Color(70, 40, 110), new Color(230, 170, 220)},
      {new Color(40, 40, 40), new Color(210, 210, 210)},
      {new Color(10, 110, 130), new Color(250, 240, 190)}
    };
    int v = Math.floorMod(variant, GRADIENTS);
    Color dark = palettes[v][0];
    Color light = palettes[v][1];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        double u = (double) x / (width - 1);
        double w = (double) y / (height - 1);
        double t =
            switch (v) {
              case 0 -> u;
              case 1 -> w;
              case 2 -> (u + w) / 2;
              case 3 -> 1 - 2 * Math.abs(w - 0.5);
              case 4 -> 1 - Math.min(1, Math.hypot(u - 0.5, w - 0.5) * 1.6);
              default -> 1 - Math.min(1, Math.hypot(u, 1 - w) / 1.2);
            };
        img.setRGB(x, y, mix(dark, light, t));
      }
    }
    Graphics2D g = smooth(img);
    int bw = width / 4;
    int bh = height / 7;
    g.setColor(Color.WHITE);
    g.fillRect(width - bw - width / 30, height - bh - height / 30, bw, bh);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(8, bh / 2)));
    g.drawString("REPOST.ME", width - bw - width / 30 + bw / 12, height - height / 30 - bh / 3);
    g.dispose();
    return img;
  }

  private static int mix(Color a, Color b, double t) {
    int r = (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t);
    int g = (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t);
    int bl = (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t);
    return (r << 16) | (g << 8) | bl;
  }

  /**
   * A screenshot of a text window, {@code width} x {@code height}: a grey title bar and {@code
   * lines} in black on white, as a chat or an editor shows them.
   */
  public static BufferedImage textScreenshot(List<String> lines, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = smooth(img);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(220, 220, 220));
    g.fillRect(0, 0, width, height / 14);
    g.setColor(new Color(40, 40, 40));
    int step = (height - height / 14) / Math.max(1, lines.size() + 1);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, step * 3 / 4)));
    int y = height / 14 + step;
    for (String line : lines) {
      g.drawString(line, width / 30, y);
      y += step;
    }
    g.dispose();
    return img;
  }

  private static final String[] WORDS = {
    "the",
    "meeting",
    "moved",
    "to",
    "room",
    "four",
    "please",
    "bring",
    "keys",
    "invoice",
    "attached",
    "pay",
    "by",
    "friday",
    "thanks",
    "train",
    "delayed",
    "twenty",
    "minutes",
    "start",
    "without",
    "me",
    "lunch",
    "at",
    "noon",
    "noodle",
    "place",
    "works",
    "see",
    "you",
    "new",
    "password",
    "policy",
    "twelve",
    "characters",
    "change",
    "it",
    "monday",
    "call",
    "later"
  };

  /** {@code count} lines of a chat, different for every {@code seed} (words and line lengths). */
  public static List<String> chatLines(long seed, int count) {
    java.util.Random random = new java.util.Random(seed);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      int words = 1 + random.nextInt(7);
      StringBuilder line = new StringBuilder();
      for (int w = 0; w < words; w++) {
        line.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      out.add(line.toString());
    }
    return out;
  }

  /** Emblems a document icon can carry; each is a different picture. */
  public static final int EMBLEMS = 4;

  /**
   * A document icon as icon themes draw their file types, {@code size} pixels square: one white
   * page with a folded corner and grey lines of text, transparent around it, and a small emblem in
   * its lower part ({@code emblem}: an orange disc, a green table, a blue chart, a red triangle),
   * about a fifth of the icon wide. Different emblems are different pictures that share the whole
   * page.
   */
  public static BufferedImage documentIcon(int emblem, int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(img);
    g.scale(size / 64.0, size / 64.0);
    Polygon page = new Polygon(new int[] {12, 42, 52, 52, 12}, new int[] {4, 4, 14, 60, 60}, 5);
    g.setColor(new Color(250, 250, 250));
    g.fillPolygon(page);
    g.setColor(new Color(150, 150, 150));
    g.setStroke(new BasicStroke(1.5f));
    g.drawPolygon(page);
    g.drawPolyline(new int[] {42, 42, 52}, new int[] {4, 14, 14}, 3);
    g.setColor(new Color(190, 190, 190));
    for (int y = 18; y <= 30; y += 4) {
      g.fillRect(17, y, 30, 2);
    }
    switch (Math.floorMod(emblem, EMBLEMS)) {
      case 0 -> {
        g.setColor(new Color(245, 121, 0));
        g.fillOval(26, 38, 14, 14);
      }
      case 1 -> {
        g.setColor(new Color(78, 154, 6));
        for (int r = 0; r < 3; r++) {
          for (int c = 0; c < 3; c++) {
            g.fillRect(26 + c * 5, 38 + r * 5, 4, 4);
          }
        }
      }
      case 2 -> {
        g.setColor(new Color(52, 101, 164));
        g.fillRect(26, 46, 3, 6);
        g.fillRect(31, 42, 3, 10);
        g.fillRect(36, 38, 3, 14);
      }
      default -> {
        g.setColor(new Color(204, 0, 0));
        g.fillPolygon(new Polygon(new int[] {33, 40, 26}, new int[] {38, 52, 52}, 3));
      }
    }
    g.dispose();
    return img;
  }

  /**
   * A navigation arrow icon, {@code size} pixels square: a green arrow pointing right with a bar at
   * its tail (as "go to the end" icons are drawn), transparent around it; {@code mirrored} draws
   * the same arrow pointing left, which icon themes ship as a different icon ("go to the start").
   */
  public static BufferedImage arrow(boolean mirrored, int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(img);
    g.scale(size / 64.0, size / 64.0);
    if (mirrored) {
      g.translate(64, 0);
      g.scale(-1, 1);
    }
    g.setColor(new Color(78, 154, 6));
    g.fillRect(8, 14, 6, 36);
    g.fillPolygon(
        new Polygon(
            new int[] {18, 36, 36, 58, 36, 36, 18}, new int[] {26, 26, 12, 32, 52, 38, 38}, 7));
    g.setColor(new Color(46, 52, 54));
    g.setStroke(new BasicStroke(1.5f));
    g.drawPolygon(
        new Polygon(
            new int[] {18, 36, 36, 58, 36, 36, 18}, new int[] {26, 26, 12, 32, 52, 38, 38}, 7));
    g.dispose();
    return img;
  }

  /**
   * A "next" arrow as Tango draws it, {@code size} pixels square, transparent around it: a green
   * arrow pointing right whose tail starts near the left edge; with {@code bar}, a bar drawn in the
   * margin before the tail ("go to the end"), the arrow itself unchanged. Themes ship the two as
   * different icons; the bar lies in the margin that the crop grid's squares leave out.
   */
  public static BufferedImage tailBarArrow(boolean bar, int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(img);
    g.scale(size / 64.0, size / 64.0);
    int[] xs = {11, 34, 34, 60, 34, 34, 11};
    int[] ys = {24, 24, 10, 32, 54, 40, 40};
    g.setColor(new Color(115, 210, 22));
    if (bar) {
      g.fillRect(3, 14, 6, 36);
    }
    g.fillPolygon(new Polygon(xs, ys, 7));
    g.setColor(new Color(78, 154, 6));
    g.setStroke(new BasicStroke(1.5f));
    if (bar) {
      g.drawRect(3, 14, 6, 36);
    }
    g.drawPolygon(new Polygon(xs, ys, 7));
    g.dispose();
    return img;
  }

  /** Folder colours of {@link #folder}: icon themes ship a folder icon in each. */
  public static final int FOLDER_COLOURS = 4;

  /**
   * A folder icon as icon themes draw it, {@code size} pixels square, transparent around it: a
   * folder with a tab, shaded from light at the top to dark at the bottom, in one of {@link
   * #FOLDER_COLOURS} colours (blue, green, red, orange) of about one luma. Themes ship the same
   * folder in several colours as different icons ({@code folder-blue}, {@code folder-green}): they
   * differ in colour only, which a luma thumbnail does not see.
   */
  public static BufferedImage folder(int colour, int size) {
    Color[] base = {
      new Color(61, 142, 214),
      new Color(60, 160, 70),
      new Color(214, 70, 62),
      new Color(196, 130, 20)
    };
    Color c = base[Math.floorMod(colour, FOLDER_COLOURS)];
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(img);
    g.scale(size / 64.0, size / 64.0);
    g.setColor(c.darker());
    g.fillRoundRect(4, 10, 24, 10, 4, 4);
    g.setPaint(new java.awt.GradientPaint(0, 14, c.brighter(), 0, 56, c.darker()));
    g.fillRoundRect(4, 14, 56, 42, 6, 6);
    g.setColor(new Color(255, 255, 255, 110));
    g.fillRect(8, 22, 48, 3);
    g.setColor(c.darker().darker());
    g.setStroke(new BasicStroke(1.2f));
    g.drawRoundRect(4, 14, 56, 42, 6, 6);
    g.dispose();
    return img;
  }

  /** Mouths a smiley can have; each is a different picture. */
  public static final int MOUTHS = 3;

  /**
   * A smiley as icon themes draw their "face" icons, {@code size} pixels square on transparency: a
   * shaded yellow face with an outline and two eyes, and mouth number {@code mouth} (a straight
   * line, a smile, a frown). Different mouths are different icons that share every other pixel.
   */
  public static BufferedImage smiley(int mouth, int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(img);
    g.scale(size / 64.0, size / 64.0);
    g.setPaint(
        new java.awt.GradientPaint(0, 6, new Color(252, 233, 79), 0, 58, new Color(196, 160, 0)));
    g.fillOval(6, 6, 52, 52);
    g.setColor(new Color(143, 89, 2));
    g.setStroke(new BasicStroke(2f));
    g.drawOval(6, 6, 52, 52);
    g.fillOval(21, 20, 7, 10);
    g.fillOval(36, 20, 7, 10);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    switch (Math.floorMod(mouth, MOUTHS)) {
      case 0 -> g.drawLine(22, 43, 42, 43);
      case 1 -> g.drawArc(20, 30, 24, 16, 200, 140);
      default -> g.drawArc(20, 40, 24, 14, 20, 140);
    }
    g.dispose();
    return img;
  }

  /** Lights a network icon can have lit; each is a different picture. */
  public static final int NETWORK_LIGHTS = 3;

  /**
   * A network icon, {@code size} pixels square on transparency: two grey monitors joined by a
   * cable, each with a small status light below its screen and a third on the cable; light number
   * {@code lit} is green, the others dark. As Tango's network-transmit, -receive and -idle icons,
   * they differ in one small corner only.
   */
  public static BufferedImage network(int lit, int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(img);
    g.scale(size / 64.0, size / 64.0);
    int[][] monitors = {{4, 6}, {30, 30}};
    for (int[] m : monitors) {
      g.setPaint(
          new java.awt.GradientPaint(
              0, m[1], new Color(238, 238, 236), 0, m[1] + 28, new Color(136, 138, 133)));
      g.fillRoundRect(m[0], m[1], 30, 26, 4, 4);
      g.setColor(new Color(46, 52, 54));
      g.fillRect(m[0] + 3, m[1] + 3, 24, 15);
      g.setColor(new Color(85, 87, 83));
      g.setStroke(new BasicStroke(1.5f));
      g.drawRoundRect(m[0], m[1], 30, 26, 4, 4);
    }
    g.setStroke(new BasicStroke(2f));
    g.drawLine(19, 32, 19, 44);
    g.drawLine(19, 44, 30, 44);
    int[][] lights = {{26, 26}, {52, 50}, {14, 40}};
    for (int i = 0; i < lights.length; i++) {
      g.setColor(
          i == Math.floorMod(lit, NETWORK_LIGHTS)
              ? new Color(138, 226, 52)
              : new Color(46, 52, 54));
      g.fillOval(lights[i][0], lights[i][1], 5, 5);
    }
    g.dispose();
    return img;
  }

  private static Graphics2D smooth(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }
}
