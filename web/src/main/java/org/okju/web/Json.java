package org.okju.web;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;

/** JSON in and out of the API: bounded parsing, compact writing. Thread-safe. */
final class Json {
  // Request bodies are small objects ({"reason":…,"mode":…}); anything deep or long is an attack.
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              new JsonFactoryBuilder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(16)
                          .maxStringLength(64 * 1024)
                          .maxNumberLength(32)
                          .build())
                  .build())
          .build();

  private Json() {}

  /**
   * The request body as a JSON object.
   *
   * @throws WebError 400 when it is not one
   */
  static JsonNode object(Context ctx) {
    try {
      JsonNode n = MAPPER.readTree(ctx.bodyAsBytes());
      if (n == null || !n.isObject()) {
        throw WebError.badRequest("the body must be a JSON object");
      }
      return n;
    } catch (java.io.IOException e) {
      throw WebError.badRequest("the body is not valid JSON");
    }
  }

  /** Sends {@code value} as the JSON response. */
  static void send(Context ctx, Object value) {
    try {
      ctx.contentType("application/json").result(MAPPER.writeValueAsBytes(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
