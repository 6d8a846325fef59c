package org.okju.monitor;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.Sha256;
import org.okju.casefile.WebCaptures;

/**
 * A folder of files saved from the web with a {@code urls.csv} manifest, one row per captured URL:
 * {@code url,page_url,captured_at,file} ({@code page_url} the page that shows or links it, may be
 * empty; {@code captured_at} ISO-8601; {@code file} relative to the folder, empty when nothing was
 * there). An optional {@code status} column gives the HTTP status seen. A row's offset is its line
 * number in the manifest, its member the file's relative path. The capture's SHA-256 covers the
 * manifest and every file's SHA-256 in row order. Not thread-safe.
 */
final class FolderCapture implements CaptureSource {
  static final String MANIFEST = "urls.csv";
  private static final List<String> REQUIRED = List.of("url", "page_url", "captured_at", "file");

  private final Path folder;
  private final long keepLimit;
  private Sha256 sha256;
  private long size = -1;
  private boolean atimePreserved = true;

  FolderCapture(Path folder, long keepLimit) {
    this.folder = folder;
    this.keepLimit = keepLimit;
  }

  @Override
  public String format() {
    return "folder";
  }

  @Override
  public String name() {
    return folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
  }

  @Override
  public long size() {
    if (size < 0) {
      try {
        sha256();
      } catch (IOException e) {
        return 0;
      }
    }
    return size;
  }

  @Override
  public Sha256 sha256() throws IOException {
    if (sha256 == null) {
      MessageDigest md = CaptureSource.sha256Digest();
      byte[] manifest = manifest();
      md.update(manifest);
      long total = manifest.length;
      for (ManifestCsv.Row row : rows(manifest)) {
        Optional<Path> file = file(row);
        if (file.isPresent()
            && Files.isRegularFile(file.get(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          try (EvidenceChannel c = EvidenceChannel.open(file.get())) {
            md.update(CaptureSource.sha256(c).toHex().getBytes(StandardCharsets.US_ASCII));
            total += c.size();
          }
        }
        md.update((byte) '\n');
      }
      sha256 = Sha256.of(md.digest());
      size = total;
    }
    return sha256;
  }

  private byte[] manifest() throws IOException {
    Path m = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(m)) {
      throw new IOException(folder + ": no " + MANIFEST + " (url,page_url,captured_at,file)");
    }
    try (EvidenceChannel c = EvidenceChannel.open(m)) {
      atimePreserved &= c.atimePreserved();
      return Channels.newInputStream(c).readAllBytes();
    }
  }

  private Map<String, Integer> columns;

  private List<ManifestCsv.Row> rows(byte[] manifest) throws IOException {
    List<ManifestCsv.Row> rows =
        ManifestCsv.parse(new String(manifest, StandardCharsets.UTF_8).replace("\uFEFF", ""));
    if (rows.isEmpty()) {
      throw new IOException(folder.resolve(MANIFEST) + ": empty");
    }
    columns = new HashMap<>();
    List<String> header = rows.get(0).fields();
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
    for (String r : REQUIRED) {
      if (!columns.containsKey(r)) {
        throw new IOException(
            folder.resolve(MANIFEST)
                + ": header needs url,page_url,captured_at,file; has "
                + header);
      }
    }
    return rows.subList(1, rows.size());
  }

  private String field(ManifestCsv.Row row, String column) {
    Integer i = columns.get(column);
    return i == null || i >= row.fields().size() ? "" : row.fields().get(i).trim();
  }

  /** The row's file, when it names one inside the folder. */
  private Optional<Path> file(ManifestCsv.Row row) {
    String f = field(row, "file");
    if (f.isEmpty()) {
      return Optional.empty();
    }
    Path p = folder.resolve(f).normalize();
    return p.startsWith(folder.normalize()) && !Path.of(f).isAbsolute()
        ? Optional.of(p)
        : Optional.empty();
  }

  @Override
  public void read(CaptureSink sink) throws IOException {
    for (ManifestCsv.Row row : rows(manifest())) {
      String url = field(row, "url");
      String file = field(row, "file");
      if (url.isEmpty()) {
        sink.problem(problem(file, row, "no-url", "the row has no url"));
        continue;
      }
      Instant at;
      try {
        at = instant(field(row, "captured_at"));
      } catch (DateTimeParseException e) {
        sink.problem(
            problem(
                file,
                row,
                "bad-date",
                "captured_at is not ISO-8601: " + field(row, "captured_at")));
        continue;
      }
      OptionalInt status = OptionalInt.empty();
      String s = field(row, "status");
      if (!s.isEmpty()) {
        try {
          status = OptionalInt.of(Integer.parseInt(s));
        } catch (NumberFormatException e) {
          sink.problem(problem(file, row, "bad-status", "status is not a number: " + s));
        }
      }
      Optional<Payload> payload = Optional.empty();
      if (!file.isEmpty()) {
        Optional<Path> path = file(row);
        if (path.isEmpty()) {
          sink.problem(
              problem(file, row, "file-outside-capture", "the file is not inside the folder"));
          continue;
        }
        if (!Files.isRegularFile(path.get(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          sink.problem(problem(file, row, "missing-file", "no such regular file in the folder"));
          continue;
        }
        try (EvidenceChannel c = EvidenceChannel.open(path.get())) {
          atimePreserved &= c.atimePreserved();
          payload = Optional.of(Payload.read(Channels.newInputStream(c), keepLimit));
        }
      }
      String page = field(row, "page_url");
      sink.record(
          new ReadRecord(
              file,
              row.line(),
              Optional.empty(),
              "file",
              url,
              at,
              status,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              payload,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              page.isEmpty() ? Optional.empty() : Optional.of(page),
              Optional.empty()));
    }
  }

  private static WebCaptures.Problem problem(
      String member, ManifestCsv.Row row, String kind, String message) {
    return new WebCaptures.Problem(
        member,
        row.line(),
        ErrorSeverity.ERROR,
        kind,
        MANIFEST + " line " + row.line() + ": " + message);
  }

  /** An ISO-8601 instant; a local date-time without an offset is taken as UTC. */
  static Instant instant(String s) {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e2) {
        return java.time.LocalDateTime.parse(s).toInstant(java.time.ZoneOffset.UTC);
      }
    }
  }

  @Override
  public boolean atimePreserved() {
    return atimePreserved;
  }

  @Override
  public void close() {}
}
