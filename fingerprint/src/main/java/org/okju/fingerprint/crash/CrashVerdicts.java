package org.okju.fingerprint.crash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal folder's {@code verdicts} file: the contents ruled out for a decoder, and the
 * suspects (in flight at a death without a crash report) with their count of deaths. Magic and
 * version first, a SHA-256 of the lines last; written whole to a new file, synced and renamed over
 * the old (rare: after deaths only). Not thread-safe: {@link CrashJournal} synchronizes.
 */
final class CrashVerdicts {
  private static final String MAGIC = "okju crash verdicts 1";
  private static final String FOOTER = "sha256 ";

  /**
   * One content's state for one stage.
   *
   * @param state {@code crashed} (ruled out) or {@code suspect}
   * @param detail {@code pid<TAB>report} when crashed, the count of deaths otherwise
   */
  record Entry(String state, String stage, String content, NativeDecoder decoder, String detail) {
    static String key(String stage, String content) {
      return stage + " " + content;
    }

    boolean suspect() {
      return state.equals("suspect");
    }

    int deaths() {
      return suspect() ? Integer.parseInt(detail) : 0;
    }

    /** The verdict, for a content ruled out; empty for a suspect. */
    Optional<CrashVerdict> verdict() {
      if (state.equals("crashed")) {
        int tab = detail.indexOf('\t');
        return Optional.of(
            new CrashVerdict(
                CrashVerdict.CRASHED,
                decoder.description()
                    + " crashed okju while decoding this content (process "
                    + detail.substring(0, Math.max(0, tab))
                    + "), so it is not decoded again; the JVM's crash report: "
                    + detail.substring(tab + 1)));
      }
      return Optional.empty();
    }
  }

  private final Path file;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private CrashVerdicts(Path file) {
    this.file = file;
  }

  /**
   * The verdicts kept in {@code directory}; none when there is no file yet.
   *
   * @throws IOException when the file cannot be read, or is not one (the message says to delete it
   *     to start over)
   */
  static CrashVerdicts load(Path directory) throws IOException {
    CrashVerdicts v = new CrashVerdicts(directory.resolve("verdicts"));
    if (!Files.exists(v.file)) {
      return v;
    }
    List<String> lines = Files.readAllLines(v.file, StandardCharsets.UTF_8);
    int last = lines.size() - 1;
    if (last < 1
        || !lines.get(0).equals(MAGIC)
        || !lines.get(last).equals(FOOTER + digest(String.join("\n", lines.subList(0, last))))) {
      throw new IOException(
          v.file
              + " is not an okju crash verdicts file (version 1) or is damaged; delete it to"
              + " decode every content again");
    }
    for (String line : lines.subList(1, last)) {
      String[] f = line.split("\t", 5);
      Optional<NativeDecoder> d = f.length == 5 ? NativeDecoder.ofWord(f[3]) : Optional.empty();
      if (d.isPresent()) {
        v.entries.put(Entry.key(f[1], f[2]), new Entry(f[0], f[1], f[2], d.get(), f[4]));
      }
    }
    return v;
  }

  Optional<Entry> get(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  void put(Entry e) {
    entries.put(Entry.key(e.stage(), e.content()), e);
  }

  void remove(String key) {
    entries.remove(key);
  }

  void save() throws IOException {
    StringBuilder out = new StringBuilder(MAGIC);
    for (Entry e : entries.values()) {
      out.append('\n')
          .append(String.join("\t", e.state(), e.stage(), e.content(), e.decoder().word()))
          .append('\t')
          .append(e.detail());
    }
    String body = out.toString();
    byte[] bytes = (body + "\n" + FOOTER + digest(body) + "\n").getBytes(StandardCharsets.UTF_8);
    Path tmp = file.resolveSibling(file.getFileName() + ".new");
    try {
      try (FileChannel c =
          FileChannel.open(
              tmp,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
          c.write(b);
        }
        c.force(true);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
