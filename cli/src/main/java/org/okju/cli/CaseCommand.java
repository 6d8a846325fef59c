package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju case ...}: settings of the case itself. */
@Command(
    name = "case",
    mixinStandardHelpOptions = true,
    description = "Settings of the case itself: okju case sign turns on custody signing.",
    subcommands = {CaseCommand.Sign.class})
final class CaseCommand extends VerbGroup {

  /** {@code okju case sign [--init]}. */
  @Command(
      name = "sign",
      mixinStandardHelpOptions = true,
      description = {
        "Says whether the case signs its custody log; with --init, turns signing on.",
        "From then on every custody entry carries an Ed25519 signature (RFC 8032) made with the "
            + "case's private key, which okju verify checks with its public key: an entry rewritten "
            + "by someone with database access but not the key no longer verifies. The key pair is "
            + "custody-ed25519.key (owner-only) and custody-ed25519.pub in the case directory, or in "
            + "--key-dir for a PostgreSQL case; later verbs find it there (a PostgreSQL case: where "
            + "OKJU_KEY_DIR says) and refuse to write unsigned entries into a signing case. Keep a "
            + "copy of the public key with the case's reports."
      })
  static final class Sign implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseWriteOption caseOption;

    @Option(names = "--init", description = "Create the key pair and sign from now on.")
    boolean init;

    @Option(
        names = "--key-dir",
        paramLabel = "DIR",
        description =
            "Where the key pair lives (default: the case directory, or OKJU_KEY_DIR); required"
                + " for a PostgreSQL case.")
    Path keyDirectory;

    @Override
    public Integer call() throws IOException, InterruptedException {
      PrintWriter out = spec.commandLine().getOut();
      Path keys = keys();
      Path publicKey = keys.resolve("custody-ed25519.pub");
      if (!init) {
        try (CaseStore store = caseOption.openExisting()) {
          out.println(
              store.custody().signing()
                  ? "custody signing is on (key pair in " + keys + ")"
                  : "custody signing is off: okju case sign --init turns it on");
        }
        out.flush();
        return ExitCode.OK;
      }
      boolean already = Files.exists(publicKey);
      try (CaseStore store = caseOption.openForWriting(c -> c.keyDirectory(keys).signing(true))) {
        if (!already) {
          store
              .custody()
              .append(
                  NewCustodyEntry.of(
                      caseOption.user,
                      "custody-signing-started",
                      "{\"algorithm\":\"Ed25519\"}",
                      Map.of("public-key", sha256(publicKey)),
                      Map.of(),
                      OkjuVersion.current()));
        }
      }
      out.println(
          (already ? "custody signing was already on" : "custody signing on")
              + ": entries are signed with the Ed25519 key in "
              + keys
              + " (public key sha256 "
              + sha256(publicKey).toHex()
              + ")");
      out.flush();
      return ExitCode.OK;
    }

    private Path keys() {
      if (keyDirectory != null) {
        return keyDirectory;
      }
      String env = System.getenv("OKJU_KEY_DIR");
      if (env != null && !env.isBlank()) {
        return Path.of(env);
      }
      if (caseOption.location() instanceof CaseLocation.Directory d) {
        return d.path();
      }
      throw CliException.usage(
          "a PostgreSQL case keeps its key pair outside the database: give --key-dir DIR, and set"
              + " OKJU_KEY_DIR=DIR for the verbs that follow");
    }

    private static Sha256 sha256(Path file) throws IOException {
      try {
        return Sha256.of(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
  }
}
