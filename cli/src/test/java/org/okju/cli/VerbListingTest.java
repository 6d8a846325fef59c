package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** The root's usage from the light verb listing is the text the whole tree prints. */
class VerbListingTest {
  @Test
  void theRootsUsageIsTheSameAsFromTheWholeTree() {
    for (Ansi ansi : new Ansi[] {Ansi.OFF, Ansi.ON}) {
      String whole = Okju.commandLine().getUsageMessage(ansi);
      for (String[] args : new String[][] {{}, {"--help"}, {"-h"}, {"help"}}) {
        assertThat(Okju.commandLineFor(args).getUsageMessage(ansi))
            .as(String.join(" ", args) + " " + ansi)
            .isEqualTo(whole)
            .contains("ingest", "vpdq-match");
      }
    }
  }

  @Test
  void helpAloneAndNoVerbPrintTheSameAsTheWholeTreeWithTheSameExitCodes() {
    for (String[] args : new String[][] {{}, {"--help"}, {"-h"}, {"help"}}) {
      assertThat(run(Okju.commandLineFor(args), args))
          .as(String.join(" ", args))
          .isEqualTo(run(Okju.commandLine(), args));
    }
  }

  private static String run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    int code = cl.execute(args);
    return code + "\n" + out + "\n" + err;
  }
}
