package org.okju.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.okju.fingerprint.ImageDecodeException;
import org.okju.fingerprint.ImageDecoder;

/**
 * Icons as a Debian machine ships them ({@code /usr/share/icons/THEME}): PNG files as they are, SVG
 * files rendered at their nominal size by {@code rsvg-convert} (librsvg, as a desktop's icon cache
 * holds them). An icon's identity is its theme, context and name ({@code places/folder}); the same
 * icon at several sizes is one picture by name, drawn again for each size.
 */
final class IconThemes {
  private IconThemes() {}

  /**
   * One icon file at one size. {@code picture} is the drawing it shows: its name, or for a name
   * that is a symbolic link to another icon's file (Papirus's {@code text-plain} and {@code
   * text-xmcd} are both {@code text-x-generic.svg}) the name of the file it links to, so two names
   * of one drawing are one picture.
   */
  record Icon(String name, String picture, int size, Path file) {}

  /** A decoded icon. */
  static final class Decoded {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final String name;
    private final int size;
    private final Path file;
    private final BufferedImage image;
    private final byte[] bytes;

    Decoded(String name, int size, Path file, BufferedImage image, byte[] bytes) {
      this.name = name;
      this.size = size;
      this.file = file;
      this.image = image;
      this.bytes = bytes;
    }

    String name() {
      return name;
    }

    int size() {
      return size;
    }

    Path file() {
      return file;
    }

    BufferedImage image() {
      return image;
    }

    byte[] bytes() {
      return bytes;
    }
  }

  // A size directory: 48x48, 48x48@2x, 48, 48@2x (breeze), or scalable/symbolic.
  private static final Pattern SIZE = Pattern.compile("(\\d+)(?:x\\d+)?(?:@(\\d)x)?");

  /**
   * Up to {@code names} icon names of {@code theme} drawn at random with {@code seed}, each with up
   * to {@code sizesPerName} of its sizes of at least {@code minSize} (spread from small to large).
   */
  static List<Icon> sample(Path theme, int names, int sizesPerName, int minSize, long seed)
      throws IOException {
    Map<String, List<Icon>> byName = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(theme)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String file = p.getFileName().toString();
        if (!file.endsWith(".png") && !file.endsWith(".svg")) {
          continue;
        }
        Path rel = theme.relativize(p);
        int size = 0;
        StringBuilder context = new StringBuilder();
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
          String part = rel.getName(i).toString();
          Matcher m = SIZE.matcher(part);
          if (m.matches()) {
            size =
                Integer.parseInt(m.group(1))
                    * (m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
          } else if (part.equals("scalable")) {
            size = 128;
          } else if (part.equals("symbolic")) {
            size = 64;
          } else {
            context.append(part).append('/');
          }
        }
        if (size < minSize) {
          continue;
        }
        String name = context + stem(file);
        String picture =
            Files.isSymbolicLink(p)
                ? context + stem(p.toRealPath().getFileName().toString())
                : name;
        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(new Icon(name, picture, size, p));
      }
    }
    List<String> all = new ArrayList<>(byName.keySet());
    Collections.shuffle(all, new Random(seed));
    List<Icon> out = new ArrayList<>();
    for (String name : all.subList(0, Math.min(names, all.size()))) {
      List<Icon> sizes = new ArrayList<>(byName.get(name));
      sizes.sort((a, b) -> Integer.compare(a.size(), b.size()));
      // One file per size, then spread across the sizes.
      List<Icon> distinct = new ArrayList<>();
      for (Icon i : sizes) {
        if (distinct.isEmpty() || distinct.get(distinct.size() - 1).size() != i.size()) {
          distinct.add(i);
        }
      }
      int k = Math.min(sizesPerName, distinct.size());
      for (int j = 0; j < k; j++) {
        out.add(distinct.get(k == 1 ? distinct.size() - 1 : j * (distinct.size() - 1) / (k - 1)));
      }
    }
    return out;
  }

  private static String stem(String file) {
    return file.substring(0, file.lastIndexOf('.'));
  }

  /** {@code icon} decoded (an SVG rendered into {@code work} first); empty when it cannot be. */
  static java.util.Optional<Decoded> decode(Icon icon, Path work) throws IOException {
    Path png = icon.file();
    if (png.toString().endsWith(".svg")) {
      png =
          work.resolve(
              String.format("%08x-%d.png", icon.file().toString().hashCode(), icon.size()));
      if (!Files.exists(png)) {
        Process p =
            new ProcessBuilder(
                    "rsvg-convert",
                    "-w",
                    String.valueOf(icon.size()),
                    "-h",
                    String.valueOf(icon.size()),
                    "-o",
                    png.toString(),
                    icon.file().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
          if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            return java.util.Optional.empty();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted rendering " + icon.file(), e);
        }
      }
    }
    byte[] bytes = Files.readAllBytes(png);
    try {
      BufferedImage image = new ImageDecoder().decode(png);
      return java.util.Optional.of(
          new Decoded(icon.name(), icon.size(), icon.file(), image, bytes));
    } catch (ImageDecodeException e) {
      return java.util.Optional.empty();
    }
  }

  /** Whether {@code rsvg-convert} can be run (librsvg2-bin). */
  static boolean canRenderSvg() {
    try {
      Process p =
          new ProcessBuilder("rsvg-convert", "--version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
