package org.okju.index.hashset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * NSRL RDS v2 {@code NSRLFile.txt}: a CSV header {@code
 * "SHA-1","MD5","CRC32","FileName","FileSize","ProductCode","OpSystemCode","SpecialCode"}, then one
 * quoted row per file (hashes in upper case). Columns are found by the header names. Entries carry
 * SHA-1 and MD5, the file name and size, and the product code as label. CRC32 is not kept.
 */
public final class NsrlV2Format implements HashSetFormat {
  @Override
  public String name() {
    return "nsrl-v2";
  }

  @Override
  public boolean sniff(byte[] head) {
    return TextLines.firstContentLine(head).startsWith("\"SHA-1\",\"MD5\"");
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return TextLines.stream(file, new Rows(), problems);
  }

  private static final class Rows implements TextLines.LineParser {
    private int sha1 = -1;
    private int md5 = -1;
    private int fileName = -1;
    private int fileSize = -1;
    private int product = -1;
    private boolean header;

    @Override
    public Optional<HashSetEntry> parse(String line, long number) throws MalformedRecordException {
      if (line.isBlank()) {
        return Optional.empty();
      }
      List<String> f = Csv.fields(line);
      if (!header) {
        header = true;
        sha1 = f.indexOf("SHA-1");
        md5 = f.indexOf("MD5");
        fileName = f.indexOf("FileName");
        fileSize = f.indexOf("FileSize");
        product = f.indexOf("ProductCode");
        if (sha1 < 0 && md5 < 0) {
          throw new MalformedRecordException("header names neither SHA-1 nor MD5: " + line);
        }
        return Optional.empty();
      }
      List<HashValue> hashes = new ArrayList<>(2);
      if (sha1 >= 0 && sha1 < f.size() && !f.get(sha1).isEmpty()) {
        hashes.add(TextLines.hash(HashKind.SHA1, f.get(sha1)));
      }
      if (md5 >= 0 && md5 < f.size() && !f.get(md5).isEmpty()) {
        hashes.add(TextLines.hash(HashKind.MD5, f.get(md5)));
      }
      if (hashes.isEmpty()) {
        throw new MalformedRecordException("no SHA-1 or MD5: " + Csv.abbreviate(line));
      }
      OptionalLong size = OptionalLong.empty();
      if (fileSize >= 0 && fileSize < f.size() && !f.get(fileSize).isEmpty()) {
        try {
          size = OptionalLong.of(Long.parseLong(f.get(fileSize).trim()));
        } catch (NumberFormatException e) {
          throw new MalformedRecordException("FileSize is not a number: " + f.get(fileSize));
        }
      }
      return Optional.of(
          new HashSetEntry(
              hashes, field(f, fileName), size, Optional.empty(), field(f, product), number));
    }

    private static Optional<String> field(List<String> f, int column) {
      return column >= 0 && column < f.size() && !f.get(column).isEmpty()
          ? Optional.of(f.get(column))
          : Optional.empty();
    }
  }
}
