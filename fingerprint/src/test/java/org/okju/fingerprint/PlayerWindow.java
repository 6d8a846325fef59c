package org.okju.fingerprint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * A screen recording's frame: a clip drawn into a dark 1280x720 player with its title bar, control
 * bar and progress bar, the chrome a re-poster's screen capture puts around a tape.
 */
final class PlayerWindow {
  static final int WIDTH = 1280;
  static final int HEIGHT = 720;

  private PlayerWindow() {}

  /** The clip scaled into the window at {@code x, y, w, h}; a title is written in the top bar. */
  static BufferedImage around(BufferedImage clip, int x, int y, int w, int h, String title) {
    BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = frame.createGraphics();
    g.setColor(new Color(0x202124));
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(new Color(0x3c4043));
    g.fillRect(0, 0, WIDTH, 56);
    g.setColor(new Color(0x9aa0a6));
    g.fillRect(56, 14, 520, 28);
    g.setColor(new Color(0x111111));
    g.fillRect(0, 648, WIDTH, 72);
    g.setColor(new Color(0x5f6368));
    g.fillRect(24, 660, 1232, 6);
    g.setColor(Color.RED);
    g.fillRect(24, 660, 500, 6);
    if (!title.isEmpty()) {
      g.setColor(Color.WHITE);
      g.drawString(title, 600, 34);
    }
    g.drawImage(clip, x, y, w, h, null);
    g.dispose();
    return frame;
  }
}
