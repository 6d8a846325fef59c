package org.okju.index.hashset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code okju pdq} prints: {@code HEX,QUALITY,PATH} per image, or with {@code --dihedral} the
 * eight orientations' hashes (orig, rot90, rot180, rot270, flipx, flipy, flipplus1, flipminus1)
 * before {@code QUALITY,PATH}. Each hash is an entry of its own: a dihedral row gives eight, so a
 * rotated or flipped copy matches too. The path is not kept (a file name can name a person).
 */
public final class OkjuPdqFormat implements HashSetFormat {
  private static final Pattern HEX64 = Pattern.compile("[0-9a-fA-F]{64}");
  private static final Pattern ROW =
      Pattern.compile("^[0-9a-fA-F]{64},(?:(?:[0-9a-fA-F]{64},){7})?\\d{1,3}(?:,.*)?$");

  @Override
  public String name() {
    return "okju-pdq";
  }

  @Override
  public boolean sniff(byte[] head) {
    return ROW.matcher(TextLines.firstContentLine(head)).matches();
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.streamMany(file, OkjuPdqFormat::parse, problems);
  }

  // An entry holds one hash of a kind: a dihedral row gives eight entries.
  private static List<HashSetEntry> parse(String line, long number)
      throws MalformedRecordException {
    String t = line.trim();
    if (t.isEmpty() || t.startsWith("#")) {
      return List.of();
    }
    String[] fields = t.split(",", 10);
    int hashes = 0;
    while (hashes < fields.length && hashes < 8 && HEX64.matcher(fields[hashes]).matches()) {
      hashes++;
    }
    if ((hashes != 1 && hashes != 8) || fields.length <= hashes || !quality(fields[hashes])) {
      throw new MalformedRecordException(
          "not \"PDQ,QUALITY,PATH\" as okju pdq prints it: " + Csv.abbreviate(t));
    }
    List<HashSetEntry> entries = new ArrayList<>(hashes);
    for (int i = 0; i < hashes; i++) {
      entries.add(
          new HashSetEntry(
              List.of(TextLines.hash(HashKind.PDQ, fields[i].toLowerCase(Locale.ROOT))),
              Optional.empty(),
              OptionalLong.empty(),
              Optional.empty(),
              Optional.empty(),
              number));
    }
    return entries;
  }

  private static boolean quality(String s) {
    try {
      int q = Integer.parseInt(s);
      return q >= 0 && q <= 100;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
