package org.okju.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseStore;
import org.okju.copies.TakedownExport;
import org.okju.monitor.HashExchangeExport;
import org.okju.monitor.Notices;
import org.okju.monitor.Platforms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju export takedown}: every copy of the chosen tapes in a partner's list format. */
@Command(
    name = "takedown",
    mixinStandardHelpOptions = true,
    description = {
      "Writes every copy of the chosen tapes as a partner's takedown list.",
      "Writes every copy of the chosen tapes (default: all) as a takedown list: md5 (md5sum "
          + "lines labelled with the tape id), pdq (pdq HEX lines: images' PDQ and videos' vPDQ "
          + "frames of quality >= 50), te (ThreatExchange local_file signals: pdq, video_md5, "
          + "video_sha256, vpdq; what HMA partners and the threatexchange CLI load), hma (JSON "
          + "lines for HMA's POST /c/bank/NAME/signal, note = tape id), vics2 (a VICS 2.0 case "
          + "file, Media with MD5, SHA1 and PDQ) or vics2-media (the same as a flat #Media list). "
          + "Hash exchange: hma-bank (one HMA bank content a line: the signal HMA's POST "
          + "/c/bank/NAME/signal takes, and metadata with quality, confirmed flag and suggested "
          + "distance) or stopncii (the body of StopNCII's SubmitHashes: ImagePDQ and VideoMD5, "
          + "feedback Blocked when confirmed): the copies on the drive and on the web a person "
          + "confirmed (--unconfirmed: all, flagged), never a hash of the negative bank. "
          + "No file names or identities, only tape ids. Written atomically and logged with the "
          + "list's SHA-256. Run okju copies first."
    })
final class TakedownCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CaseWriteOption caseOption;

  @Option(
      names = "--tape",
      paramLabel = "T-001",
      description = "A tape to list (repeatable; default: every tape).")
  List<String> tapes = new ArrayList<>();

  @Option(
      names = "--format",
      required = true,
      paramLabel = "md5|pdq|te|hma|vics2|vics2-media|hma-bank|stopncii",
      description = "The list format.")
  String format;

  @Option(
      names = "--unconfirmed",
      description =
          "hma-bank, stopncii: also the copies no person confirmed, flagged unconfirmed (default:"
              + " confirmed copies only).")
  boolean unconfirmed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write it.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (HashExchangeExport.FORMATS.contains(format)) {
      return exchange();
    }
    if (!TakedownExport.FORMATS.containsKey(format)) {
      return usage(
          "--format is md5, pdq, te, hma, vics2, vics2-media, hma-bank or stopncii, not " + format);
    }
    if (unconfirmed) {
      return usage("--unconfirmed goes with --format hma-bank or stopncii");
    }
    try (CaseStore store = caseOption.openForWriting()) {
      TakedownExport.Result r;
      try {
        try (TerminalProgress progress = TerminalProgress.open(null)) {
          r =
              new TakedownExport(store)
                  .export(tapes, format, out, caseOption.user, OkjuVersion.current(), progress);
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        return usage(e.getMessage());
      }
      spec.commandLine().getOut().println(r.file().toAbsolutePath());
      spec.commandLine()
          .getOut()
          .println(
              "sha256 "
                  + r.sha256().toHex()
                  + ", "
                  + r.tapes()
                  + " tapes, "
                  + r.copies()
                  + " copies, "
                  + r.count().written()
                  + " records");
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }

  private int exchange() throws Exception {
    try (CaseStore store = caseOption.openForWriting()) {
      HashExchangeExport.Result r;
      try {
        r =
            HashExchangeExport.export(
                store,
                format,
                tapes,
                unconfirmed,
                out,
                Instant.now(),
                caseOption.user,
                OkjuVersion.current());
      } catch (IllegalArgumentException | IllegalStateException e) {
        return usage(e.getMessage());
      } catch (Platforms.BadRegistryException e) {
        throw CliException.failure("the case's platform registry: " + e.getMessage());
      } catch (Notices.NothingToDoException e) {
        throw CliException.failure(e.getMessage());
      }
      spec.commandLine().getOut().println(r.file().toAbsolutePath());
      spec.commandLine()
          .getOut()
          .println(
              "sha256 "
                  + r.sha256().toHex()
                  + ", "
                  + r.tapes()
                  + " tapes, "
                  + r.hashes()
                  + " hashes ("
                  + r.confirmed()
                  + " confirmed), "
                  + r.suppressed()
                  + " held back by the negative bank");
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("okju export takedown: " + message);
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }
}
