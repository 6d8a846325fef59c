package org.okju.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ChainBreak;
import org.okju.report.CaseVerifier;
import org.okju.report.EvidenceCheck;
import org.okju.report.SourceCheck;
import org.okju.report.Verification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju verify}: does the case still hold? */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that the case still holds: custody chain, manifests and evidence.",
      "Re-checks the custody log's hash chain (and signatures), recomputes each source's "
          + "manifest from the catalogue, re-hashes the evidence files still reachable (read "
          + "only, access times untouched) and says what holds and what does not. Logs the "
          + "verification. Exit code 0 when everything holds, 1 when something does not, 2 when "
          + "there is no case."
    })
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Option(names = "--json", description = "Print the result as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Verification v;
    try (CaseStore store = caseOption.openForWriting()) {
      v = new CaseVerifier(store).checkAndLog(caseOption.user, OkjuVersion.current());
    }
    if (json) {
      out.println(
          new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(v)));
    } else {
      v.statements().forEach(out::println);
    }
    out.flush();
    return v.holds() ? ExitCode.OK : ExitCode.FAILURE;
  }

  private static ObjectNode toJson(Verification v) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("holds", v.holds());
    ObjectNode chain = o.putObject("chain");
    chain.put("intact", v.chain().intact());
    chain.put("entries", v.chain().entries());
    chain.put("signed", v.chain().signed());
    v.chain()
        .head()
        .ifPresent(h -> chain.put("headSeq", h.seq()).put("headSha256", h.hash().toHex()));
    ArrayNode breaks = chain.putArray("breaks");
    for (ChainBreak b : v.chain().breaks()) {
      breaks.addObject().put("seq", b.seq()).put("kind", b.kind().name()).put("detail", b.detail());
    }
    ArrayNode sources = o.putArray("sources");
    for (SourceCheck s : v.sources()) {
      ObjectNode n = sources.addObject();
      n.put("source", s.source().value()).put("items", s.items()).put("holds", s.holds());
      n.put("recomputed", s.recomputed().toHex());
      s.recorded().ifPresent(m -> n.put("recorded", m.toHex()));
      s.logged().ifPresent(m -> n.put("logged", m.toHex()));
    }
    ObjectNode ev = o.putObject("evidence");
    EvidenceCheck e = v.evidence();
    ev.put("holds", e.holds()).put("rehashed", e.checked()).put("unchanged", e.matched());
    ev.put("unreachable", e.unreachable().size()).put("archiveMembers", e.members());
    ArrayNode changed = ev.putArray("changed");
    for (EvidenceCheck.ChangedFile c : e.changed()) {
      changed
          .addObject()
          .put("item", c.item().value())
          .put("path", c.path())
          .put("catalogued", c.catalogued().toHex())
          .put("now", c.found().toHex());
    }
    o.putArray("statements").addAll(v.statements().stream().map(o::textNode).toList());
    return o;
  }
}
