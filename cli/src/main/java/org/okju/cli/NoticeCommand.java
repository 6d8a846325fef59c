package org.okju.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Takedowns;
import org.okju.monitor.Notices;
import org.okju.monitor.Notifier;
import org.okju.monitor.Platform;
import org.okju.monitor.Platforms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju notice}: a removal request to a platform; {@code okju notice sent}: it went out. */
@Command(
    name = "notice",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one removal request to a platform for all of its copies still online.",
      "Writes the request for every open sighting of the platform (okju sightings) in the form"
          + " the regime wants: kr (Korea's 불법촬영물등 유통 신고·삭제요청서), eu-dsa (DSA art."
          + " 16(2)), us-tida (TAKE IT DOWN Act). It lists exact URLs, capture times and record"
          + " references, MD5/SHA-256/PDQ/vPDQ hashes and tape ids; never media, never a"
          + " victim's name (pseudonyms only), never a seized file's name. The notifier's details"
          + " are kept in the case once given. okju notice sent marks the sightings notified."
    },
    subcommands = {NoticeCommand.Sent.class})
final class NoticeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Option(
      names = "--platform",
      paramLabel = "NAME",
      description = "The platform, as okju sightings names it (required).")
  String platform;

  @Option(
      names = "--regime",
      paramLabel = "kr|eu-dsa|us-tida",
      description = "The legal regime the request follows (required).")
  String regime;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write it: FILE.html, .txt, .eml or .pdf (required).")
  Path out;

  @Option(
      names = "--notifier-name",
      paramLabel = "NAME",
      description = "Who signs the request (kept in the case for later notices).")
  String notifierName;

  @Option(
      names = "--notifier-email",
      paramLabel = "EMAIL",
      description = "Where the platform answers (kept in the case).")
  String notifierEmail;

  @Option(
      names = "--notifier-organisation",
      paramLabel = "NAME",
      description = "The centre or office the notifier acts for.")
  String notifierOrganisation;

  @Option(names = "--notifier-phone", paramLabel = "NUMBER", description = "A telephone number.")
  String notifierPhone;

  @Option(names = "--notifier-address", paramLabel = "TEXT", description = "A postal address.")
  String notifierAddress;

  @Override
  public Integer call() throws InterruptedException, IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    try (CaseStore store = caseOption.openForWriting()) {
      if (platform == null || regime == null || out == null) {
        throw CliException.usage("--platform, --regime and --out are required");
      }
      if (!Platform.REGIMES.contains(regime)) {
        throw CliException.usage("--regime is kr, eu-dsa or us-tida, not " + regime);
      }
      Path dir = out.toAbsolutePath().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw CliException.usage("no such directory for --out: " + out);
      }
      Notifier notifier = notifier(store);
      Notices.Written w;
      try {
        w =
            new Notices(store)
                .write(
                    platform,
                    regime,
                    out,
                    notifier,
                    Instant.now(),
                    caseOption.user,
                    OkjuVersion.current());
      } catch (Notices.NothingToDoException e) {
        throw CliException.failure(e.getMessage());
      } catch (Platforms.BadRegistryException e) {
        throw CliException.failure("the case's platform registry: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      }
      stdout.println(
          "wrote notice N-"
              + w.id()
              + " to "
              + platform
              + " ("
              + regime
              + ", "
              + w.format()
              + ") for "
              + w.items().size()
              + " sightings: "
              + out
              + "; sha256 "
              + w.sha256().toHex());
      stdout.println("when it has gone out: okju notice sent --platform " + quote(platform));
    }
    stdout.flush();
    return ExitCode.OK;
  }

  private static String quote(String s) {
    return s.matches("[A-Za-z0-9._-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  private Notifier notifier(CaseStore store) {
    Optional<Notifier> kept = store.takedowns().setting(Notifier.SETTING).flatMap(Notifier::parse);
    String name = notifierName != null ? notifierName : kept.map(Notifier::name).orElse(null);
    String email = notifierEmail != null ? notifierEmail : kept.map(Notifier::email).orElse(null);
    if (name == null || email == null) {
      throw CliException.usage(
          "the notice needs who sends it: --notifier-name NAME --notifier-email EMAIL (kept in"
              + " the case for later notices)");
    }
    try {
      return new Notifier(
          name,
          email,
          pick(notifierOrganisation, kept.flatMap(Notifier::organisation)),
          pick(notifierPhone, kept.flatMap(Notifier::phone)),
          pick(notifierAddress, kept.flatMap(Notifier::address)));
    } catch (IllegalArgumentException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  private static Optional<String> pick(String given, Optional<String> kept) {
    return given != null && !given.isBlank() ? Optional.of(given) : kept;
  }

  @Command(
      name = "sent",
      mixinStandardHelpOptions = true,
      description = {
        "Marks the sightings of a platform's latest notice notified.",
        "Records that the platform's latest notice went out (now, or at --at), so its sightings"
            + " are notified and become overdue when a later capture still shows them past the"
            + " platform's deadline."
      })
  static final class Sent implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CaseWriteOption caseOption;

    @Option(
        names = "--platform",
        required = true,
        paramLabel = "NAME",
        description = "The platform the notice went to.")
    String platform;

    @Option(
        names = "--at",
        paramLabel = "TIME",
        description = "When it went out, ISO-8601 (default: now).")
    String at;

    @Override
    public Integer call() throws InterruptedException {
      PrintWriter stdout = spec.commandLine().getOut();
      Instant when;
      try {
        when = at == null ? Instant.now() : Instant.parse(at);
      } catch (DateTimeParseException e) {
        throw CliException.usage("--at takes an ISO-8601 time such as 2026-05-01T09:00:00Z");
      }
      try (CaseStore store = caseOption.openForWriting()) {
        List<Takedowns.SightingKey> marked;
        try {
          marked = new Notices(store).sent(platform, when, caseOption.user, OkjuVersion.current());
        } catch (Notices.NothingToDoException e) {
          throw CliException.failure(e.getMessage());
        } catch (Platforms.BadRegistryException e) {
          throw CliException.failure("the case's platform registry: " + e.getMessage());
        }
        stdout.println(
            "marked " + marked.size() + " sightings on " + platform + " notified at " + when);
      }
      stdout.flush();
      return ExitCode.OK;
    }
  }
}
