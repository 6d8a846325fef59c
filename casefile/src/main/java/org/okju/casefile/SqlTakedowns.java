package org.okju.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Takedowns} in SQL: monitor_setting, web_notice, web_notified, sighting_review,
 * negative_hash and tape_victim.
 */
final class SqlTakedowns implements Takedowns {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Scope scope;

  SqlTakedowns(Scope scope) {
    this.scope = scope;
  }

  @Override
  public Optional<String> setting(String name) {
    return scope.read(
        "read monitor setting",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT value FROM monitor_setting WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
              return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  @Override
  public void putSetting(String name, String value) {
    scope.write(
        "store monitor setting",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO monitor_setting (name, value) VALUES (?, ?)"
                      + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public long putNotice(Notice notice) {
    return scope.write(
        "store notice",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO web_notice (platform, regime, format, file_sha256, written_at,"
                      + " username, sightings) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            s.setString(1, notice.platform());
            s.setString(2, notice.regime());
            s.setString(3, notice.format());
            s.setString(4, notice.fileSha256().toHex());
            s.setString(5, StoredTime.format(notice.writtenAt()));
            s.setString(6, notice.user());
            s.setString(7, keysJson(notice.sightings()));
            try (ResultSet r = s.executeQuery()) {
              r.next();
              return r.getLong(1);
            }
          }
        });
  }

  @Override
  public List<Notice> notices() {
    return scope.list(
        "read notices",
        "SELECT id, platform, regime, format, file_sha256, written_at, username,"
            + " sightings FROM web_notice ORDER BY id",
        s -> {},
        r ->
            new Notice(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                Sha256.parse(r.getString(5)),
                StoredTime.parse(r.getString(6)),
                r.getString(7),
                keys(r.getString(8))));
  }

  private static String keysJson(List<SightingKey> keys) {
    ArrayNode a = JSON.createArrayNode();
    keys.forEach(k -> a.addArray().add(k.url()).add(k.tape()));
    return a.toString();
  }

  private static List<SightingKey> keys(String json) throws SQLException {
    try {
      List<SightingKey> out = new ArrayList<>();
      for (JsonNode k : JSON.readTree(json)) {
        out.add(new SightingKey(k.get(0).asText(), k.get(1).asText()));
      }
      return out;
    } catch (JsonProcessingException e) {
      throw new SQLException("a notice's sightings are not JSON: " + e.getMessage(), e);
    }
  }

  @Override
  public void putNotified(List<Notified> notified) {
    scope.write(
        "store notified sightings",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO web_notified (url, tape_id, platform, sent_at, username)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Notified n : notified) {
              s.setString(1, n.sighting().url());
              s.setString(2, n.sighting().tape());
              s.setString(3, n.platform());
              s.setString(4, StoredTime.format(n.sentAt()));
              s.setString(5, n.user());
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<Notified> notified() {
    return scope.list(
        "read notified sightings",
        "SELECT url, tape_id, platform, sent_at, username FROM web_notified"
            + " ORDER BY sent_at, url, tape_id",
        s -> {},
        r ->
            new Notified(
                new SightingKey(r.getString(1), r.getString(2)),
                r.getString(3),
                StoredTime.parse(r.getString(4)),
                r.getString(5)));
  }

  @Override
  public void putReview(Review review) {
    scope.write(
        "store sighting review",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO sighting_review (url, tape_id, decision, username, decided_at,"
                      + " reason) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url, tape_id) DO UPDATE"
                      + " SET decision = excluded.decision, username = excluded.username,"
                      + " decided_at = excluded.decided_at, reason = excluded.reason")) {
            s.setString(1, review.sighting().url());
            s.setString(2, review.sighting().tape());
            s.setString(3, review.decision());
            s.setString(4, review.user());
            s.setString(5, StoredTime.format(review.at()));
            s.setString(6, review.reason());
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<Review> reviews() {
    return scope.list(
        "read sighting reviews",
        "SELECT url, tape_id, decision, username, decided_at, reason"
            + " FROM sighting_review ORDER BY url, tape_id",
        s -> {},
        r ->
            new Review(
                new SightingKey(r.getString(1), r.getString(2)),
                r.getString(3),
                r.getString(4),
                StoredTime.parse(r.getString(5)),
                r.getString(6)));
  }

  @Override
  public int addNegative(List<NegativeHash> hashes) {
    return scope.write(
        "add negative hashes",
        c -> {
          int added = 0;
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO negative_hash (hash_kind, hash, reason, source, added_at, username)"
                      + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (NegativeHash h : hashes) {
              s.setString(1, h.kind());
              s.setString(2, h.hash());
              s.setString(3, h.reason());
              s.setString(4, h.source());
              s.setString(5, StoredTime.format(h.addedAt()));
              s.setString(6, h.user());
              added += s.executeUpdate();
            }
          }
          return added;
        });
  }

  @Override
  public List<NegativeHash> negatives() {
    return scope.list(
        "read negative hashes",
        "SELECT hash_kind, hash, reason, source, added_at, username"
            + " FROM negative_hash ORDER BY hash_kind, hash",
        s -> {},
        r ->
            new NegativeHash(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                StoredTime.parse(r.getString(5)),
                r.getString(6)));
  }

  @Override
  public void putTapeVictim(String tape, String pseudonym, String user, Instant at) {
    scope.write(
        "store tape victim",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO tape_victim (tape_id, pseudonym, username, added_at)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            s.setString(1, tape);
            s.setString(2, pseudonym);
            s.setString(3, user);
            s.setString(4, StoredTime.format(at));
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Map<String, List<String>> tapeVictims() {
    return scope.read("read tape victims", SqlTakedowns::tapeVictims);
  }

  private static Map<String, List<String>> tapeVictims(Connection c) throws SQLException {
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT tape_id, pseudonym FROM tape_victim ORDER BY tape_id, pseudonym");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
      }
    }
    return out;
  }
}
