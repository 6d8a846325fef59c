package org.okju.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okju.web.auth.Passwords;
import org.okju.web.store.Cases;
import org.okju.web.store.Role;
import org.okju.web.store.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code okju server user add|list}. */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = "Adds users to the server (add) and lists them (list).",
    subcommands = {ServerUserVerb.Add.class, ServerUserVerb.ListUsers.class})
final class ServerUserVerb extends VerbGroup {

  /** {@code okju server user add DIR USER --role ROLE [--case NAME]...}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Adds a user with a role and the cases they are a member of.",
        "The password is read from standard input (one line; at least 8 characters) and "
            + "stored as an Argon2id hash."
      })
  static final class Add extends ServerStoreVerb {
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
        return usage("--role is one of " + Role.codes() + ", not " + role);
      }
      if (!Users.NAME.matcher(user).matches()) {
        return usage("a user name is letters, digits and . _ @ - (up to 64): " + user);
      }
      return withStore(
          store -> {
            List<Cases.Registered> member = new ArrayList<>();
            for (String name : cases) {
              Optional<Cases.Registered> c = store.cases().find(name);
              if (c.isEmpty()) {
                return usage("no registered case " + name + " (okju server case add)");
              }
              member.add(c.get());
            }
            if (store.users().find(user).isPresent()) {
              return usage("user " + user + " already exists");
            }
            Optional<String> password = readPassword(user);
            if (password.isEmpty()) {
              return usage("no password on standard input");
            }
            String hash;
            try {
              hash = new Passwords().hash(password.get());
            } catch (IllegalArgumentException e) {
              return usage(e.getMessage());
            }
            Users.Account account = store.users().add(user, r, hash, Instant.now());
            for (Cases.Registered c : member) {
              store.cases().addMember(account.id(), c.id());
            }
            return done("user " + user + " added (" + r.code() + membership(r, member) + ")");
          });
    }

    private static String membership(Role role, List<Cases.Registered> member) {
      if (role == Role.ADMIN) {
        return ", every case";
      }
      if (member.isEmpty()) {
        return ", no case yet";
      }
      return ", cases: " + String.join(", ", member.stream().map(Cases.Registered::name).toList());
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
    private static Optional<String> readPassword(String name) throws IOException {
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
  static final class ListUsers extends ServerStoreVerb {
    @Override
    public Integer call() throws IOException {
      return withStore(
          store -> {
            var out = out();
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
            return ExitCode.OK;
          });
    }
  }
}
