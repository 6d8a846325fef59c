package org.okju.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.web.auth.Passwords;
import org.okju.web.auth.Secrets;
import org.okju.web.store.Cases;
import org.okju.web.store.Role;
import org.okju.web.store.ServerStore;
import org.okju.web.store.ServerStoreException;
import org.okju.web.store.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code okju server init|case|user|token}: sets up a workbench server directory: its store of
 * users, roles, sessions, API tokens and registered cases. {@code okju serve DIR} runs it.
 */
@Command(
    name = "server",
    mixinStandardHelpOptions = true,
    description = {
      "Sets up the team's workbench: its users, roles, cases and API tokens.",
      "okju server init DIR, then okju server case add, okju server user add and "
          + "okju server token; okju serve DIR starts it."
    },
    subcommands = {
      ServerCommand.Init.class,
      ServerCommand.CaseVerb.class,
      ServerCommand.UserVerb.class,
      ServerCommand.Token.class,
    })
final class ServerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "okju server: init, case, user or token is required");
  }

  // Opens the store, or prints why not and gives the exit code.
  private static Optional<ServerStore> open(CommandSpec spec, Path dir) {
    try {
      return Optional.of(ServerStore.open(dir));
    } catch (ServerStoreException e) {
      spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage());
      spec.commandLine().getErr().flush();
      return Optional.empty();
    }
  }

  private static int usage(CommandSpec spec, String message) {
    spec.commandLine().getErr().println(spec.qualifiedName() + ": " + message);
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }

  /** {@code okju server init DIR [--db URL]}. */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = {
        "Creates a workbench server directory.",
        "Its store of users, roles, sessions, API tokens and registered cases: SQLite in DIR, "
            + "or the team's PostgreSQL with --db."
      })
  static final class Init implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The new server directory.")
    Path dir;

    @Option(
        names = "--db",
        paramLabel = "URL",
        description = "Keep the store in a PostgreSQL database: postgresql://user@host:port/db.")
    String database;

    @Override
    public Integer call() {
      if (database != null && !(CaseLocation.parse(database) instanceof CaseLocation.Server)) {
        return usage(spec, "--db takes a postgresql:// URL, not " + database);
      }
      try (ServerStore store = ServerStore.init(dir, Optional.ofNullable(database))) {
        spec.commandLine()
            .getOut()
            .println(
                "okju server initialised in "
                    + dir
                    + " (store: "
                    + store.location().describe()
                    + "); next: okju server user add "
                    + dir
                    + " NAME --role admin");
      } catch (ServerStoreException e) {
        spec.commandLine().getErr().println("okju server init: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return Files.exists(dir.resolve(org.okju.web.store.ServerLocation.SETTINGS))
            ? ExitCode.USAGE
            : ExitCode.FAILURE;
      }
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }
  }

  /** {@code okju server case add|list}. */
  @Command(
      name = "case",
      mixinStandardHelpOptions = true,
      description = "Registers cases with the server (add) and lists them (list).",
      subcommands = {CaseVerb.Add.class, CaseVerb.ListCases.class})
  static final class CaseVerb implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "okju server case: add or list is required");
    }

    /** {@code okju server case add DIR CASE --name NAME}. */
    @Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
          "Registers a case with the server under a name.",
          "The name (letters, digits, . _ -) is the one in its URLs. Admins see every case; "
              + "others see the cases they are members of."
        })
    static final class Add implements Callable<Integer> {
      @Spec CommandSpec spec;

      @Parameters(index = "0", paramLabel = "DIR", description = "The server directory.")
      Path dir;

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
      public Integer call() {
        if (!Cases.NAME.matcher(name).matches()) {
          return usage(spec, "a case name is letters, digits and . _ - (up to 64), not: " + name);
        }
        CaseLocation where = CaseLocation.parse(location);
        String stored = location;
        if (where instanceof CaseLocation.Directory d) {
          if (!Files.isRegularFile(d.database())) {
            return usage(spec, "no case at " + location + " (no case.db there)");
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
            return usage(spec, "--evidence-root " + root + " is not a directory");
          }
          roots.add(root.toAbsolutePath().normalize().toString());
        }
        Optional<ServerStore> opened = open(spec, dir);
        if (opened.isEmpty()) {
          return ExitCode.USAGE;
        }
        try (ServerStore store = opened.get()) {
          store.cases().add(name, stored, roots, Instant.now());
        } catch (IllegalArgumentException e) {
          return usage(spec, e.getMessage());
        }
        spec.commandLine().getOut().println("case " + name + " registered: " + where.describe());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
      }
    }

    /** {@code okju server case list DIR}. */
    @Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the registered cases: name, location, evidence roots, members.")
    static final class ListCases implements Callable<Integer> {
      @Spec CommandSpec spec;

      @Parameters(index = "0", paramLabel = "DIR", description = "The server directory.")
      Path dir;

      @Override
      public Integer call() {
        Optional<ServerStore> opened = open(spec, dir);
        if (opened.isEmpty()) {
          return ExitCode.USAGE;
        }
        try (ServerStore store = opened.get()) {
          var out = spec.commandLine().getOut();
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
        }
        return ExitCode.OK;
      }
    }
  }

  /** {@code okju server user add|list}. */
  @Command(
      name = "user",
      mixinStandardHelpOptions = true,
      description = "Adds users to the server (add) and lists them (list).",
      subcommands = {UserVerb.Add.class, UserVerb.ListUsers.class})
  static final class UserVerb implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "okju server user: add or list is required");
    }

    /** {@code okju server user add DIR USER --role ROLE [--case NAME]...}. */
    @Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
          "Adds a user with a role and the cases they are a member of.",
          "The password is read from standard input (one line; at least 8 characters) and "
              + "stored as an Argon2id hash."
        })
    static final class Add implements Callable<Integer> {
      @Spec CommandSpec spec;

      @Parameters(index = "0", paramLabel = "DIR", description = "The server directory.")
      Path dir;

      @Parameters(
          index = "1",
          paramLabel = "USER",
          description = "The user name (letters, digits, . _ @ -).")
      String user;

      @Option(
          names = "--role",
          required = true,
          paramLabel = "admin|investigator|reviewer|takedown|auditor",
          description = "What the user may do; admins are members of every case.")
      String role;

      @Option(
          names = "--case",
          paramLabel = "NAME",
          description = "A registered case the user is a member of (repeatable).")
      List<String> cases = new ArrayList<>();

      @Override
      public Integer call() throws IOException {
        Role r;
        try {
          r = Role.parse(role);
        } catch (IllegalArgumentException e) {
          return usage(spec, "--role is one of " + Role.codes() + ", not " + role);
        }
        if (!Users.NAME.matcher(user).matches()) {
          return usage(spec, "a user name is letters, digits and . _ @ - (up to 64): " + user);
        }
        Optional<ServerStore> opened = open(spec, dir);
        if (opened.isEmpty()) {
          return ExitCode.USAGE;
        }
        try (ServerStore store = opened.get()) {
          List<Cases.Registered> member = new ArrayList<>();
          for (String name : cases) {
            Optional<Cases.Registered> c = store.cases().find(name);
            if (c.isEmpty()) {
              return usage(spec, "no registered case " + name + " (okju server case add)");
            }
            member.add(c.get());
          }
          if (store.users().find(user).isPresent()) {
            return usage(spec, "user " + user + " already exists");
          }
          Optional<String> password = readPassword(user);
          if (password.isEmpty()) {
            return usage(spec, "no password on standard input");
          }
          String hash;
          try {
            hash = new Passwords().hash(password.get());
          } catch (IllegalArgumentException e) {
            return usage(spec, e.getMessage());
          }
          Users.Account account = store.users().add(user, r, hash, Instant.now());
          for (Cases.Registered c : member) {
            store.cases().addMember(account.id(), c.id());
          }
          spec.commandLine()
              .getOut()
              .println(
                  "user "
                      + user
                      + " added ("
                      + r.code()
                      + (r == Role.ADMIN
                          ? ", every case"
                          : member.isEmpty()
                              ? ", no case yet"
                              : ", cases: "
                                  + String.join(
                                      ", ", member.stream().map(Cases.Registered::name).toList()))
                      + ")");
          spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
      }

      // The console when standard input is a terminal. From JDK 22 on, System.console() is there
      // for a pipe too, and only Console.isTerminal (JDK 22, looked up by name: okju builds for
      // Java 17) tells; before, a console exists only on a terminal.
      private static Optional<Console> terminal() {
        return Optional.ofNullable(System.console())
            .filter(
                c -> {
                  try {
                    return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
                  } catch (NoSuchMethodException e) {
                    return true;
                  } catch (ReflectiveOperationException e) {
                    return false;
                  }
                });
      }

      // One line from standard input; on a terminal, asked for without echo.
      private Optional<String> readPassword(String name) throws IOException {
        Optional<Console> terminal = terminal();
        if (terminal.isPresent()) {
          char[] typed = terminal.get().readPassword("Password for %s: ", name);
          return typed == null ? Optional.empty() : Optional.of(new String(typed));
        }
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(line);
      }
    }

    /** {@code okju server user list DIR}. */
    @Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "Lists the users: name, role, cases, whether locked.")
    static final class ListUsers implements Callable<Integer> {
      @Spec CommandSpec spec;

      @Parameters(index = "0", paramLabel = "DIR", description = "The server directory.")
      Path dir;

      @Override
      public Integer call() {
        Optional<ServerStore> opened = open(spec, dir);
        if (opened.isEmpty()) {
          return ExitCode.USAGE;
        }
        try (ServerStore store = opened.get()) {
          var out = spec.commandLine().getOut();
          out.println("name\trole\tcases\tlocked until");
          List<Cases.Registered> all = store.cases().all();
          for (Users.Account a : store.users().all()) {
            List<Long> ids = store.cases().membershipsOf(a.id());
            String cases =
                a.role() == Role.ADMIN
                    ? "(all)"
                    : String.join(
                        ",",
                        all.stream()
                            .filter(c -> ids.contains(c.id()))
                            .map(Cases.Registered::name)
                            .toList());
            out.println(
                String.join(
                    "\t",
                    a.name(),
                    a.role().code(),
                    cases,
                    a.lockedAt(Instant.now()) ? a.lockedUntil().get().toString() : "-"));
          }
          out.flush();
        }
        return ExitCode.OK;
      }
    }
  }

  /** {@code okju server token DIR USER}. */
  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = {
        "Prints a new API token for USER on standard output (only its hash is stored: keep it).",
        "Scripts send it as Authorization: Bearer TOKEN."
      })
  static final class Token implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The server directory.")
    Path dir;

    @Parameters(index = "1", paramLabel = "USER", description = "The user the token acts as.")
    String user;

    @Override
    public Integer call() {
      Optional<ServerStore> opened = open(spec, dir);
      if (opened.isEmpty()) {
        return ExitCode.USAGE;
      }
      try (ServerStore store = opened.get()) {
        Optional<Users.Account> account = store.users().find(user);
        if (account.isEmpty()) {
          return usage(spec, "no user " + user);
        }
        String token = Secrets.token();
        store.tokens().add(account.get().id(), Secrets.sha256(token), Instant.now());
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
      }
      return ExitCode.OK;
    }
  }
}
