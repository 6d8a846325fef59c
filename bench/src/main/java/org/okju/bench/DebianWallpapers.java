package org.okju.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The distinct wallpapers Debian's packages install ({@code plasma-workspace-wallpapers}: one file
 * per wallpaper under {@code /usr/share/wallpapers/NAME/contents/images}, the largest, since the
 * others are the same picture at other sizes; {@code mate-backgrounds}: every picture under {@code
 * /usr/share/backgrounds/mate} but the colour variants of another), the second edit corpus of
 * {@code okju bench copies}: photos and smooth abstract pictures nobody here made.
 */
public final class DebianWallpapers {
  private DebianWallpapers() {}

  /** Colour or logo variants of another wallpaper in the set (they are copies of it). */
  private static final Set<String> VARIANTS =
      Set.of(
          "MATE-Stripes-Light.png",
          "Ubuntu-Mate-Dark-no-logo.png",
          "Ubuntu-Mate-Radioactive-no-logo.png",
          "Ubuntu-Mate-Warm-no-logo.png");

  /** The wallpapers under {@code root} ({@code /}: the machine's), sorted; empty when none. */
  public static List<Path> under(Path root) throws IOException {
    List<Path> out = new ArrayList<>();
    Path kde = root.resolve("usr/share/wallpapers");
    if (Files.isDirectory(kde)) {
      try (Stream<Path> dirs = Files.list(kde)) {
        for (Path d : dirs.sorted().toList()) {
          Path images = d.resolve("contents/images");
          if (!Files.isDirectory(images) || d.getFileName().toString().startsWith("Elephants")) {
            continue;
          }
          try (Stream<Path> files = Files.list(images)) {
            files
                .filter(DebianWallpapers::picture)
                .max(Comparator.comparingLong(DebianWallpapers::size))
                .ifPresent(out::add);
          }
        }
      }
    }
    Path mate = root.resolve("usr/share/backgrounds/mate");
    if (Files.isDirectory(mate)) {
      try (Stream<Path> walk = Files.walk(mate)) {
        walk.filter(Files::isRegularFile)
            .filter(DebianWallpapers::picture)
            .filter(p -> !VARIANTS.contains(p.getFileName().toString()))
            .filter(p -> !p.getFileName().toString().startsWith("Elephants"))
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  private static boolean picture(Path p) {
    String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png");
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }
}
