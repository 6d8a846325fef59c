package org.okju.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Disclosure;
import org.okju.search.CaseSearch;
import org.okju.search.IndexBusyException;
import org.okju.search.IndexLocation;
import org.okju.search.QuoteFilter;
import org.okju.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju search QUERY}: full-text search over every document's text in the case. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the text of every document of the case.",
      "The texts ingest read (OCR of pictures of pages too): words (all must occur), \"quoted "
          + "phrases\" and prefixes (사장*, recei*), Korean through its morphemes (최사장 finds "
          + "최사장한테), English by word stems. Each hit is a line: document, page, line and the "
          + "line itself, victims' names replaced by their pseudonyms as in every output. The "
          + "index lives in the case directory (search/) or, for a PostgreSQL case, in "
          + "~/.cache/okju/search, and catches up with the case first. Exit 0 (also with no "
          + "hits), 2 for a malformed query."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin CaseOption options;

  @Parameters(
      paramLabel = "QUERY",
      arity = "1..*",
      description = "What to look for; several words are one query (quote a phrase).")
  List<String> query;

  @Option(names = "--json", description = "The hits as one JSON object.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N lines (default ${DEFAULT-VALUE}).")
  int limit = 20;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text = String.join(" ", query);
    Path index = IndexLocation.of(options.location());
    QuoteFilter shown;
    try (CaseStore store = options.openExisting()) {
      catchUp(store, index, err);
      shown = QuoteFilter.of(Disclosure.of(store.ledger()));
    }
    CaseSearch.Result result;
    try (CaseSearch search = CaseSearch.open(index)) {
      result = search.search(text, Math.max(1, limit), shown);
    } catch (IllegalArgumentException e) {
      err.println("okju search: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (UncheckedIOException e) {
      err.println("okju search: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    if (json) {
      out.println(json(result));
    } else {
      print(result, out);
    }
    out.flush();
    return ExitCode.OK;
  }

  /** Adds what the case holds and the index lacks; another writer's index is searched as it is. */
  private static void catchUp(CaseStore store, Path index, PrintWriter err) {
    try (SearchIndex writer = SearchIndex.open(index)) {
      SearchIndex.Update u = writer.update(store);
      if (u.textsAdded() > 100) {
        err.println("okju search: indexed " + u.textsAdded() + " texts");
      }
    } catch (IndexBusyException e) {
      err.println("okju search: the index is being updated by another okju; searching it as is");
    }
  }

  private static void print(CaseSearch.Result r, PrintWriter out) {
    for (CaseSearch.Hit h : r.hits()) {
      out.println(h.document() + ":" + h.page() + ":" + h.line() + ": " + h.quote());
    }
    out.println(
        r.hits().size()
            + (r.hits().size() == 1 ? " line" : " lines")
            + " shown; "
            + (r.exact() ? "" : "at least ")
            + r.passages()
            + (r.passages() == 1 ? " passage matches \"" : " passages match \"")
            + r.query()
            + "\"");
  }

  private static String json(CaseSearch.Result r) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode o = m.createObjectNode();
    o.put("query", r.query());
    o.put("passages", r.passages());
    o.put("exact", r.exact());
    ArrayNode hits = o.putArray("hits");
    for (CaseSearch.Hit h : r.hits()) {
      hits.addObject()
          .put("item", h.item())
          .put("document", h.document())
          .put("page", h.page())
          .put("line", h.line())
          .put("quote", h.quote())
          .put("score", h.score());
    }
    return o.toString();
  }
}
