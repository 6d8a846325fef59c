package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/cases/{name}/items/{id}}: the item's card as JSON, every field of it. */
class ItemApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void anItemOfATapeHasItsHashesItsTapeAndTheTapesEvidence() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      Api api = new Api(f.base(), f.tokens.get("reviewer"));
      long id = f.alphaItems.get(1).value();
      JsonNode item = JSON.readTree(api.get("/api/cases/alpha/items/" + id).body());

      assertThat(item.get("id").asText()).isEqualTo(String.valueOf(id));
      assertThat(item.get("path").asText()).isEqualTo("file-0001.txt");
      assertThat(item.get("type").asText()).isEqualTo("text/plain");
      assertThat(item.get("size").asLong()).isEqualTo("content 1".length());
      assertThat(item.get("md5").isNull()).isTrue();
      assertThat(item.get("sha1").isNull()).isTrue();
      assertThat(item.get("sha256").asText())
          .isEqualTo(
              HexFormat.of()
                  .formatHex(
                      MessageDigest.getInstance("SHA-256")
                          .digest("content 1".getBytes(StandardCharsets.UTF_8))));
      assertThat(item.get("status").asText()).isEqualTo("ok");
      assertThat(item.get("source").asText()).isNotBlank();
      assertThat(item.get("parent").isNull()).isTrue();
      assertThat(item.has("pdq")).isFalse();
      assertThat(item.has("vpdqFrames")).isFalse();
      JsonNode tape = item.get("tape");
      assertThat(tape.get("id").asText()).isEqualTo("T-001");
      assertThat(tape.get("relation").asText()).isEqualTo("re-encoded");
      assertThat(tape.get("evidence"))
          .isEqualTo(JSON.readTree("{\"distance\":4,\"view\":\"full\"}"));
    }
  }

  @Test
  void anArchiveMemberNamesItsParentAndAnUntapedItemHasNoTape() throws Exception {
    try (Fixture f = Fixture.start(tmp)) {
      Api api = new Api(f.base(), f.tokens.get("takedown"));
      JsonNode member =
          JSON.readTree(api.get("/api/cases/alpha/items/" + f.media.member().value()).body());
      assertThat(member.get("path").asText()).isEqualTo("inner.jpg");
      assertThat(member.get("parent").asText())
          .isEqualTo(String.valueOf(f.media.member().value() - 1));
      assertThat(member.has("tape")).isFalse();
      assertThat(api.get("/api/cases/alpha/items/999999").statusCode()).isEqualTo(404);
      assertThat(api.get("/api/cases/alpha/items/x1").statusCode()).isEqualTo(404);
    }
  }
}
