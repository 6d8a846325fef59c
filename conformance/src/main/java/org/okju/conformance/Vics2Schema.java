package org.okju.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The VICS 2.0 JSON schema okju keeps in {@code docs/vics-2.0.schema.json} (written from the data
 * model's published fields), applied with networknt's draft 2020-12 validator. Thread-safe.
 */
public final class Vics2Schema {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final JsonSchema schema;

  private Vics2Schema(JsonSchema schema) {
    this.schema = schema;
  }

  /** The schema in the repository's {@code docs/}, found from a module directory. */
  public static Vics2Schema load() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path f = dir.resolve("docs").resolve("vics-2.0.schema.json");
      if (Files.isRegularFile(f)) {
        try {
          JsonNode node = JSON.readTree(f.toFile());
          return new Vics2Schema(
              JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("docs/vics-2.0.schema.json not found above " + here);
  }

  /** Every violation of the schema by the JSON file, as messages; empty when it conforms. */
  public List<String> problems(Path file) {
    try {
      return schema.validate(JSON.readTree(file.toFile())).stream()
          .map(ValidationMessage::getMessage)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
