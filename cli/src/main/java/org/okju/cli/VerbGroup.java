package org.okju.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A verb that only groups others ({@code okju server case add|list}): given alone, it is a usage
 * error naming the verbs it groups, in their declared order.
 */
abstract class VerbGroup implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public final void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), spec.qualifiedName() + ": " + oneOf(verbs(spec)) + " is required");
  }

  private static List<String> verbs(CommandSpec spec) {
    // Aliases map to the same command: name each once.
    Set<String> names = new LinkedHashSet<>();
    for (CommandLine sub : spec.subcommands().values()) {
      names.add(sub.getCommandName());
    }
    names.remove("help");
    return new ArrayList<>(names);
  }

  static String oneOf(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }
}
