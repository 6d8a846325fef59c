package org.okju.index.hashset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code signal_str} of HMA's {@code vpdq} signal type (python-threatexchange {@code
 * vpdq_util}): {@code ["<pdq hex>,<quality>,<seconds>", ...]}, one string a frame in video order;
 * read also in its earlier form, {@code {"<frame>": {"quality": q, "hash": "<hex>", "timestamp":
 * s}, ...}}. Stateless, thread-safe.
 */
public final class VpdqJson {
  private static final JsonFactory JSON = new JsonFactory();

  private VpdqJson() {}

  static List<VpdqFeature> read(String json) throws MalformedRecordException {
    try (JsonParser p = JSON.createParser(json)) {
      JsonToken first = p.nextToken();
      List<VpdqFeature> frames;
      if (first == JsonToken.START_ARRAY) {
        frames = compactList(p);
      } else if (first == JsonToken.START_OBJECT) {
        frames = byFrameNumber(p);
      } else {
        throw new MalformedRecordException("a vpdq signal is a JSON list of frames");
      }
      if (p.nextToken() != null) {
        throw new MalformedRecordException("text after the vpdq signal's JSON");
      }
      if (frames.isEmpty()) {
        throw new MalformedRecordException("a vpdq signal with no frames");
      }
      return frames;
    } catch (JsonProcessingException e) {
      throw new MalformedRecordException("the vpdq signal's JSON: " + e.getOriginalMessage());
    } catch (IllegalArgumentException e) {
      throw new MalformedRecordException("a vpdq frame: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading JSON from a string", e);
    }
  }

  /**
   * Reads a signal string, for callers outside the hash-set readers.
   *
   * @throws IllegalArgumentException naming what is wrong when it is no vpdq signal
   */
  public static List<VpdqFeature> parse(String json) {
    try {
      return read(json);
    } catch (MalformedRecordException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** python-threatexchange's {@code vpdq_to_json}: {@code json.dumps} of the frames' strings. */
  public static String write(List<VpdqFeature> frames) {
    StringBuilder b = new StringBuilder("[");
    for (VpdqFeature f : frames) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append('"')
          .append(f.pdq().toHex())
          .append(',')
          .append(f.quality())
          .append(',')
          .append(PythonFloats.threeSignificant(f.seconds()))
          .append('"');
    }
    return b.append(']').toString();
  }

  private static List<VpdqFeature> compactList(JsonParser p)
      throws IOException, MalformedRecordException {
    List<VpdqFeature> frames = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        throw new MalformedRecordException("a vpdq frame is a \"hex,quality,seconds\" string");
      }
      String[] parts = p.getText().split(",", -1);
      if (parts.length != 3) {
        throw new MalformedRecordException(
            "a vpdq frame is \"hex,quality,seconds\", not \"" + p.getText() + "\"");
      }
      frames.add(
          new VpdqFeature(
              HashValue.parse(HashKind.PDQ, parts[0].trim()),
              Integer.parseInt(parts[1].trim()),
              Double.parseDouble(parts[2].trim())));
    }
    return frames;
  }

  private static int integer(JsonParser p, long frame)
      throws IOException, MalformedRecordException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw new MalformedRecordException(
          "vpdq frame " + frame + "'s quality is not a whole number: " + p.getText());
    }
    return p.getIntValue();
  }

  private static List<VpdqFeature> byFrameNumber(JsonParser p)
      throws IOException, MalformedRecordException {
    Map<Long, VpdqFeature> frames = new TreeMap<>();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      long frame = Long.parseLong(p.currentName());
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new MalformedRecordException("vpdq frame " + frame + " is not an object");
      }
      String hash = null;
      Integer quality = null;
      Double seconds = null;
      for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "hash" -> hash = p.getValueAsString();
          case "quality" -> quality = integer(p, frame);
          case "timestamp" -> seconds = p.getDoubleValue();
          default -> p.skipChildren();
        }
      }
      if (hash == null || quality == null || seconds == null) {
        throw new MalformedRecordException(
            "vpdq frame " + frame + " lacks its hash, quality or timestamp");
      }
      VpdqFeature f = new VpdqFeature(HashValue.parse(HashKind.PDQ, hash), quality, seconds);
      if (frames.put(frame, f) != null) {
        throw new MalformedRecordException("vpdq frame " + frame + " appears twice");
      }
    }
    return new ArrayList<>(frames.values());
  }
}
