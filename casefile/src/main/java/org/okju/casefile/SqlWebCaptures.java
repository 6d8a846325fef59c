package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@link WebCaptures} in SQL: web_capture, web_record, web_link, web_problem, web_media, web_match.
 */
final class SqlWebCaptures implements WebCaptures {
  private static final String CAPTURE_COLUMNS =
      "id, sha256, name, format, crawl, size, imported_at, username, record_count, problem_count,"
          + " first_captured_at, last_captured_at";
  private static final String RECORD_COLUMNS =
      "member, record_offset, record_id, record_type, url, captured_at, http_status, server_ip,"
          + " content_type, location, payload_digest, payload_sha256, payload_size, kind,"
          + " refers_to, stream_sha256, stream_parts";
  private static final String MEDIA_COLUMNS = "sha256, md5, sha1, size, kind, pdq, quality, frames";

  private final Scope scope;

  SqlWebCaptures(Scope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<Capture> capture(Sha256 sha256) {
    return scope.read(
        "read web capture",
        c -> {
          List<Capture> found =
              captures(c, " WHERE sha256 = ?", s -> s.setString(1, sha256.toHex()));
          return found.stream().findFirst();
        });
  }

  @Override
  public List<Capture> captures() {
    return scope.read("read web captures", c -> captures(c, "", s -> {}));
  }

  private static List<Capture> captures(Connection c, String where, Scope.Binder binder)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT " + CAPTURE_COLUMNS + " FROM web_capture" + where + " ORDER BY id")) {
      binder.bind(s);
      List<Capture> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new Capture(
                  r.getLong(1),
                  new NewCapture(
                      Sha256.parse(r.getString(2)),
                      r.getString(3),
                      r.getString(4),
                      r.getString(5),
                      r.getLong(6),
                      StoredTime.parse(r.getString(7)),
                      r.getString(8),
                      r.getLong(9),
                      r.getLong(10),
                      Optional.ofNullable(r.getString(11)).map(StoredTime::parse),
                      Optional.ofNullable(r.getString(12)).map(StoredTime::parse))));
        }
      }
      return out;
    }
  }

  @Override
  public long putCapture(NewCapture capture, Content content) {
    if (capture(capture.sha256()).isPresent()) {
      throw new IllegalArgumentException(
          "the capture " + capture.sha256().toHex() + " is already imported");
    }
    return scope.write(
        "store web capture",
        c -> {
          long id;
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO web_capture (sha256, name, format, crawl, size, imported_at,"
                      + " username, record_count, problem_count, first_captured_at,"
                      + " last_captured_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " RETURNING id")) {
            s.setString(1, capture.sha256().toHex());
            s.setString(2, capture.name());
            s.setString(3, capture.format());
            s.setString(4, capture.crawl());
            s.setLong(5, capture.size());
            s.setString(6, StoredTime.format(capture.importedAt()));
            s.setString(7, capture.user());
            s.setLong(8, capture.recordCount());
            s.setLong(9, capture.problemCount());
            s.setString(10, capture.firstCapturedAt().map(StoredTime::format).orElse(null));
            s.setString(11, capture.lastCapturedAt().map(StoredTime::format).orElse(null));
            try (ResultSet r = s.executeQuery()) {
              r.next();
              id = r.getLong(1);
            }
          }
          insertRecords(c, id, content.records());
          insertLinks(c, id, content.links());
          insertProblems(c, id, content.problems());
          insertMedia(c, content.media());
          insertMatches(c, content.matches());
          return id;
        });
  }

  private static void insertRecords(Connection c, long capture, List<CaptureRecord> records)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO web_record (capture_id, "
                + RECORD_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (CaptureRecord r : records) {
        s.setLong(1, capture);
        s.setString(2, r.member());
        s.setLong(3, r.offset());
        s.setString(4, r.recordId().orElse(null));
        s.setString(5, r.type());
        s.setString(6, r.url());
        s.setString(7, StoredTime.format(r.capturedAt()));
        if (r.httpStatus().isPresent()) {
          s.setInt(8, r.httpStatus().getAsInt());
        } else {
          s.setNull(8, Types.INTEGER);
        }
        s.setString(9, r.serverIp().orElse(null));
        s.setString(10, r.contentType().orElse(null));
        s.setString(11, r.location().orElse(null));
        s.setString(12, r.payloadDigest().orElse(null));
        s.setString(13, r.payloadSha256().map(Sha256::toHex).orElse(null));
        s.setLong(14, r.payloadSize());
        s.setString(15, r.kind());
        s.setString(16, r.refersTo().orElse(null));
        s.setString(17, r.streamSha256().map(Sha256::toHex).orElse(null));
        s.setString(18, r.streamParts().orElse(null));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertLinks(Connection c, long capture, List<Link> links)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO web_link (capture_id, page_url, media_url, relation)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (Link l : links) {
        s.setLong(1, capture);
        s.setString(2, l.pageUrl());
        s.setString(3, l.mediaUrl());
        s.setString(4, l.relation());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertProblems(Connection c, long capture, List<Problem> problems)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO web_problem (capture_id, member, record_offset, severity, kind, message)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (Problem p : problems) {
        s.setLong(1, capture);
        s.setString(2, p.member());
        s.setLong(3, p.offset());
        s.setString(4, p.severity().code());
        s.setString(5, p.kind());
        s.setString(6, p.message());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public void putMedia(List<Media> media) {
    scope.write(
        "store web media",
        c -> {
          insertMedia(c, media);
          return null;
        });
  }

  private static void insertMedia(Connection c, List<Media> media) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO web_media ("
                + MEDIA_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (Media m : media) {
        s.setString(1, m.sha256().toHex());
        s.setString(2, m.md5().toHex());
        s.setString(3, m.sha1().toHex());
        s.setLong(4, m.size());
        s.setString(5, m.kind());
        s.setString(6, m.pdq().map(PdqHex::toHex).orElse(null));
        if (m.quality().isPresent()) {
          s.setInt(7, m.quality().getAsInt());
        } else {
          s.setNull(7, Types.INTEGER);
        }
        s.setString(8, m.framesJson().orElse(null));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public void putMatches(List<Match> matches) {
    scope.write(
        "store web matches",
        c -> {
          insertMatches(c, matches);
          return null;
        });
  }

  private static void insertMatches(Connection c, List<Match> matches) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO web_match (media_sha256, item_id, relation, evidence, weight)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (Match m : matches) {
        s.setString(1, m.media().toHex());
        s.setLong(2, m.item().value());
        s.setString(3, m.relation());
        s.setString(4, m.evidence());
        s.setDouble(5, m.weight());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  @Override
  public List<CapturedRecord> records() {
    return scope.list(
        "read web records",
        "SELECT r.capture_id, w.crawl, "
            + prefixed("r.", RECORD_COLUMNS)
            + " FROM web_record r JOIN web_capture w ON w.id = r.capture_id"
            + " ORDER BY r.capture_id, r.member, r.record_offset",
        s -> {},
        r -> new CapturedRecord(r.getLong(1), r.getString(2), record(r, 3)));
  }

  private static String prefixed(String prefix, String columns) {
    return prefix + String.join(", " + prefix, columns.split(",\\s*"));
  }

  private static CaptureRecord record(ResultSet r, int i) throws SQLException {
    int status = r.getInt(i + 6);
    OptionalInt httpStatus = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(status);
    return new CaptureRecord(
        r.getString(i),
        r.getLong(i + 1),
        Optional.ofNullable(r.getString(i + 2)),
        r.getString(i + 3),
        r.getString(i + 4),
        StoredTime.parse(r.getString(i + 5)),
        httpStatus,
        Optional.ofNullable(r.getString(i + 7)),
        Optional.ofNullable(r.getString(i + 8)),
        Optional.ofNullable(r.getString(i + 9)),
        Optional.ofNullable(r.getString(i + 10)),
        Optional.ofNullable(r.getString(i + 11)).map(Sha256::parse),
        r.getLong(i + 12),
        r.getString(i + 13),
        Optional.ofNullable(r.getString(i + 14)),
        Optional.ofNullable(r.getString(i + 15)).map(Sha256::parse),
        Optional.ofNullable(r.getString(i + 16)));
  }

  @Override
  public List<CapturedLink> links() {
    return scope.list(
        "read web links",
        "SELECT capture_id, page_url, media_url, relation FROM web_link"
            + " ORDER BY capture_id, page_url, media_url, relation",
        s -> {},
        r ->
            new CapturedLink(
                r.getLong(1), new Link(r.getString(2), r.getString(3), r.getString(4))));
  }

  @Override
  public List<Problem> problems(long captureId) {
    return scope.list(
        "read web problems",
        "SELECT member, record_offset, severity, kind, message FROM web_problem"
            + " WHERE capture_id = ? ORDER BY member, record_offset",
        s -> s.setLong(1, captureId),
        r ->
            new Problem(
                r.getString(1),
                r.getLong(2),
                ErrorSeverity.ofCode(r.getString(3)),
                r.getString(4),
                r.getString(5)));
  }

  @Override
  public Optional<Media> media(Sha256 sha256) {
    return scope.read(
        "read web media",
        c ->
            media(c, " WHERE sha256 = ?", s -> s.setString(1, sha256.toHex())).stream()
                .findFirst());
  }

  @Override
  public List<Media> allMedia() {
    return scope.read("read web media", c -> media(c, "", s -> {}));
  }

  private static List<Media> media(Connection c, String where, Scope.Binder binder)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT " + MEDIA_COLUMNS + " FROM web_media" + where + " ORDER BY sha256")) {
      binder.bind(s);
      List<Media> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int quality = r.getInt(7);
          boolean noQuality = r.wasNull();
          out.add(
              new Media(
                  Sha256.parse(r.getString(1)),
                  Md5.parse(r.getString(2)),
                  Sha1.parse(r.getString(3)),
                  r.getLong(4),
                  r.getString(5),
                  Optional.ofNullable(r.getString(6)).map(PdqHex::parse),
                  noQuality ? OptionalInt.empty() : OptionalInt.of(quality),
                  Optional.ofNullable(r.getString(8))));
        }
      }
      return out;
    }
  }

  @Override
  public List<Match> matches() {
    return scope.list(
        "read web matches",
        "SELECT media_sha256, item_id, relation, evidence, weight FROM web_match"
            + " ORDER BY media_sha256, item_id",
        s -> {},
        r ->
            new Match(
                Sha256.parse(r.getString(1)),
                new ItemId(r.getLong(2)),
                r.getString(3),
                r.getString(4),
                r.getDouble(5)));
  }
}
