package org.okju.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CASE/UCO JSON-LD graph being built: the inline {@code @context}, the {@code @graph} array, and
 * identifiers {@code kb:<kind>-<uuid>} whose UUID is name-based in the case ({@link CaseIds}), so
 * every node ends in a UUID as UCO asks and the same case exports the same identifiers. Not
 * thread-safe.
 */
final class UcoGraph {
  static final Map<String, String> CONTEXT =
      new TreeMap<>(
          Map.of(
              "case-investigation", "https://ontology.caseontology.org/case/investigation/",
              "uco-action", "https://ontology.unifiedcyberontology.org/uco/action/",
              "uco-core", "https://ontology.unifiedcyberontology.org/uco/core/",
              "uco-identity", "https://ontology.unifiedcyberontology.org/uco/identity/",
              "uco-observable", "https://ontology.unifiedcyberontology.org/uco/observable/",
              "uco-tool", "https://ontology.unifiedcyberontology.org/uco/tool/",
              "uco-types", "https://ontology.unifiedcyberontology.org/uco/types/",
              "xsd", "http://www.w3.org/2001/XMLSchema#"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseSnapshot c;
  private final ObjectNode root = JSON.createObjectNode();
  private final ArrayNode graph;

  UcoGraph(CaseSnapshot c) {
    this.c = c;
    ObjectNode context = root.putObject("@context");
    CONTEXT.forEach(context::put);
    context.put("kb", "urn:okju:" + CaseIds.caseUuid(c) + ":");
    graph = root.putArray("@graph");
  }

  /** The identifier of the thing {@code kind}/{@code name} of this case. */
  String id(String kind, String name) {
    return "kb:" + kind + "-" + CaseIds.of(c, kind + "/" + name);
  }

  /** A new top-level node. */
  ObjectNode node(String id, String type) {
    ObjectNode n = graph.addObject();
    n.put("@id", id);
    n.put("@type", type);
    return n;
  }

  /** A node nested in {@code parent}'s array {@code property}. */
  static ObjectNode nested(ObjectNode parent, String property, String id, String type) {
    ObjectNode n = parent.withArray(property).addObject();
    n.put("@id", id);
    n.put("@type", type);
    return n;
  }

  /** A reference to a node. */
  static void ref(ObjectNode from, String property, String id) {
    from.withArray(property).addObject().put("@id", id);
  }

  /** A single reference to a node. */
  static void ref1(ObjectNode from, String property, String id) {
    from.putObject(property).put("@id", id);
  }

  /** A typed literal. */
  static void typed(ObjectNode on, String property, String type, String value) {
    on.putObject(property).put("@type", type).put("@value", value);
  }

  /** A {@code uco-types:Hash} with a string method name, nested in a content facet. */
  void hash(ObjectNode contentFacet, String owner, String method, String hex) {
    ObjectNode h =
        nested(
            contentFacet,
            "uco-observable:hash",
            id("hash", owner + "/" + method.toLowerCase(Locale.ROOT)),
            "uco-types:Hash");
    typed(h, "uco-types:hashMethod", "xsd:string", method);
    typed(h, "uco-types:hashValue", "xsd:hexBinary", hex);
  }

  ObjectNode root() {
    return root;
  }
}
