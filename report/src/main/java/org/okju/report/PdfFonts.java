package org.okju.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fonts the PDF report embeds so Korean prints: NanumGothic (regular and bold) for text and
 * NanumGothicCoding for hashes, under the family names the stylesheet asks for ({@link
 * ReportStyle}). PDF's standard fonts have no Hangul, so without these a Korean name or place would
 * print as nothing. Looked up in the usual font directories (Debian's {@code fonts-nanum} puts them
 * in {@code /usr/share/fonts/truetype/nanum}); the embedded copies are subsets (only the glyphs
 * used). Immutable.
 *
 * @param fonts the font files found, each with its family, weight and style
 */
record PdfFonts(List<Face> fonts) {
  /** One font file and the CSS family and weight it serves. */
  record Face(Path file, String family, int weight) {}

  /** The family with Hangul. */
  static final String KOREAN = "NanumBarunGothic";

  private static final List<Face> WANTED =
      List.of(
          new Face(Path.of("NanumBarunGothic.ttf"), KOREAN, 400),
          new Face(Path.of("NanumBarunGothicBold.ttf"), KOREAN, 700),
          new Face(Path.of("DejaVuSansMono.ttf"), "DejaVu Sans Mono", 400),
          new Face(Path.of("DejaVuSansMono-Bold.ttf"), "DejaVu Sans Mono", 700));

  static final List<Path> DIRECTORIES =
      List.of(
          Path.of("/usr/share/fonts"),
          Path.of("/usr/local/share/fonts"),
          Path.of(System.getProperty("user.home", "/nonexistent"), ".local/share/fonts"),
          Path.of(System.getProperty("user.home", "/nonexistent"), ".fonts"),
          Path.of("/Library/Fonts"),
          Path.of(System.getProperty("user.home", "/nonexistent"), "Library/Fonts"));

  PdfFonts {
    fonts = List.copyOf(fonts);
  }

  /** The fonts found in {@code directories} (searched four levels deep), in the order wanted. */
  static PdfFonts find(List<Path> directories) {
    List<Face> found = new ArrayList<>();
    for (Face wanted : WANTED) {
      for (Path dir : directories) {
        Optional<Path> file = search(dir, wanted.file().toString());
        if (file.isPresent()) {
          found.add(new Face(file.get(), wanted.family(), wanted.weight()));
          break;
        }
      }
    }
    return new PdfFonts(found);
  }

  /** Whether a font with Hangul was found for text. */
  boolean hasKorean() {
    return fonts.stream().anyMatch(f -> f.family().equals(KOREAN) && f.weight() == 400);
  }

  /** Whether {@code text} has Hangul or CJK ideographs, which the standard PDF fonts lack. */
  static boolean needsCjk(String text) {
    return text.codePoints()
        .anyMatch(
            cp -> {
              Character.UnicodeScript s = Character.UnicodeScript.of(cp);
              return s == Character.UnicodeScript.HANGUL
                  || s == Character.UnicodeScript.HAN
                  || s == Character.UnicodeScript.HIRAGANA
                  || s == Character.UnicodeScript.KATAKANA;
            });
  }

  private static Optional<Path> search(Path dir, String name) {
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try (Stream<Path> s = Files.find(dir, 4, (p, a) -> a.isRegularFile() && p.endsWith(name))) {
      return s.sorted().findFirst();
    } catch (IOException | UncheckedIOException e) {
      // An unreadable font directory is one without the font.
      return Optional.empty();
    }
  }
}
