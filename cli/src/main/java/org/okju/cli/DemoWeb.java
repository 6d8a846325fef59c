package org.okju.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.okju.monitor.FolderSite;
import org.okju.monitor.WgetCapture;

/**
 * The demo's web part: a small fictional site served on 127.0.0.1 (never a real site) with copies
 * of the demo drive's tapes under edits (a letterboxed photo, a mirrored photo, the chair video)
 * beside ordinary photos the case does not hold, captured twice with GNU wget {@code --warc-file}
 * as a takedown team would. Between the captures the mirrored photo is deleted, the video moves to
 * a new page and URL, and the letterboxed photo stays.
 */
final class DemoWeb implements AutoCloseable {
  private final Path root;
  private final FolderSite site;

  private DemoWeb(Path root) throws IOException {
    this.root = root;
    this.site = new FolderSite(root);
  }

  /** Whether GNU wget is on the PATH (the demo leaves the web part out without it). */
  static boolean wgetInstalled() {
    return WgetCapture.installed();
  }

  /** Builds the site's first state under {@code root} from the drive's files and serves it. */
  static DemoWeb serve(Path root, Path drive, Path vectors) throws IOException {
    Path media = Files.createDirectories(root.resolve("media"));
    BufferedImage bridge = ImageIO.read(drive.resolve("DCIM/100PHOTO/IMG_0001.jpg").toFile());
    ImageIO.write(letterboxed(bridge), "jpg", media.resolve("bridge-wide.jpg").toFile());
    BufferedImage contrast = ImageIO.read(drive.resolve("DCIM/100PHOTO/IMG_0002.jpg").toFile());
    ImageIO.write(mirrored(contrast), "jpg", media.resolve("contrast-mirror.jpg").toFile());
    Path labelme = vectors.resolve("pdq/data/reg-test-input/labelme-subset");
    Files.copy(labelme.resolve("q0746.jpg"), media.resolve("holiday-1.jpg"));
    Files.copy(labelme.resolve("q1050.jpg"), media.resolve("holiday-2.jpg"));
    Files.createDirectories(root.resolve("v"));
    Files.copy(drive.resolve("Videos/tape12.mp4"), root.resolve("v/chair.mp4"));
    page(
        root,
        "index.html",
        "<a href=\"gallery.html\">gallery</a> <a href=\"videos.html\">videos</a>");
    page(
        root,
        "gallery.html",
        img("bridge-wide.jpg")
            + img("contrast-mirror.jpg")
            + img("holiday-1.jpg")
            + img("holiday-2.jpg"));
    page(root, "videos.html", "<video src=\"/v/chair.mp4\" controls></video>");
    return new DemoWeb(root);
  }

  /** The site's second state: the mirrored photo deleted, the video moved to a new page and URL. */
  void change() throws IOException {
    Files.delete(root.resolve("media/contrast-mirror.jpg"));
    page(
        root, "gallery.html", img("bridge-wide.jpg") + img("holiday-1.jpg") + img("holiday-2.jpg"));
    Files.createDirectories(root.resolve("v2"));
    Files.move(root.resolve("v/chair.mp4"), root.resolve("v2/chair-hd.mp4"));
    page(root, "videos.html", "<a href=\"clips.html\">our videos have moved</a>");
    page(root, "clips.html", "<video src=\"/v2/chair-hd.mp4\" controls></video>");
  }

  /** The site's base URL, ending in {@code /}. */
  String base() {
    return site.base();
  }

  /**
   * Captures the site with wget into {@code name.warc.gz} under {@code dir} (the files wget fetched
   * are deleted, as a team keeps only the WARC).
   */
  Path capture(Path dir, String name, PrintWriter out) throws IOException, InterruptedException {
    out.println(
        "  $ wget --recursive --level=2 --page-requisites --warc-file=" + name + " " + base());
    return WgetCapture.capture(base(), dir, name);
  }

  private static String img(String name) {
    return "<img src=\"/media/" + name + "\" alt=\"\">";
  }

  private static void page(Path root, String name, String body) throws IOException {
    Files.writeString(
        root.resolve(name),
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Fictional demo board</title>"
            + "</head><body><h1>Fictional demo board</h1>"
            + body
            + "</body></html>\n",
        StandardCharsets.UTF_8);
  }

  private static BufferedImage letterboxed(BufferedImage in) {
    int bar = in.getHeight() / 6;
    BufferedImage out =
        new BufferedImage(in.getWidth(), in.getHeight() + 2 * bar, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, out.getWidth(), out.getHeight());
    g.drawImage(in, 0, bar, null);
    g.dispose();
    return out;
  }

  private static BufferedImage mirrored(BufferedImage in) {
    BufferedImage out =
        new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    g.drawImage(in, new AffineTransform(-1, 0, 0, 1, in.getWidth(), 0), null);
    g.dispose();
    return out;
  }

  @Override
  public void close() {
    site.close();
  }
}
