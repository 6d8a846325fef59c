package org.okju.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseLocation;
import org.okju.web.auth.Secrets;
import org.okju.web.store.ServerStore;
import org.okju.web.store.ServerStoreException;
import org.okju.web.store.Users;
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
      ServerCaseVerb.class,
      ServerUserVerb.class,
      ServerCommand.Token.class,
    })
final class ServerCommand extends VerbGroup {

  private static int usage(CommandSpec spec, String message) {
    return ServerStoreVerb.usage(spec, message);
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

  /** {@code okju server token DIR USER}. */
  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
      description = {
        "Prints a new API token for USER on standard output (only its hash is stored: keep it).",
        "Scripts send it as Authorization: Bearer TOKEN."
      })
  static final class Token extends ServerStoreVerb {
    @Parameters(index = "1", paramLabel = "USER", description = "The user the token acts as.")
    String user;

    @Override
    public Integer call() throws IOException {
      return withStore(
          store -> {
            Optional<Users.Account> account = store.users().find(user);
            if (account.isEmpty()) {
              return usage("no user " + user);
            }
            String token = Secrets.token();
            store.tokens().add(account.get().id(), Secrets.sha256(token), Instant.now());
            return done(token);
          });
    }
  }
}
