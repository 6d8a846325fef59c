package org.okju.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ItemId;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.copies.Tape;
import org.okju.copies.TapeSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okju copies split TAPE ITEM... --reason TEXT}: a reviewer's decision that some members of
 * a tape are not copies of the rest, in one action: stored, logged and followed by a new grouping
 * that keeps the two sides apart (now and in every later {@code okju copies}).
 */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description = {
      "Takes items out of a tape: a reviewer's decision that they are not copies of the rest.",
      "ITEMs are item numbers, as okju copies and the report show them. The decision is stored "
          + "and logged (tape-split, with the reason's SHA-256), the case is grouped again, and "
          + "every later grouping keeps the two sides apart. Prints the tapes the items are in "
          + "now."
    })
final class CopiesSplitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Parameters(index = "0", paramLabel = "TAPE", description = "The tape to split, e.g. T-003.")
  String tape;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "ITEM",
      description = "The item numbers to take out of it.")
  List<Long> items;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why (kept in the case; the custody log keeps its SHA-256).")
  String reason;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (CaseStore store = caseOption.openForWriting()) {
      List<ItemId> ids = new ArrayList<>();
      items.forEach(i -> ids.add(new ItemId(i)));
      CaseCopies copies = new CaseCopies(store, GroupingSettings.DEFAULT);
      TapeSplitter.Result r;
      try {
        r =
            new TapeSplitter(store, copies)
                .split(tape, ids, reason, caseOption.user, OkjuVersion.current());
      } catch (IllegalArgumentException e) {
        err.println("okju copies split: " + e.getMessage());
        err.flush();
        return ExitCode.USAGE;
      }
      Set<Long> moved = Set.copyOf(items);
      out.println(
          "split "
              + r.split()
              + ": items "
              + items
              + " taken out of "
              + tape
              + "; grouped again: "
              + r.grouping().tapes().size()
              + " tapes");
      for (Tape t : r.grouping().tapes()) {
        for (Tape.Member m : t.members()) {
          if (moved.contains(m.media().item())) {
            out.println(
                "item "
                    + m.media().item()
                    + " is now in "
                    + t.id()
                    + " ("
                    + m.relation()
                    + ", "
                    + m.join().label()
                    + ", "
                    + t.members().size()
                    + " members)");
          }
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
