package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The class list the launcher's class-data-sharing archive is made from names every verb: a verb
 * added after the last {@code cli/cds/refresh} would start the slow way without anything failing.
 */
class ClassListCoverageTest {
  private static final Path CLASS_LIST = Path.of("cds", "okju.classlist");

  @Test
  void everyVerbsCommandClassIsInTheClassList() throws IOException {
    Set<String> listed = new HashSet<>(Files.readAllLines(CLASS_LIST));
    List<String> verbs = new ArrayList<>();
    collect(Okju.commandLine(), verbs);

    assertThat(verbs).hasSizeGreaterThan(30);
    assertThat(verbs)
        .as("verbs missing from %s: run cli/cds/refresh and commit the list", CLASS_LIST)
        .allSatisfy(name -> assertThat(listed).contains(name));
  }

  private static void collect(CommandLine command, List<String> into) {
    Object verb = command.getCommandSpec().userObject();
    if (verb != null && verb.getClass().getName().startsWith("org.okju.")) {
      into.add(verb.getClass().getName().replace('.', '/'));
    }
    for (CommandLine sub : command.getSubcommands().values()) {
      collect(sub, into);
    }
  }
}
