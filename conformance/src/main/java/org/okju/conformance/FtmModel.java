package org.okju.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The FollowTheMoney model read from its schema files ({@code followthemoney/schema/*.yaml}, as
 * {@code ../shared/ontologies/followthemoney-schema/} holds them), and the check {@code ftm}
 * applies to an entity: its schema exists and is not abstract; every property exists on the schema
 * or one it extends; each value fits the property's type (an {@code entity} value names an entity
 * of the export whose schema is the property's range or extends it); every property the schema
 * lists as required is present (its own list, as {@code Schema.validate} checks it). Immutable once
 * loaded.
 */
public final class FtmModel {
  private static final Pattern DATE =
      Pattern.compile(
          "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern CHECKSUM = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern MIMETYPE = Pattern.compile("[a-z0-9.+-]+/[a-zA-Z0-9.+-]+");
  private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}(-[a-z0-9]+)?|zz");

  private record Property(String name, String type, String range) {}

  private record Schema(
      String name,
      boolean isAbstract,
      List<String> parents,
      Set<String> required,
      Map<String, Property> properties) {}

  private final Map<String, Schema> schemata;

  private FtmModel(Map<String, Schema> schemata) {
    this.schemata = schemata;
  }

  /** The model in {@code ../shared/ontologies/followthemoney-schema}. */
  public static FtmModel shared() {
    return load(SharedFiles.ontologies().resolve("followthemoney-schema"));
  }

  /** Reads every {@code .yaml}/{@code .yml} schema file in {@code dir}. */
  public static FtmModel load(Path dir) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    Map<String, Schema> out = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
        JsonNode root = yaml.readTree(f.toFile());
        for (Map.Entry<String, JsonNode> e : root.properties()) {
          out.put(e.getKey(), schema(e.getKey(), e.getValue()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the FtM model in " + dir, e);
    }
    return new FtmModel(out);
  }

  private static Schema schema(String name, JsonNode s) {
    List<String> parents = new ArrayList<>();
    s.path("extends").forEach(p -> parents.add(p.asText()));
    Set<String> required = new LinkedHashSet<>();
    s.path("required").forEach(p -> required.add(p.asText()));
    Map<String, Property> props = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
      props.put(
          p.getKey(),
          new Property(
              p.getKey(),
              p.getValue().path("type").asText("string"),
              p.getValue().path("range").asText(null)));
    }
    return new Schema(name, s.path("abstract").asBoolean(false), parents, required, props);
  }

  /** Whether {@code schema} is {@code ancestor} or extends it. */
  public boolean isA(String schema, String ancestor) {
    if (schema.equals(ancestor)) {
      return true;
    }
    Schema s = schemata.get(schema);
    return s != null && s.parents().stream().anyMatch(p -> isA(p, ancestor));
  }

  private Property property(String schema, String name) {
    Schema s = schemata.get(schema);
    if (s == null) {
      return null;
    }
    Property p = s.properties().get(name);
    if (p != null) {
      return p;
    }
    for (String parent : s.parents()) {
      Property inherited = property(parent, name);
      if (inherited != null) {
        return inherited;
      }
    }
    return null;
  }

  /**
   * Every problem with {@code entities} (FtM's JSON form: {@code id}, {@code schema}, {@code
   * properties} of string lists), each naming the entity; empty when all are valid.
   */
  public List<String> problems(List<JsonNode> entities) {
    Map<String, String> schemaOf = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (JsonNode e : entities) {
      String id = e.path("id").asText("");
      if (id.isEmpty()) {
        problems.add("an entity without an id: " + e);
      } else if (schemaOf.put(id, e.path("schema").asText()) != null) {
        problems.add(id + ": id used twice");
      }
    }
    for (JsonNode e : entities) {
      String id = e.path("id").asText();
      String schema = e.path("schema").asText();
      Schema s = schemata.get(schema);
      if (s == null) {
        problems.add(id + ": no schema " + schema);
        continue;
      }
      if (s.isAbstract()) {
        problems.add(id + ": " + schema + " is abstract");
      }
      Set<String> present = new LinkedHashSet<>();
      for (Map.Entry<String, JsonNode> p : e.path("properties").properties()) {
        Property prop = property(schema, p.getKey());
        if (prop == null) {
          problems.add(id + ": " + schema + " has no property " + p.getKey());
          continue;
        }
        if (!p.getValue().isArray() || p.getValue().isEmpty()) {
          problems.add(id + ": " + p.getKey() + " is not a list of values");
          continue;
        }
        present.add(p.getKey());
        for (JsonNode v : p.getValue()) {
          String why = invalid(prop, v, schemaOf);
          if (why != null) {
            problems.add(id + ": " + schema + ":" + p.getKey() + " " + why);
          }
        }
      }
      // followthemoney's Schema.validate checks the schema's own required list (Document's
      // fileName is not required of a Folder, Thing's name not of a Document).
      for (String r : s.required()) {
        if (!present.contains(r)) {
          problems.add(id + ": " + schema + " lacks its required " + r);
        }
      }
    }
    return problems;
  }

  private String invalid(Property p, JsonNode node, Map<String, String> schemaOf) {
    if (!node.isTextual() || node.asText().isBlank()) {
      return "value is not a non-empty string: " + node;
    }
    String v = node.asText();
    return switch (p.type()) {
      case "entity" -> {
        String target = schemaOf.get(v);
        if (target == null) {
          yield "names no entity of the export: " + v;
        }
        yield p.range() == null || isA(target, p.range())
            ? null
            : "names a " + target + ", not a " + p.range() + ": " + v;
      }
      case "date" -> DATE.matcher(v).matches() ? null : "is not an ISO date: " + v;
      case "number" -> NUMBER.matcher(v).matches() ? null : "is not a number: " + v;
      case "checksum" -> CHECKSUM.matcher(v).matches() ? null : "is not a SHA-1: " + v;
      case "mimetype" -> MIMETYPE.matcher(v).matches() ? null : "is not a MIME type: " + v;
      case "country" -> COUNTRY.matcher(v).matches() ? null : "is not a country code: " + v;
      case "url" -> url(v) ? null : "is not a URL: " + v;
      default -> null;
    };
  }

  private static boolean url(String v) {
    try {
      URI u = new URI(v);
      return u.getScheme() != null && u.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
