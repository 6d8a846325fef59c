package org.okju.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.ItemId;
import org.okju.casefile.LedgerRows;
import org.okju.casefile.Sha256;

/**
 * The case as CASE/UCO JSON-LD (CASE 1.4.0 / UCO 1.4.0) that validates against the ontology's SHACL
 * shapes with no Violation and no Warning: the catalogue's files with all their hashes and the
 * sources' provenance records ({@link CaseUcoObservables}), the tapes and confirmed ledger facts
 * ({@link CaseUcoFindings}), and the custody chain as {@code
 * case-investigation:InvestigativeAction}s: one per custody entry, each with its performer (a
 * {@code uco-identity:Identity}), okju as instrument, the previous entry's action as {@code
 * wasInformedBy}, what it read as object and what it produced as result (the provenance record of
 * an ingest, the tapes of a grouping, the annotation of a confirmed fact, else the SHA-256s its
 * entry logs as observables).
 *
 * <p>The {@code @context} is inline (prefixes to the published namespaces), so the file parses
 * without fetching anything. Identifiers end in name-based UUIDs ({@link UcoGraph}). Names pass the
 * case's privacy rules. Deterministic. Stateless.
 */
final class CaseUcoExport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseUcoExport() {}

  static long write(CaseSnapshot c, CaseStore store, String okjuVersion, OutputStream out)
      throws IOException {
    UcoGraph g = new UcoGraph(c);
    String tool = g.id("tool", "okju");
    ObjectNode t = g.node(tool, "uco-tool:Tool");
    t.put("uco-core:name", "okju");
    t.put("uco-tool:version", okjuVersion);
    Map<String, String> performers = new HashMap<>();
    for (String user : new TreeSet<>(c.custody().stream().map(CustodyEntry::user).toList())) {
      String id = g.id("identity", user);
      g.node(id, "uco-identity:Identity").put("uco-core:name", c.privacy().text(user));
      performers.put(user, id);
    }
    Map<ItemId, String> files = CaseUcoObservables.write(g, c, store);
    List<String> tapes = CaseUcoFindings.tapes(g, c, store, files);
    Map<Long, String> facts = CaseUcoFindings.facts(g, c, store, files);
    Map<Long, List<String>> confirmedBy = new HashMap<>();
    for (LedgerRows.Decision d : store.ledger().decisions()) {
      if (d.fact().isPresent() && d.custodySequence().isPresent()) {
        String fact = facts.get(d.fact().get());
        if (fact != null) {
          confirmedBy.computeIfAbsent(d.custodySequence().get(), k -> new ArrayList<>()).add(fact);
        }
      }
    }
    String previous = null;
    for (CustodyEntry e : c.custody()) {
      String id = g.id("action", Long.toString(e.seq()));
      ObjectNode a = g.node(id, "case-investigation:InvestigativeAction");
      a.put("uco-core:name", e.action());
      a.put(
          "uco-core:description",
          "custody entry "
              + e.seq()
              + ", SHA-256 "
              + e.hash().toHex()
              + ", previous "
              + e.previous().toHex()
              + ", parameters "
              + c.privacy().record(e.parametersJson()));
      UcoGraph.typed(a, "uco-action:startTime", "xsd:dateTime", e.time().toString());
      a.put("uco-action:actionStatus", "Success");
      UcoGraph.ref1(a, "uco-action:performer", performers.get(e.user()));
      UcoGraph.ref(a, "uco-action:instrument", tool);
      if (previous != null) {
        UcoGraph.ref(a, "case-investigation:wasInformedBy", previous);
      }
      for (Map.Entry<String, Sha256> in : e.inputs().entrySet()) {
        UcoGraph.ref(a, "uco-action:object", digest(g, e, "input", in));
      }
      List<String> results = new ArrayList<>();
      sourceOf(e).ifPresent(s -> results.add(g.id("provenance", "source/" + s)));
      if (e.action().equals("copies-grouped")) {
        results.addAll(tapes);
      }
      results.addAll(confirmedBy.getOrDefault(e.seq(), List.of()));
      for (Map.Entry<String, Sha256> o : e.outputs().entrySet()) {
        results.add(digest(g, e, "output", o));
      }
      results.forEach(r -> UcoGraph.ref(a, "uco-action:result", r));
      previous = id;
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(out, g.root());
    return c.items().size();
  }

  private static String digest(
      UcoGraph g, CustodyEntry e, String side, Map.Entry<String, Sha256> h) {
    return CaseUcoObservables.digestOnly(
        g,
        side,
        e.seq() + "/" + h.getKey(),
        h.getKey() + " (" + side + " of custody entry " + e.seq() + ")",
        h.getValue().bytes());
  }

  private static Optional<Long> sourceOf(CustodyEntry e) {
    if (!e.action().equals(CaseVerifier.SOURCE_INGESTED)) {
      return Optional.empty();
    }
    try {
      JsonNode s = JSON.readTree(e.parametersJson()).get("source");
      return s != null && s.canConvertToLong() ? Optional.of(s.asLong()) : Optional.empty();
    } catch (IOException ex) {
      return Optional.empty();
    }
  }
}
