package org.okju.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * {@code stopncii}: the body of StopNCII.org's {@code SubmitHashes} call, by which a content
 * service provider or a support centre submits hashes it sourced itself (python-threatexchange
 * {@code exchanges/clients/stopncii/api.py}, {@code submit_hashes}):
 *
 * <pre>{"count":2,"hashRecords":[{"lastModtimestamp":1764812345,"signalType":"ImagePDQ",
 * "hashValue":"…","CSPFeedbacks":[{"tags":["okju","tape:T-001","origin:drive","quality:87",
 * "suggested-distance:31","confirmed"],"feedbackValue":"Blocked"}]}]}</pre>
 *
 * <p>StopNCII's signal types are {@code ImagePDQ}, {@code VideoMD5}, {@code VideoTMK}, {@code Text}
 * and {@code URL}: okju's {@code pdq} signals (pictures, and videos' good frames) go as {@code
 * ImagePDQ}, {@code video_md5} as {@code VideoMD5}; a vPDQ signal has no StopNCII type and is left
 * out. The feedback is {@code Blocked} ("match reviewed, determined to be NCII") for a confirmed
 * hash and {@code PendingReview} otherwise; quality, origin, tape and suggested distance travel as
 * the feedback's free tags, the only place the format has for them. The signal type is written as
 * the enum's value ({@code ImagePDQ}), as {@code FetchHashes} returns it (the client's {@code
 * str(signal_type)} would give {@code StopNCIISignalType.ImagePDQ}, which the service's own records
 * never contain). Stateless.
 */
public final class StopNciiFile {
  /** okju signal type to StopNCII signal type. */
  public static final Map<String, String> SIGNAL_TYPES =
      Map.of("pdq", "ImagePDQ", "video_md5", "VideoMD5");

  private static final ObjectMapper JSON = new ObjectMapper();

  private StopNciiFile() {}

  /** The request body for {@code hashes} (those StopNCII has a type for), stamped {@code now}. */
  public static byte[] bytes(List<ExchangeHash> hashes, Instant now) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode records = JSON.createArrayNode();
    for (ExchangeHash h : hashes) {
      String type = SIGNAL_TYPES.get(h.signalType());
      if (type == null) {
        continue;
      }
      ObjectNode r = records.addObject();
      r.put("lastModtimestamp", now.getEpochSecond());
      r.put("signalType", type);
      r.put("hashValue", h.value());
      ObjectNode feedback = r.putArray("CSPFeedbacks").addObject();
      ArrayNode tags = feedback.putArray("tags");
      tags.add("okju");
      tags.add("tape:" + h.tape());
      tags.add("origin:" + h.origin());
      h.quality().ifPresent(q -> tags.add("quality:" + q));
      tags.add("suggested-distance:" + h.suggestedDistance());
      tags.add(h.confirmed() ? "confirmed" : "unconfirmed");
      feedback.put("feedbackValue", h.confirmed() ? "Blocked" : "PendingReview");
    }
    root.put("count", records.size());
    root.set("hashRecords", records);
    return (root + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a body okju wrote back into hashes.
   *
   * @throws IOException when the file cannot be read or is not such a body
   */
  public static List<ExchangeHash> read(Path file) throws IOException {
    JsonNode root = JSON.readTree(Files.readAllBytes(file));
    List<ExchangeHash> out = new ArrayList<>();
    JsonNode records = root.path("hashRecords");
    if (!records.isArray() || root.path("count").intValue() != records.size()) {
      throw new IOException(file + ": not a StopNCII SubmitHashes body (count and hashRecords)");
    }
    for (JsonNode r : records) {
      String type =
          SIGNAL_TYPES.entrySet().stream()
              .filter(e -> e.getValue().equals(r.path("signalType").textValue()))
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow(
                  () -> new IOException(file + ": unknown signalType " + r.path("signalType")));
      String tape = "";
      String origin = "";
      OptionalInt quality = OptionalInt.empty();
      int distance = 0;
      boolean confirmed = false;
      for (JsonNode t : r.path("CSPFeedbacks").path(0).path("tags")) {
        String tag = t.textValue();
        int colon = tag.indexOf(':');
        String value = colon < 0 ? "" : tag.substring(colon + 1);
        switch (colon < 0 ? tag : tag.substring(0, colon)) {
          case "tape" -> tape = value;
          case "origin" -> origin = value;
          case "quality" -> quality = OptionalInt.of(Integer.parseInt(value));
          case "suggested-distance" -> distance = Integer.parseInt(value);
          case "confirmed" -> confirmed = true;
          default -> {}
        }
      }
      out.add(
          new ExchangeHash(
              type, r.path("hashValue").textValue(), quality, confirmed, distance, tape, origin));
    }
    return out;
  }
}
