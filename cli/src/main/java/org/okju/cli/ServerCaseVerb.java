package org.okju.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.web.store.Cases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code okju server case add|list}. */
@Command(
    name = "case",
    mixinStandardHelpOptions = true,
    description = "Registers cases with the server (add) and lists them (list).",
    subcommands = {ServerCaseVerb.Add.class, ServerCaseVerb.ListCases.class})
final class ServerCaseVerb extends VerbGroup {

  /** {@code okju server case add DIR CASE --name NAME}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Registers a case with the server under a name.",
        "The name (letters, digits, . _ -) is the one in its URLs. Admins see every case; "
            + "others see the cases they are members of."
      })
  static final class Add extends ServerStoreVerb {
    @Parameters(
        index = "1",
        paramLabel = "CASE",
        description = "The case: a case directory or a postgresql:// URL.")
    String location;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "NAME",
        description = "The case's name on the server (in URLs: letters, digits, . _ -).")
    String name;

    @Option(
        names = "--evidence-root",
        paramLabel = "PATH",
        description =
            "A folder on the server under which members may start an ingest from the browser"
                + " (repeatable; default: none, so the browser cannot ingest).")
    List<Path> evidenceRoots = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      if (!Cases.NAME.matcher(name).matches()) {
        return usage("a case name is letters, digits and . _ - (up to 64), not: " + name);
      }
      CaseLocation where = CaseLocation.parse(location);
      String stored = location;
      if (where instanceof CaseLocation.Directory d) {
        if (!Files.isRegularFile(d.database())) {
          return usage("no case at " + location + " (no case.db there)");
        }
        stored = d.path().toAbsolutePath().normalize().toString();
      } else {
        try {
          // Opened: the database is reachable and its schema current.
          CaseStore.open(where).close();
        } catch (RuntimeException e) {
          spec.commandLine().getErr().println("okju server case add: " + e.getMessage());
          return ExitCode.FAILURE;
        }
      }
      List<String> roots = new ArrayList<>();
      for (Path root : evidenceRoots) {
        if (!Files.isDirectory(root)) {
          return usage("--evidence-root " + root + " is not a directory");
        }
        roots.add(root.toAbsolutePath().normalize().toString());
      }
      String registered = stored;
      return withStore(
          store -> {
            try {
              store.cases().add(name, registered, roots, Instant.now());
            } catch (IllegalArgumentException e) {
              return usage(e.getMessage());
            }
            return done("case " + name + " registered: " + where.describe());
          });
    }
  }

  /** {@code okju server case list DIR}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Lists the registered cases: name, location, evidence roots, members.")
  static final class ListCases extends ServerStoreVerb {
    @Override
    public Integer call() throws IOException {
      return withStore(
          store -> {
            var out = out();
            out.println("name\tlocation\tevidence roots\tmembers");
            for (Cases.Registered c : store.cases().all()) {
              out.println(
                  String.join(
                      "\t",
                      c.name(),
                      CaseLocation.parse(c.location()).describe(),
                      String.join(",", c.evidenceRoots()),
                      String.join(",", store.cases().memberNames(c.id()))));
            }
            out.flush();
            return ExitCode.OK;
          });
    }
  }
}
