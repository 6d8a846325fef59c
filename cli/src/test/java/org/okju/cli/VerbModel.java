package org.okju.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every verb registered in {@link Okju}, read from the picocli model, so the tests of conventions
 * and README's verb table cover verbs added later without anyone listing them.
 */
final class VerbModel {
  private VerbModel() {}

  /**
   * Every command below {@code okju} (groups and their subcommands), depth first, help excluded.
   */
  static List<CommandSpec> all() {
    List<CommandSpec> out = new ArrayList<>();
    collect(Okju.commandLine(), out);
    return out;
  }

  private static void collect(CommandLine cl, List<CommandSpec> out) {
    for (CommandLine sub : cl.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.name().equals("help") || out.contains(spec)) {
        continue;
      }
      out.add(spec);
      collect(sub, out);
    }
  }

  /** {@code hashset import} for {@code okju hashset import}. */
  static String verb(CommandSpec spec) {
    return spec.qualifiedName().substring("okju ".length());
  }

  /** The first line of the verb's help, which {@code okju --help} lists it by. */
  static String summary(CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    String[] description = spec.usageMessage().description();
    return header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
  }

  /** Options a user sees (not hidden, not --help/--version). */
  static List<OptionSpec> options(CommandSpec spec) {
    return spec.options().stream()
        .filter(o -> !o.hidden() && !o.usageHelp() && !o.versionHelp())
        .toList();
  }

  /** {@code okju export takedown --format md5|pdq|hma-csv|vics2 --out FILE [options]}. */
  static String synopsis(CommandSpec spec) {
    StringBuilder b = new StringBuilder(spec.qualifiedName());
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (p.hidden()) {
        continue;
      }
      String label = p.paramLabel() + (p.arity().max() > 1 ? "..." : "");
      b.append(' ').append(p.arity().min() == 0 ? "[" + label + "]" : label);
    }
    for (OptionSpec o : options(spec)) {
      if (o.required()) {
        b.append(' ').append(o.longestName());
        if (o.arity().max() > 0) {
          b.append(' ').append(o.paramLabel());
        }
      }
    }
    if (options(spec).stream().anyMatch(o -> !o.required())) {
      b.append(" [options]");
    }
    return b.toString();
  }

  /** README's verb table, as the model says it is. */
  static String table() {
    return "| verb | what it does |\n|---|---|\n"
        + all().stream()
            .map(
                s ->
                    "| `"
                        + synopsis(s).replace("|", "\\|")
                        + "` | "
                        + summary(s).replace("|", "\\|")
                        + " |")
            .collect(Collectors.joining("\n"))
        + "\n";
  }

  static String describe(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : ((PositionalParamSpec) a).paramLabel();
  }
}
