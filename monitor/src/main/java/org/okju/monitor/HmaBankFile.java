package org.okju.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code hma-bank}: a bank for Hasher-Matcher-Actioner (HMA 2.0, {@code OpenMediaMatch}), one bank
 * content a line, as JSON:
 *
 * <pre>{"signals":{"pdq":"…"},"metadata":{"content_id":"T-001-0001","json":{"tape":"T-001",
 * "origin":"drive","quality":87,"confirmed":true,"suggested_distance":31}}}</pre>
 *
 * <p>{@code signals} is exactly the body of HMA's {@code POST /c/bank/<bank>/signal} ({@code
 * blueprints/curation.py}, {@code bank_add_as_signals}: an object from signal type to signal
 * string, nothing else), one signal a line because HMA refuses a whole body when one of its types
 * is not enabled (vPDQ is an extension). {@code metadata} is HMA's own {@code
 * BankedContentMetadata} ({@code content_id}, {@code json}: "anything you plan to need in the long
 * term"), which HMA validates on {@code POST /c/bank/<bank>/content}: quality, the confirmed flag
 * and the suggested distance ride there for the partner's reviewers, since HMA's matcher has one
 * threshold per signal type, not per hash. A partner loads the bank with
 *
 * <pre>jq -c .signals bank.jsonl | while read -r s; do
 *   curl -sf -H 'Content-Type: application/json' -d "$s" "$HMA/c/bank/$BANK/signal"; done</pre>
 *
 * Stateless.
 */
public final class HmaBankFile {
  /** The keys of HMA's {@code BankedContentMetadata}. */
  public static final Set<String> METADATA_KEYS = Set.of("content_id", "content_uri", "json");

  private static final ObjectMapper JSON = new ObjectMapper();

  private HmaBankFile() {}

  /** The file's bytes: one line a hash, content ids numbered within each tape. */
  public static byte[] bytes(List<ExchangeHash> hashes) {
    StringBuilder b = new StringBuilder();
    Map<String, Integer> numbers = new HashMap<>();
    for (ExchangeHash h : hashes) {
      int n = numbers.merge(h.tape(), 1, Integer::sum);
      ObjectNode line = JSON.createObjectNode();
      line.putObject("signals").put(h.signalType(), h.value());
      ObjectNode meta = line.putObject("metadata");
      meta.put("content_id", String.format("%s-%04d", h.tape(), n));
      ObjectNode json = meta.putObject("json");
      json.put("tape", h.tape());
      json.put("origin", h.origin());
      if (h.quality().isPresent()) {
        json.put("quality", h.quality().getAsInt());
      } else {
        json.putNull("quality");
      }
      json.put("confirmed", h.confirmed());
      json.put("suggested_distance", h.suggestedDistance());
      b.append(line).append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a bank file back.
   *
   * @throws IOException when the file cannot be read or a line is not such a bank content (the
   *     message names the line)
   */
  public static List<ExchangeHash> read(Path file) throws IOException {
    List<ExchangeHash> out = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(parse(JSON.readTree(line)));
      } catch (IOException | IllegalArgumentException | NullPointerException e) {
        throw new IOException(
            file + " line " + number + ": not an okju HMA bank line: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static ExchangeHash parse(JsonNode line) {
    JsonNode signals = line.get("signals");
    if (signals == null || signals.size() != 1) {
      throw new IllegalArgumentException("one signal a line");
    }
    Iterator<Map.Entry<String, JsonNode>> it = signals.properties().iterator();
    Map.Entry<String, JsonNode> s = it.next();
    JsonNode json = line.get("metadata").get("json");
    JsonNode q = json.get("quality");
    return new ExchangeHash(
        s.getKey(),
        s.getValue().textValue(),
        q == null || q.isNull() ? OptionalInt.empty() : OptionalInt.of(q.intValue()),
        json.get("confirmed").booleanValue(),
        json.get("suggested_distance").intValue(),
        json.get("tape").textValue(),
        json.get("origin").textValue());
  }
}
