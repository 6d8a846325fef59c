package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LazyVerbTreeTest {
  @Test
  void theWholeTreeHoldsEveryVerbAndHelp() {
    CommandLine all = Okju.commandLine();
    assertThat(all.getSubcommands()).hasSize(Okju.Verbs.ALL.size() + 1).containsKey("help");
  }

  @Test
  void aRunOfOneVerbBuildsOnlyThatVerb() {
    for (String verb : Okju.commandLine().getSubcommands().keySet()) {
      if (verb.equals("help")) {
        continue;
      }
      CommandLine one = Okju.commandLineFor(verb, "--help");
      assertThat(one.getSubcommands()).as(verb).containsOnlyKeys(verb);
      assertThat(one.getSubcommands().get(verb).getCommandSpec().names())
          .isEqualTo(Okju.commandLine().getSubcommands().get(verb).getCommandSpec().names());
    }
  }

  @Test
  void versionNeedsNoVerbAndHelpOrAnUnknownWordNeedsThemAll() {
    assertThat(Okju.commandLineFor("--version").getSubcommands()).isEmpty();
    int all = Okju.commandLine().getSubcommands().size();
    assertThat(Okju.commandLineFor("--help").getSubcommands()).hasSize(all);
    assertThat(Okju.commandLineFor("help", "ingest").getSubcommands()).hasSize(all);
    assertThat(Okju.commandLineFor("ingset").getSubcommands()).hasSize(all);
    assertThat(Okju.commandLineFor().getSubcommands()).hasSize(all);
  }
}
