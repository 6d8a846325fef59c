package org.okju.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who paid whom and who took which share, from confirmed facts only: people are nodes, payments and
 * shares are edges, and each person has totals received and paid (per currency) and the victims the
 * money came from. Renders as JSON, Graphviz DOT, GraphML or SVG. Immutable.
 */
public final class MoneyNetwork {
  /** An edge: a payment ({@code label} is the amount) or a share ({@code label} is N%). */
  public record Edge(long fact, String kind, String from, String to, String label, String date) {}

  /** A person's totals. */
  public record Totals(
      Map<String, BigDecimal> received, Map<String, BigDecimal> paid, Set<String> victims) {}

  private final Map<String, Totals> people;
  private final List<Edge> edges;
  private final List<Inconsistency> inconsistencies;
  private final Set<String> victimNodes;

  private MoneyNetwork(
      Map<String, Totals> people,
      List<Edge> edges,
      List<Inconsistency> flags,
      Set<String> victimNodes) {
    this.victimNodes = Set.copyOf(victimNodes);
    this.people = people;
    this.edges = edges;
    this.inconsistencies = flags;
  }

  /** The network of the confirmed facts of {@code view}. */
  public static MoneyNetwork of(LedgerView view) {
    List<LedgerView.FactView> facts = view.confirmed();
    Map<String, Totals> people = new TreeMap<>();
    List<Edge> edges = new ArrayList<>();
    for (LedgerView.FactView f : facts) {
      if (f.subject().isEmpty() || f.object().isEmpty()) {
        continue;
      }
      String s = f.subject().get();
      String o = f.object().get();
      if (f.type() == FactType.PAYMENT && f.amount().isPresent()) {
        Money m = f.amount().get();
        edges.add(new Edge(f.id(), "payment", s, o, m.toString(), f.date().orElse("")));
        totals(people, s).paid().merge(m.currency(), m.value(), BigDecimal::add);
        totals(people, o).received().merge(m.currency(), m.value(), BigDecimal::add);
        if (view.isVictim(s)) {
          totals(people, o).victims().add(s);
        }
      } else if (f.type() == FactType.SHARE && f.percent().isPresent()) {
        edges.add(
            new Edge(
                f.id(),
                "share",
                o,
                s,
                f.percent().get().toPlainString() + "%",
                f.date().orElse("")));
        totals(people, o);
        Totals t = totals(people, s);
        if (view.isVictim(o)) {
          t.victims().add(o);
        }
        f.amount()
            .ifPresent(
                m ->
                    t.received()
                        .merge(
                            m.currency(),
                            m.value().multiply(f.percent().get()).movePointLeft(2),
                            BigDecimal::add));
      }
    }
    Set<String> victimNodes = new TreeSet<>();
    people.keySet().stream().filter(view::isVictim).forEach(victimNodes::add);
    return new MoneyNetwork(people, edges, Inconsistency.find(facts), victimNodes);
  }

  private static Totals totals(Map<String, Totals> people, String name) {
    return people.computeIfAbsent(
        name, k -> new Totals(new TreeMap<>(), new TreeMap<>(), new TreeSet<>()));
  }

  /**
   * Whether the node {@code name} is a victim (by the case's roles, not by the pseudonym's form).
   */
  public boolean isVictim(String name) {
    return victimNodes.contains(name);
  }

  public Map<String, Totals> people() {
    return people;
  }

  public List<Edge> edges() {
    return edges;
  }

  public List<Inconsistency> inconsistencies() {
    return inconsistencies;
  }

  /**
   * JSON: {@code {"nodes":[{"id","received","paid","victims"}],"edges":[…],"inconsistencies":[…]}}.
   */
  public String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode nodes = root.putArray("nodes");
    people.forEach(
        (name, t) -> {
          ObjectNode n = nodes.addObject().put("id", name);
          ObjectNode r = n.putObject("received");
          t.received().forEach(r::put);
          ObjectNode p = n.putObject("paid");
          t.paid().forEach(p::put);
          ArrayNode v = n.putArray("victims");
          t.victims().forEach(v::add);
        });
    ArrayNode es = root.putArray("edges");
    for (Edge e : edges) {
      es.addObject()
          .put("fact", "F" + e.fact())
          .put("kind", e.kind())
          .put("from", e.from())
          .put("to", e.to())
          .put("label", e.label())
          .put("date", e.date());
    }
    inconsistencies(root.putArray("inconsistencies"), inconsistencies);
    return root.toPrettyString();
  }

  static void inconsistencies(ArrayNode out, List<Inconsistency> list) {
    for (Inconsistency i : list) {
      ObjectNode n = out.addObject().put("kind", i.kind()).put("message", i.message());
      ArrayNode f = n.putArray("facts");
      i.facts().forEach(id -> f.add("F" + id));
    }
  }

  /** Graphviz DOT. */
  public String dot() {
    StringBuilder b = new StringBuilder("digraph money {\n  rankdir=LR;\n");
    people.forEach(
        (name, t) ->
            b.append("  ")
                .append(quote(name))
                .append(" [label=")
                .append(quote(name + "\\nreceived " + sums(t.received())))
                .append("];\n"));
    for (Edge e : edges) {
      b.append("  ")
          .append(quote(e.from()))
          .append(" -> ")
          .append(quote(e.to()))
          .append(" [label=")
          .append(quote(e.label() + (e.date().isEmpty() ? "" : "\\n" + e.date())))
          .append(e.kind().equals("share") ? ", style=dashed" : "")
          .append("];\n");
    }
    return b.append("}\n").toString();
  }

  /** GraphML with the amount, kind and date as edge data. */
  public String graphml() {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n")
        .append(
            "  <key id=\"received\" for=\"node\" attr.name=\"received\" attr.type=\"string\"/>\n")
        .append("  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n")
        .append("  <key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n")
        .append("  <key id=\"date\" for=\"edge\" attr.name=\"date\" attr.type=\"string\"/>\n")
        .append("  <graph id=\"money\" edgedefault=\"directed\">\n");
    people.forEach(
        (name, t) ->
            b.append("    <node id=\"")
                .append(xml(name))
                .append("\"><data key=\"received\">")
                .append(xml(sums(t.received())))
                .append("</data></node>\n"));
    for (Edge e : edges) {
      b.append("    <edge id=\"F")
          .append(e.fact())
          .append("\" source=\"")
          .append(xml(e.from()))
          .append("\" target=\"")
          .append(xml(e.to()))
          .append("\"><data key=\"kind\">")
          .append(e.kind())
          .append("</data><data key=\"label\">")
          .append(xml(e.label()))
          .append("</data><data key=\"date\">")
          .append(e.date())
          .append("</data></edge>\n");
    }
    return b.append("  </graph>\n</graphml>\n").toString();
  }

  /**
   * SVG for a printed page: arrows with heads from payer to payee, amounts with thousands
   * separators, labels that overlap nothing ({@link MoneyNetworkSvg}).
   */
  public String svg() {
    return MoneyNetworkSvg.render(this);
  }

  private static String sums(Map<String, BigDecimal> m) {
    if (m.isEmpty()) {
      return "0";
    }
    List<String> parts = new ArrayList<>();
    m.forEach((c, v) -> parts.add(new Money(v, c).toString()));
    return String.join(", ", parts);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\\\\n", "\\n") + "\"";
  }

  static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
