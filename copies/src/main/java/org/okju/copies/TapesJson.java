package org.okju.copies;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tapes as JSON: {@code {"groups":[{"id":"T-001","kind":"video","members":[{"path":...,
 * "sha256":...,"relation":...,"join":"direct","evidence":{...}}],"related":[{"item":...,"tape":
 * "T-002","member":...,"relation":...,"evidence":{...}}]}],"settings":{...}}}. Keys of evidence are
 * sorted so the same case gives the same bytes.
 */
public final class TapesJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private TapesJson() {}

  public static ObjectNode of(List<Tape> tapes, GroupingSettings settings) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode groups = root.putArray("groups");
    for (Tape t : tapes) {
      ObjectNode g = groups.addObject();
      g.put("id", t.id());
      g.put("kind", t.kind());
      ArrayNode members = g.putArray("members");
      for (Tape.Member m : t.members()) {
        ObjectNode o = members.addObject();
        o.put("item", m.media().item());
        o.put("path", m.media().path());
        o.put("sha256", m.media().sha256());
        o.put("relation", m.relation());
        o.put("join", m.join().label());
        o.set("evidence", MAPPER.valueToTree(new TreeMap<>(m.evidence())));
      }
      ArrayNode related = g.putArray("related");
      for (Tape.Related r : t.related()) {
        ObjectNode o = related.addObject();
        o.put("item", r.media().item());
        o.put("path", r.media().path());
        o.put("sha256", r.media().sha256());
        o.put("tape", r.tape());
        o.put("member", r.member().item());
        o.put("relation", r.relation());
        o.set("evidence", MAPPER.valueToTree(new TreeMap<>(r.evidence())));
      }
    }
    root.set("settings", MAPPER.valueToTree(settings));
    return root;
  }

  /** One member's evidence as compact JSON with sorted keys (as stored in the case). */
  public static String evidence(Map<String, Object> evidence) {
    try {
      return MAPPER.writeValueAsString(new TreeMap<>(evidence));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("evidence is plain values", e);
    }
  }
}
