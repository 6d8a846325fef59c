package org.okju.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.copies.Tape;
import org.okju.copies.TapesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju copies}: groups every image and video of the case into tapes. */
@Command(
    name = "copies",
    mixinStandardHelpOptions = true,
    description = {
      "Groups every image and video of the case into tapes, all copies of one recording each.",
      "Groups every image and video of the case into tapes (T-001, ...): each copy with its "
          + "relation to the tape's representative, how it joined (direct, via-member), the "
          + "evidence and the threshold used; items related to a tape through one member only "
          + "are listed apart. Stores the tapes in the case and logs the run. "
          + "--json: {\"groups\":[...]}.",
      "okju copies split TAPE ITEM... --reason TEXT: a reviewer takes items out of a tape."
    },
    subcommands = CopiesSplitCommand.class)
final class CopiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Option(names = "--json", description = "Print the tapes as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    try (CaseStore store = caseOption.openForWriting()) {
      GroupingSettings settings = GroupingSettings.DEFAULT;
      CaseCopies.Result r;
      try (TerminalProgress progress = TerminalProgress.open(null)) {
        r = new CaseCopies(store, settings).run(caseOption.user, OkjuVersion.current(), progress);
      }
      if (json) {
        out.println(TapesJson.of(r.tapes(), settings).toString());
      } else {
        print(out, r);
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  static void print(PrintWriter out, CaseCopies.Result r) {
    out.println("tape\tkind\trelation\tjoin\titem\tpath\tsha256\tevidence");
    for (Tape t : r.tapes()) {
      for (Tape.Member m : t.members()) {
        out.println(
            String.join(
                "\t",
                t.id(),
                t.kind(),
                m.relation(),
                m.join().label(),
                String.valueOf(m.media().item()),
                m.media().path().replace("\t", "\\t").replace("\n", "\\n"),
                m.media().sha256(),
                evidence(m.evidence())));
      }
      for (Tape.Related rel : t.related()) {
        // Related, not a member: evidence against one member only, never merged.
        out.println(
            String.join(
                "\t",
                t.id(),
                t.kind(),
                rel.relation() + " to item " + rel.member().item(),
                "related (in " + rel.tape() + ")",
                String.valueOf(rel.media().item()),
                rel.media().path().replace("\t", "\\t").replace("\n", "\\n"),
                rel.media().sha256(),
                evidence(rel.evidence())));
      }
    }
    long copies = r.tapes().stream().mapToLong(t -> t.members().size() - 1).sum();
    out.println(
        r.tapes().size()
            + " tapes, "
            + copies
            + " copies; tapes json sha256 "
            + r.jsonSha256().toHex());
  }

  /**
   * {@code {distance=14, view=full}}: the evidence's fields in name order, a fraction to three
   * decimals ({@code seconds=20.6}, not the 20.599999614790374 a frame's timestamp adds up to; the
   * JSON keeps the stored value).
   */
  static String evidence(Map<String, Object> fields) {
    StringBuilder b = new StringBuilder("{");
    new TreeMap<>(fields)
        .forEach(
            (name, value) ->
                b.append(b.length() == 1 ? "" : ", ")
                    .append(name)
                    .append('=')
                    .append(
                        value instanceof Double || value instanceof Float
                            ? decimal(value)
                            : value));
    return b.append('}').toString();
  }

  private static String decimal(Object fraction) {
    return new BigDecimal(((Number) fraction).doubleValue())
        .setScale(3, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
