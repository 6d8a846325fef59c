package org.okju.testkit.documents;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pictures of pages, as a phone photographs or a scanner scans a diary page: dark text on a light
 * page. Hangul needs a font that has it (Debian's fonts-nanum, installed by .ci/run); Java2D falls
 * back to its logical font otherwise.
 */
public final class PageImages {
  /** Hangul fonts of fonts-nanum in two disjoint sets: tune on one, score on the other. */
  public static final List<String> DEVELOPMENT_FONTS =
      List.of("NanumGothic", "NanumMyeongjo", "NanumPen");

  public static final List<String> HELD_OUT_FONTS =
      List.of("NanumBarunpen", "NanumBrush", "NanumSquare", "NanumBarunGothic");

  private static final String[] KOREAN = {
    "오늘은 아침부터 비가 왔다. 역 앞에서 그 사람을 기다렸다.",
    "약속한 돈은 다음 주에 준다고 했다. 믿을 수가 없다.",
    "저녁에 편의점에 들러 라면과 우유를 샀다.",
    "내일은 일찍 일어나서 은행에 가야 한다.",
    "통장 잔고 확인, 카드값 정리, 전화 세 통.",
    "오후 세 시에 사무실에서 회의가 있었다."
  };

  private static final String[] ENGLISH = {
    "Rain all morning. Waited at the station for an hour.",
    "He said the money would come next week. I doubt it.",
    "Bought noodles and milk at the corner shop.",
    "Tomorrow: bank first thing, then the post office.",
    "Three calls today, none of them answered.",
    "Meeting at the office at three, nothing decided."
  };

  private PageImages() {}

  /**
   * A scanned page: white, {@code lines} in black at {@code points} size, a little sensor noise and
   * a slight grey cast when {@code photographed}.
   */
  public static BufferedImage page(
      List<String> lines, int points, boolean photographed, long seed) {
    int width = 1240;
    int height = Math.max(600, 120 + lines.size() * points * 2);
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(photographed ? new Color(232, 228, 218) : Color.WHITE);
    g.fillRect(0, 0, width, height);
    text(g, lines, "NanumGothic", points, new Color(20, 20, 30), 60, 80);
    g.dispose();
    if (photographed) {
      noise(img, new Random(seed), 8);
    }
    return img;
  }

  /**
   * A page as varied as seized pictures of pages are: one of {@code fonts}, scanned or photographed
   * (paper tint, uneven light, a table around the page, a slight tilt, sensor noise), black, blue
   * or pencil-grey ink, plain or ruled paper. The same {@code seed} gives the same page.
   */
  public static BufferedImage varied(long seed, List<String> fonts) {
    Random r = new Random(seed);
    boolean photographed = r.nextBoolean();
    int width = 800 + r.nextInt(1000);
    int height = (int) (width * (1.2 + r.nextDouble() * 0.3));
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    Color table = new Color(60 + r.nextInt(80), 40 + r.nextInt(60), 20 + r.nextInt(50));
    g.setColor(photographed ? table : Color.WHITE);
    g.fillRect(0, 0, width, height);
    double margin = photographed ? 0.03 + r.nextDouble() * 0.12 : 0;
    AffineTransform before = g.getTransform();
    if (photographed) {
      g.rotate(Math.toRadians(r.nextDouble() * 6 - 3), width / 2.0, height / 2.0);
    }
    int px = (int) (width * margin);
    int py = (int) (height * margin);
    int pw = width - 2 * px;
    int ph = height - 2 * py;
    Color paper =
        photographed
            ? new Color(225 + r.nextInt(25), 215 + r.nextInt(30), 195 + r.nextInt(40))
            : Color.WHITE;
    g.setColor(paper);
    g.fillRect(px, py, pw, ph);
    int points = Math.max(14, pw / (28 + r.nextInt(30)));
    if (r.nextInt(3) == 0) {
      g.setColor(new Color(160, 190, 230));
      g.setStroke(new BasicStroke(Math.max(1, points / 14f)));
      for (int y = py + points * 2; y < py + ph; y += (int) (points * 1.8)) {
        g.drawLine(px, y + points / 4, px + pw, y + points / 4);
      }
    }
    Color[] inks = {new Color(15, 15, 25), new Color(20, 40, 140), new Color(90, 90, 95)};
    Color ink = inks[r.nextInt(inks.length)];
    List<String> lines = new ArrayList<>();
    int count = 6 + r.nextInt(18);
    for (int i = 0; i < count && py + points * 2 + i * points * 1.8 < py + ph - points; i++) {
      String[] pool = r.nextBoolean() ? KOREAN : ENGLISH;
      lines.add(pool[r.nextInt(pool.length)]);
    }
    String font = fonts.get(r.nextInt(fonts.size()));
    text(g, lines, font, points, ink, px + points, py + points * 2, 1.8);
    g.setTransform(before);
    if (photographed) {
      // Light falls unevenly across a photographed page.
      g.setPaint(
          new GradientPaint(
              0,
              0,
              new Color(255, 255, 255, r.nextInt(60)),
              width,
              height,
              new Color(0, 0, 0, 30 + r.nextInt(70))));
      g.fillRect(0, 0, width, height);
    }
    g.dispose();
    if (photographed) {
      noise(img, r, 6 + r.nextInt(10));
    }
    return img;
  }

  private static void text(
      Graphics2D g, List<String> lines, String font, int points, Color ink, int x, int y) {
    text(g, lines, font, points, ink, x, y, 2.0);
  }

  private static void text(
      Graphics2D g,
      List<String> lines,
      String font,
      int points,
      Color ink,
      int x,
      int y,
      double spacing) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(ink);
    g.setFont(new Font(font, Font.PLAIN, points));
    int at = y;
    for (String line : lines) {
      g.drawString(line, x, at);
      at += (int) (points * spacing);
    }
  }

  private static void noise(BufferedImage img, Random random, int amplitude) {
    for (int i = 0; i < img.getWidth() * img.getHeight() / 8; i++) {
      int x = random.nextInt(img.getWidth());
      int y = random.nextInt(img.getHeight());
      int rgb = img.getRGB(x, y);
      int d = random.nextInt(2 * amplitude + 1) - amplitude;
      int r = clamp(((rgb >> 16) & 0xff) + d);
      int gr = clamp(((rgb >> 8) & 0xff) + d);
      int b = clamp((rgb & 0xff) + d);
      img.setRGB(x, y, (r << 16) | (gr << 8) | b);
    }
  }

  private static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }
}
