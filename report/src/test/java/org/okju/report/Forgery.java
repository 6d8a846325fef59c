package org.okju.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.TreeMap;
import org.okju.casefile.Sha256;

/**
 * What someone with write access to the database but without the case's private key can do: append
 * an entry whose hash and link are correct, computed from SCHEMA.md's canonical form with nothing
 * but a JSON writer and SHA-256, as an independent verifier would.
 */
final class Forgery {
  private Forgery() {}

  static void appendUnsigned(CaseFixture fixture, long seq, Sha256 previous) throws Exception {
    String time = "2025-03-02T00:00:00.000000000Z";
    Map<String, Object> canonical = new TreeMap<>();
    canonical.put("action", "media-viewed");
    canonical.put("inputs", Map.of());
    canonical.put("okjuVersion", CaseFixture.VERSION);
    canonical.put("outputs", Map.of());
    canonical.put("parameters", Map.of("forged", true));
    canonical.put("previous", previous.toHex());
    canonical.put("seq", seq);
    canonical.put("time", time);
    canonical.put("user", "mallory");
    canonical.put("v", 1);
    byte[] bytes =
        new ObjectMapper().writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8);
    Sha256 hash = Sha256.of(CaseFixture.digest("SHA-256", bytes));
    try (Connection c = fixture.raw();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO custody_entry (seq, recorded_at, username, action, parameters,"
                    + " inputs, outputs, okju_version, previous_sha256, entry_sha256, signature)"
                    + " VALUES (?, ?, 'mallory', 'media-viewed', '{\"forged\":true}', '{}', '{}',"
                    + " ?, ?, ?, NULL)")) {
      s.setLong(1, seq);
      s.setString(2, time);
      s.setString(3, CaseFixture.VERSION);
      s.setString(4, previous.toHex());
      s.setString(5, hash.toHex());
      s.executeUpdate();
    }
  }
}
