package org.okju.spark;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.okju.testkit.ImageEdits;

/**
 * A reference tree of known photos and a query tree of edited copies of some of them beside photos
 * the reference does not hold, built at test time from the shared test vectors.
 */
final class MatchTrees {
  private MatchTrees() {}

  static final String[] REFERENCE = {
    "bridge-mods/aaa-orig.jpg",
    "reg-test-input/exif-rotn/exif-rotn-1.jpg",
    "reg-test-input/labelme-subset/q2821.jpg",
    "reg-test-input/labelme-subset/q0122.jpg",
    "reg-test-input/labelme-subset/q0291.jpg",
    "reg-test-input/pen-and-coaster.png",
    // PDQ quality 3: matched by nothing once --min-quality 50 is given, by copy grouping neither.
    "reg-test-input/labelme-subset/q0003.jpg"
  };

  static Path reference(Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("known"));
    for (String name : REFERENCE) {
      Files.copy(LocalSpark.photo(name), dir.resolve(Path.of(name).getFileName().toString()));
    }
    return dir;
  }

  static Path queries(Path root) throws IOException {
    Path dir = Files.createDirectories(root.resolve("crawl"));
    BufferedImage bridge = read("bridge-mods/aaa-orig.jpg");
    write(dir.resolve("bridge-small.png"), ImageEdits.jpeg(ImageEdits.resize(bridge, 0.5), 0.6f));
    write(dir.resolve("flipped.png"), ImageEdits.flipHorizontal(read(REFERENCE[1])));
    BufferedImage q4 = read(REFERENCE[2]);
    write(dir.resolve("letterboxed.png"), ImageEdits.bars(q4, q4.getHeight() / 5, 0, Color.BLACK));
    Files.copy(LocalSpark.photo(REFERENCE[3]), dir.resolve("same-bytes.jpg"));
    write(dir.resolve("turned.png"), ImageEdits.rotate90(read(REFERENCE[4])));
    write(dir.resolve("dark-flipped.png"), ImageEdits.flipHorizontal(read(REFERENCE[6])));
    Files.copy(
        LocalSpark.photo("reg-test-input/labelme-subset/q0746.jpg"), dir.resolve("other-1.jpg"));
    Files.copy(
        LocalSpark.photo("reg-test-input/labelme-subset/q1050.jpg"), dir.resolve("other-2.jpg"));
    Files.writeString(dir.resolve("notes.txt"), "not a picture\n");
    return dir;
  }

  private static BufferedImage read(String name) throws IOException {
    return ImageEdits.rgb(ImageIO.read(LocalSpark.photo(name).toFile()));
  }

  private static void write(Path file, BufferedImage image) throws IOException {
    Files.write(file, ImageEdits.png(image));
  }
}
