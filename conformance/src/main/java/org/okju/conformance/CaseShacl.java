package org.okju.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates CASE/UCO JSON-LD as {@code case_validate} (case-utils) does, with Apache Jena SHACL:
 * the data graph is the export together with the ontology ({@code case-1.4.0.ttl}, whose class
 * hierarchy {@code sh:class} needs), the shapes are the ontology's. {@link #problems} returns
 * Violations and Warnings (both fail an export: UCO 1.4 warns about what UCO 2.0 rejects); {@link
 * #infos} the Info results, which {@code case_validate} prints but does not fail on. Thread-safe
 * once loaded.
 */
public final class CaseShacl {
  private final Graph ontology;
  private final Shapes shapes;

  private static final Pattern SELECT =
      Pattern.compile("sh:select \"\"\"(.*?)\"\"\"", Pattern.DOTALL);
  private static final Map<String, String> PREFIXES =
      Map.of(
          "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
          "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
          "owl", "http://www.w3.org/2002/07/owl#",
          "xsd", "http://www.w3.org/2001/XMLSchema#",
          "sh", "http://www.w3.org/ns/shacl#");

  // The shapes' SPARQL queries as pyshacl runs them: it declares the graph's prefixes (rdf, rdfs,
  // owl, xsd, sh) for every query, and one query uses rdfs: without declaring it; and it binds
  // $this before parsing (see shared()).
  private static String pysahclQueries(String ttl) {
    Matcher m = SELECT.matcher(ttl);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String q = m.group(1).replace("GROUP BY ?value", "GROUP BY $this ?value");
      StringBuilder head = new StringBuilder();
      PREFIXES.forEach(
          (prefix, iri) -> {
            if (q.contains(prefix + ":") && !q.contains("PREFIX " + prefix + ":")) {
              head.append("PREFIX ").append(prefix).append(": <").append(iri).append(">\n");
            }
          });
      m.appendReplacement(out, Matcher.quoteReplacement("sh:select \"\"\"" + head + q + "\"\"\""));
    }
    m.appendTail(out);
    return out.toString();
  }

  private CaseShacl(Graph ontology, Shapes shapes) {
    this.ontology = ontology;
    this.shapes = shapes;
  }

  /**
   * CASE 1.4.0 from {@code ../shared/ontologies/case-1.4.0.ttl}, its SPARQL constraints read as
   * pyshacl (case_validate's engine) reads them. UCO's two dictionary-key constraints {@code SELECT
   * $this ?value … GROUP BY ?value}: pyshacl substitutes {@code $this} into the text before
   * parsing, which makes them valid SPARQL; Jena parses first and refuses a selected variable
   * outside the GROUP BY. Grouping by {@code $this} too (one focus node per run, so the same
   * groups) lets Jena run them with the same result.
   */
  public static CaseShacl shared() {
    Path ttl = SharedFiles.ontologies().resolve("case-1.4.0.ttl");
    String text;
    try {
      text = Files.readString(ttl, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ttl, e);
    }
    Graph ontology = GraphFactory.createDefaultGraph();
    RDFParser.fromString(text, Lang.TURTLE).base(ttl.toUri().toString()).parse(ontology);
    Graph fixed = GraphFactory.createDefaultGraph();
    RDFParser.fromString(pysahclQueries(text), Lang.TURTLE)
        .base(ttl.toUri().toString())
        .parse(fixed);
    return new CaseShacl(ontology, Shapes.parse(fixed));
  }

  /** One SHACL result: its severity, the node, the property path and the shape's message. */
  public record Result(String severity, String focus, String path, String message) {}

  private List<Result> validate(Path jsonLd, boolean infos) {
    Graph data = GraphFactory.createDefaultGraph();
    RDFDataMgr.read(data, jsonLd.toUri().toString(), Lang.JSONLD);
    ValidationReport report = ShaclValidator.get().validate(shapes, new Union(data, ontology));
    return report.getEntries().stream()
        .filter(e -> Severity.Info.equals(e.severity()) == infos)
        .map(
            e ->
                new Result(
                    e.severity().level().getLocalName(),
                    String.valueOf(e.focusNode()),
                    String.valueOf(e.resultPath()),
                    e.message()))
        .toList();
  }

  /** Every Violation and Warning of the export (empty when it conforms). */
  public List<Result> problems(Path jsonLd) {
    return validate(jsonLd, false);
  }

  /** The Info results of the export. */
  public List<Result> infos(Path jsonLd) {
    return validate(jsonLd, true);
  }
}
