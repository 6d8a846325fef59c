package org.okju.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.okju.casefile.WebCaptures;

/**
 * What a sighting of a reassembled stream shows as evidence: the stream's format, and the records
 * it was built from as {@code capture[!member]@offset} (the playlist or manifest first, then the
 * media playlist, initialisation section and segments, or the Range pieces, in order). Stateless.
 */
final class StreamEvidence {
  private static final ObjectMapper JSON = new ObjectMapper();

  private StreamEvidence() {}

  /**
   * The stream evidence of {@code r}, found at {@code reference} ({@code capture[!member]@offset});
   * empty for a record that is no stream's.
   */
  static Optional<Map<String, Object>> of(WebCaptures.CaptureRecord r, String reference) {
    Optional<JsonNode> parts = parts(r);
    if (parts.isEmpty() || r.streamSha256().isEmpty() || reference == null) {
      return Optional.empty();
    }
    String suffix = (r.member().isEmpty() ? "" : "!" + r.member()) + "@" + r.offset();
    String capture =
        reference.endsWith(suffix)
            ? reference.substring(0, reference.length() - suffix.length())
            : reference;
    JsonNode p = parts.get();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("format", p.path("format").asText());
    out.put("url", r.url());
    out.put("segments", p.path("segments").asLong());
    out.put("declared", p.path("declared").asLong());
    if (p.path("partial").asBoolean(false)) {
      out.put("partial", true);
    }
    List<String> records = new ArrayList<>();
    records.add(reference);
    for (JsonNode part : p.path("parts")) {
      String member = part.path("member").asText("");
      String at =
          capture + (member.isEmpty() ? "" : "!" + member) + "@" + part.path("offset").asLong();
      if (!records.contains(at)) {
        records.add(at);
      }
    }
    out.put("records", records);
    return Optional.of(out);
  }

  /** Whether {@code r} is a playlist or manifest whose parts were not captured. */
  static boolean unassembled(WebCaptures.CaptureRecord r) {
    return r.streamSha256().isEmpty()
        && parts(r).map(p -> p.path("unassembled").asBoolean(false)).orElse(false);
  }

  /** Whether {@code r} is a part of a stream reassembled from it (no sighting of its own). */
  static boolean partOf(WebCaptures.CaptureRecord r) {
    return r.streamSha256().isEmpty() && parts(r).map(p -> p.hasNonNull("part_of")).orElse(false);
  }

  private static Optional<JsonNode> parts(WebCaptures.CaptureRecord r) {
    if (r.streamParts().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(r.streamParts().get()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
