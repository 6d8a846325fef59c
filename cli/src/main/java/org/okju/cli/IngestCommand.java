package org.okju.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.ingest.Ingest;
import org.okju.ingest.IngestObserver;
import org.okju.ingest.IngestSummary;
import org.okju.ingest.SourceCount;
import org.okju.ingest.Terminal;
import org.okju.search.IndexBusyException;
import org.okju.search.IndexLocation;
import org.okju.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code okju ingest SOURCE...}: catalogue seized sources into a case, read-only, resumable. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Catalogues seized folders and files into a case, read-only and resumable.",
      "Catalogues every file of each SOURCE (a folder or a file) and the members of the "
          + "archives in it: path, size, times, type by content, MD5/SHA-1/SHA-256, metadata, PDQ "
          + "for images, vPDQ for videos, and the text of every document (and OCR of pictures of "
          + "pages), which the ledger then reads into suggested facts. Nothing under SOURCE is "
          + "written or re-timed. Interrupted? Run the same command again: it resumes. Exit 0 all "
          + "ok, 3 some items have problems, 2 bad usage."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Folders or files to ingest.")
  List<Path> sources;

  @Mixin CaseWriteOption caseOption;

  @Option(names = "--json", description = "Print a machine-readable summary.")
  boolean json;

  @Option(
      names = "--no-fingerprints",
      description = "Catalogue and crypto hashes only: no PDQ, vPDQ, metadata or documents' text.")
  boolean noFingerprints;

  @Option(
      names = "--no-text",
      description =
          "Do not read documents' text (nor OCR pictures of pages); the ledger and search then"
              + " have nothing from this source until okju ledger extract --from-case.")
  boolean noText;

  @Option(
      names = "--no-carving",
      description =
          "Do not carve a disk image's unallocated space with PhotoRec (slow on a big image);"
              + " files The Sleuth Kit lists, deleted ones too, are still read. Logged in the"
              + " custody log.")
  boolean noCarving;

  @Option(names = "--threads", paramLabel = "N", description = "Workers (default: all cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--video-seconds-per-hash",
      paramLabel = "S",
      description =
          "vPDQ: hash one frame every S seconds (default ${DEFAULT-VALUE}; 0: every frame).")
  double videoSecondsPerHash = 1.0;

  @Option(
      names = "--max-expansion-ratio",
      paramLabel = "R",
      description =
          "An archive member larger than 64 MiB may expand to R times its compressed size"
              + " (default ${DEFAULT-VALUE}); past that it is stopped as a zip bomb. Raise it to"
              + " read a mostly empty disk image or database that was zipped.")
  int maxExpansionRatio = 200;

  @Option(
      names = "--max-expanded-gib",
      paramLabel = "GIB",
      description =
          "The members of one archive, nested ones included, may expand to GIB gibibytes in all"
              + " (default ${DEFAULT-VALUE}); the rest of that archive is then not opened.")
  long maxExpandedGib = 16;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Draw progress on stderr (default: only when stderr is a terminal).")
  Boolean progress;

  /**
   * The ledger reads the texts this ingest stored (and any an interrupted run left unread): ingest
   * may not depend on the ledger, so the command joins them.
   */
  private void readIntoLedger(CaseStore store, PrintWriter err, boolean progress) {
    String user = caseOption.user;
    java.time.Clock clock = java.time.Clock.systemUTC();
    int[] done = {0};
    LedgerFeed.Listener listener =
        progress
            ? (name, x, warnings) -> {
              done[0]++;
              err.print("\rokju ingest: the ledger read " + done[0] + " documents");
              err.flush();
            }
            : LedgerFeed.Listener.NONE;
    LedgerFeed.Result r =
        new LedgerFeed(
                store,
                new org.okju.ledger.LedgerCase(store, OkjuVersion.current(), clock),
                user,
                clock,
                listener)
            .unread();
    if (progress && done[0] > 0) {
      err.println();
    }
    if (r.documents() > 0) {
      err.println(
          "okju ingest: the ledger read "
              + r.documents()
              + " documents: "
              + r.facts()
              + " facts suggested (okju ledger)");
    }
  }

  /**
   * Brings the case's full-text index up to the texts just stored, so that okju search answers at
   * once; another okju indexing the same case is left to it (okju search catches up).
   */
  private static void indexForSearch(CaseStore store, CaseLocation location, PrintWriter err) {
    try (SearchIndex index = SearchIndex.open(IndexLocation.of(location))) {
      index.update(store);
    } catch (IndexBusyException e) {
      err.println("okju ingest: " + e.getMessage() + "; okju search will index the rest");
    }
  }

  private static long gibibytes(long gib) {
    if (gib < 1 || gib > (Long.MAX_VALUE >> 30)) {
      throw new IllegalArgumentException("--max-expanded-gib must be at least 1: " + gib);
    }
    return gib << 30;
  }

  @Override
  public Integer call() throws InterruptedException {
    Ingest.prepareTypeDetection(); // beside opening the case: two cores, one start-up each
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean draw = progress != null ? progress : new Terminal().stderr();
    List<IngestSummary> summaries = new ArrayList<>();
    String commandLine =
        "okju ingest "
            + String.join(
                " ",
                spec.commandLine()
                    .getParseResult()
                    .originalArgs()
                    .subList(1, spec.commandLine().getParseResult().originalArgs().size()));
    for (Path source : sources) {
      if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
        throw CliException.usage("no such source: " + source);
      }
    }
    if (caseOption.location() instanceof CaseLocation.Directory d) {
      for (Path source : sources) {
        Path src = source.toAbsolutePath().normalize();
        if (d.path().toAbsolutePath().normalize().startsWith(src)) {
          err.println(
              "okju ingest: the case directory "
                  + d.path()
                  + " is inside the source "
                  + source
                  + ": okju never writes under evidence");
          return ExitCode.USAGE;
        }
      }
    }
    try (CaseStore store = caseOption.createForWriting()) {
      for (Path source : sources) {
        ProgressBar bar =
            draw
                ? new ProgressBar(new PrintStream(System.err, true, StandardCharsets.UTF_8))
                : null;
        IngestObserver observer = bar != null ? bar : IngestObserver.NONE;
        Thread counting = bar != null ? precount(source, bar) : null;
        try {
          summaries.add(
              Ingest.create(
                      store,
                      c -> {
                        c.threads(Math.max(1, threads))
                            .fingerprints(!noFingerprints)
                            .text(!noText && !noFingerprints)
                            .carving(!noCarving)
                            .videoSecondsPerHash(videoSecondsPerHash)
                            .observer(observer)
                            .provenance(caseOption.user, commandLine, OkjuVersion.current());
                        c.expert()
                            .maxExpansionRatio(maxExpansionRatio)
                            .maxExpandedBytes(gibibytes(maxExpandedGib));
                      })
                  .run(source));
        } catch (IllegalArgumentException e) {
          err.println("okju ingest: " + e.getMessage());
          return ExitCode.USAGE;
        } finally {
          if (counting != null) {
            counting.interrupt();
          }
          if (bar != null) {
            bar.close();
          }
        }
        if (!noText && !noFingerprints) {
          readIntoLedger(store, err, draw);
          indexForSearch(store, caseOption.location(), err);
        }
      }
    }
    SummaryPrinter printer = new SummaryPrinter();
    if (json) {
      printer.json(summaries, out);
    } else {
      summaries.forEach(s -> printer.text(s, out));
    }
    out.flush();
    return summaries.stream().allMatch(IngestSummary::clean) ? ExitCode.OK : ExitCode.PARTIAL;
  }

  // Counts the source beside the ingest, so the bar has its total and an ETA early.
  private static Thread precount(Path source, ProgressBar bar) {
    Thread t =
        new Thread(
            () -> {
              try {
                bar.precounted(new SourceCount().of(source));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (RuntimeException e) {
                // The ingest itself reports an unreadable source; the bar just has no total.
              }
            },
            "okju-precount");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
