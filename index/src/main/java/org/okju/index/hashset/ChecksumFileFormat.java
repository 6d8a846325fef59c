package org.okju.index.hashset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.okju.index.AtomicFile;

/**
 * The files {@code md5sum}, {@code sha1sum} and {@code sha256sum} write (GNU coreutils) and their
 * BSD form:
 *
 * <ul>
 *   <li>GNU text mode {@code HASH NAME}, binary mode {@code HASH *NAME}; a line starting with
 *       {@code \} has a name with {@code \\} and {@code \n} escapes (coreutils does this for names
 *       holding a backslash or line break);
 *   <li>BSD / {@code --tag} form {@code MD5 (NAME) = HASH}, {@code SHA1 (...)}, {@code SHA256
 *       (...)}.
 * </ul>
 *
 * Blank lines and {@code #} comments are skipped; upper-case hex is accepted. Writes the GNU text
 * form.
 */
abstract class ChecksumFileFormat implements HashSetFormat {
  private static final Pattern BSD = Pattern.compile("([A-Z0-9-]+) ?\\((.*)\\) ?= ?([0-9A-Fa-f]+)");

  private final String name;
  private final HashKind kind;
  private final String bsdTag;
  private final Pattern gnu;

  ChecksumFileFormat(String name, HashKind kind, String bsdTag) {
    this.name = name;
    this.kind = kind;
    this.bsdTag = bsdTag;
    this.gnu = Pattern.compile("(\\\\?)([0-9A-Fa-f]{" + kind.hexDigits() + "}) [ *](.*)");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean sniff(byte[] head) {
    String line = TextLines.firstContentLine(head);
    Matcher b = BSD.matcher(line);
    if (b.matches()) {
      return tagMatches(b.group(1));
    }
    return gnu.matcher(line).matches();
  }

  private boolean tagMatches(String tag) {
    return tag.equalsIgnoreCase(bsdTag) || tag.replace("-", "").equalsIgnoreCase(bsdTag);
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.stream(file, this::parse, problems);
  }

  private Optional<HashSetEntry> parse(String line, long number) throws MalformedRecordException {
    if (line.isBlank() || line.startsWith("#")) {
      return Optional.empty();
    }
    Matcher g = gnu.matcher(line);
    if (g.matches()) {
      String fileName = g.group(1).isEmpty() ? g.group(3) : unescape(g.group(3));
      return Optional.of(entry(TextLines.hash(kind, g.group(2)), fileName, number));
    }
    Matcher b = BSD.matcher(line);
    if (b.matches()) {
      if (!tagMatches(b.group(1))) {
        throw new MalformedRecordException(
            "a " + b.group(1) + " line in a " + name + " file: " + Csv.abbreviate(line));
      }
      return Optional.of(entry(TextLines.hash(kind, b.group(3)), b.group(2), number));
    }
    throw new MalformedRecordException(
        "not \""
            + kind
            + "  name\" or \""
            + bsdTag
            + " (name) = "
            + kind
            + "\": "
            + Csv.abbreviate(line));
  }

  private static HashSetEntry entry(HashValue hash, String fileName, long line) {
    return new HashSetEntry(
        List.of(hash),
        Optional.of(fileName),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        line);
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public WriteCount write(Path file, Stream<HashSetEntry> entries) throws IOException {
    long[] counts = new long[2];
    AtomicFile.writeStream(
        file,
        out -> {
          for (HashSetEntry e : (Iterable<HashSetEntry>) entries::iterator) {
            Optional<HashValue> h = e.hash(kind);
            if (h.isEmpty()) {
              counts[1]++;
              continue;
            }
            writeLine(out, h.get(), e.name().orElse("-"));
            counts[0]++;
          }
        });
    return new WriteCount(counts[0], counts[1]);
  }

  private static void writeLine(OutputStream out, HashValue hash, String fileName)
      throws IOException {
    boolean escape = fileName.indexOf('\\') >= 0 || fileName.indexOf('\n') >= 0;
    String name = escape ? fileName.replace("\\", "\\\\").replace("\n", "\\n") : fileName;
    String line = (escape ? "\\" : "") + hash.toHex() + "  " + name + "\n";
    out.write(line.getBytes(StandardCharsets.UTF_8));
  }
}
