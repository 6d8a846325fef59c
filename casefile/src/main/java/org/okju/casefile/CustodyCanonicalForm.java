package org.okju.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The canonical serialisation a custody entry's hash is computed over (documented in SCHEMA.md,
 * "custody_entry"): a JSON object with the keys {@code action, inputs, okjuVersion, outputs,
 * parameters, previous, seq, time, user, v}, every object's keys sorted by UTF-16 code unit, no
 * whitespace, encoded as UTF-8. {@code v} is the form's version, 1.
 */
final class CustodyCanonicalForm {
  /** The version of this serialisation, itself hashed so it can change without ambiguity. */
  static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private CustodyCanonicalForm() {}

  /**
   * Canonicalises a JSON object given as text.
   *
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  static String canonicalObject(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("parameters are not JSON: " + e.getOriginalMessage(), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("parameters must be a JSON object");
    }
    return write(sorted(node));
  }

  static String hashesJson(SortedMap<String, Sha256> hashes) {
    ObjectNode o = NODES.objectNode();
    hashes.forEach((k, v) -> o.put(k, v.toHex()));
    return write(o);
  }

  static SortedMap<String, Sha256> parseHashes(String json) {
    try {
      SortedMap<String, Sha256> out = new TreeMap<>();
      JsonNode node = JSON.readTree(json);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        out.put(e.getKey(), Sha256.parse(e.getValue().asText()));
      }
      return Collections.unmodifiableSortedMap(out);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("hashes are not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The bytes hashed for an entry.
   *
   * @throws IllegalArgumentException when a stored JSON column no longer parses
   */
  static byte[] bytes(
      long seq,
      Instant time,
      String user,
      String action,
      String parametersJson,
      String inputsJson,
      String outputsJson,
      String okjuVersion,
      Sha256 previous) {
    ObjectNode o = NODES.objectNode();
    try {
      o.put("action", action);
      o.set("inputs", sorted(JSON.readTree(inputsJson)));
      o.put("okjuVersion", okjuVersion);
      o.set("outputs", sorted(JSON.readTree(outputsJson)));
      o.set("parameters", sorted(JSON.readTree(parametersJson)));
      o.put("previous", previous.toHex());
      o.put("seq", seq);
      o.put("time", StoredTime.format(time));
      o.put("user", user);
      o.put("v", VERSION);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "stored JSON does not parse: " + e.getOriginalMessage(), e);
    }
    return write(o).getBytes(StandardCharsets.UTF_8);
  }

  static Sha256 hash(byte[] canonical) {
    return Sha256.of(SqlItems.sha256(canonical));
  }

  // A copy with every object's keys in sorted order (ObjectNode keeps insertion order).
  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>();
      node.properties().forEach(e -> names.add(e.getKey()));
      Collections.sort(names);
      ObjectNode o = NODES.objectNode();
      for (String n : names) {
        o.set(n, sorted(node.get(n)));
      }
      return o;
    }
    if (node.isArray()) {
      ArrayNode a = NODES.arrayNode();
      node.forEach(e -> a.add(sorted(e)));
      return a;
    }
    return node;
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
