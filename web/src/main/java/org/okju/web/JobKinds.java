package org.okju.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.okju.copies.CaseCopies;
import org.okju.copies.GroupingSettings;
import org.okju.copies.HashSetImport;
import org.okju.copies.HashSetMatcher;
import org.okju.index.hashset.HashSetFormat;
import org.okju.index.hashset.HashSetFormats;
import org.okju.ingest.Ingest;
import org.okju.ingest.IngestObserver;
import org.okju.ingest.IngestSummary;
import org.okju.report.CaseExporter;
import org.okju.report.ExportFormat;
import org.okju.report.IdentityTable;
import org.okju.report.LedgerEntities;
import org.okju.web.auth.Permission;
import org.okju.web.jobs.JobOutcome;
import org.okju.web.jobs.JobWork;

/**
 * The jobs a case's page can start, each the engine's own entry point (never a CLI command): {@code
 * ingest} (a path under the case's evidence roots), {@code copies}, {@code match}, {@code ledger}
 * (the catalogue's documents), {@code hashset} (an uploaded list), {@code report} and {@code
 * export}. Each reads and checks its form fields here, before anything is queued.
 */
final class JobKinds {
  /** A job ready to queue: its kind, parameters (for the record) and work. */
  record Prepared(String kind, ObjectNode parameters, JobWork work) {}

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String okjuVersion;
  private final Path uploads;
  private final Path outputs;
  private final CaseReports reports;

  JobKinds(String okjuVersion, Path uploads, Path outputs, CaseReports reports) {
    this.okjuVersion = okjuVersion;
    this.uploads = uploads;
    this.outputs = outputs;
    this.reports = reports;
  }

  /** The permission each kind needs. */
  static Permission permission(String kind) {
    return switch (kind) {
      case "ingest" -> Permission.JOB_INGEST;
      case "copies", "match", "ledger", "hashset" -> Permission.JOB_ANALYSE;
      case "report" -> Permission.JOB_REPORT;
      case "export" -> Permission.JOB_EXPORT;
      default -> throw WebError.notFound();
    };
  }

  Prepared prepare(String kind, Context ctx, CaseScope scope) throws IOException {
    String user = scope.caller().name();
    ObjectNode p = Json.MAPPER.createObjectNode();
    return switch (kind) {
      case "ingest" -> {
        Path path =
            EvidenceRoots.resolve(ctx.formParam("path"), scope.registered().evidenceRoots());
        p.put("path", path.toString());
        yield new Prepared(kind, p, (store, progress) -> ingest(store, progress, path, user));
      }
      case "copies" ->
          new Prepared(
              kind,
              p,
              (store, progress) -> {
                progress.running(0, -1, "grouping copies into tapes");
                CaseCopies.Result r =
                    new CaseCopies(store, GroupingSettings.DEFAULT).run(user, okjuVersion);
                long copies = r.tapes().stream().mapToLong(t -> t.members().size() - 1L).sum();
                return JobOutcome.of(r.tapes().size() + " tapes, " + copies + " copies");
              });
      case "match" ->
          new Prepared(
              kind,
              p,
              (store, progress) -> {
                progress.running(0, -1, "matching against the imported hash sets");
                HashSetMatcher.Result r = new HashSetMatcher(store).run(user, okjuVersion);
                return JobOutcome.of(r.hits().size() + " matches");
              });
      case "ledger" ->
          new Prepared(
              kind,
              p,
              (store, progress) ->
                  new LedgerExtractionWork(
                          outputs.resolve(scope.name()).resolve("work"), user, okjuVersion)
                      .run(store, progress));
      case "hashset" -> hashset(ctx, p, user);
      case "report" -> {
        String format = Optional.ofNullable(ctx.formParam("format")).orElse("html");
        if (!format.equals("html") && !format.equals("pdf")) {
          throw WebError.badRequest("format is html or pdf");
        }
        p.put("format", format);
        yield new Prepared(
            kind,
            p,
            (store, progress) -> {
              progress.running(0, -1, "writing the report");
              Path out = file(scope, "report", format);
              return reports.write(store, out, user, okjuVersion);
            });
      }
      case "export" -> {
        ExportFormat f;
        try {
          f = ExportFormat.parse(Optional.ofNullable(ctx.formParam("format")).orElse(""));
        } catch (IllegalArgumentException e) {
          throw WebError.badRequest("format is case-uco, vics2, ftm or csv");
        }
        p.put("format", ctx.formParam("format"));
        yield new Prepared(
            kind,
            p,
            (store, progress) -> {
              progress.running(0, -1, "writing the export");
              Path out = file(scope, "export-" + ctx.formParam("format"), extension(f));
              CaseExporter.Result r =
                  new CaseExporter(store, IdentityTable.EMPTY, LedgerEntities.NONE)
                      .export(f, out, user, okjuVersion);
              return new JobOutcome(
                  r.records() + " records; sha256 " + r.sha256().toHex(),
                  Optional.of(r.file()),
                  false);
            });
      }
      default -> throw WebError.notFound();
    };
  }

  private static String extension(ExportFormat f) {
    String name = f.name().toLowerCase(Locale.ROOT);
    return name.equals("csv") ? "csv" : name.equals("ftm") ? "jsonl" : "json";
  }

  private Path file(CaseScope scope, String stem, String extension) throws IOException {
    Path dir = outputs.resolve(scope.name());
    Files.createDirectories(dir);
    return dir.resolve(stem + "-" + STAMP.format(Instant.now()) + "." + extension);
  }

  private JobOutcome ingest(
      org.okju.casefile.CaseStore store,
      org.okju.web.jobs.JobProgress progress,
      Path path,
      String user)
      throws InterruptedException {
    AtomicLong total = new AtomicLong(-1);
    AtomicLong listed = new AtomicLong();
    AtomicLong done = new AtomicLong();
    IngestObserver observer =
        new IngestObserver() {
          @Override
          public void listed(String displayPath, long size) {
            listed.incrementAndGet();
          }

          @Override
          public void walkFinished(long items, long bytes) {
            total.set(items);
          }

          @Override
          public void catalogued(long size, boolean topLevel) {
            long n = done.incrementAndGet();
            if (n % 16 == 1 || n == total.get()) {
              progress.running(
                  n,
                  total.get(),
                  n
                      + (total.get() >= 0 ? " of " + total.get() : " of " + listed.get() + "+")
                      + " items catalogued");
            }
          }
        };
    IngestSummary s =
        Ingest.create(
                store,
                c ->
                    c.observer(observer)
                        .provenance(user, "okju serve: ingest " + path, okjuVersion))
            .run(path);
    return new JobOutcome(
        (s.alreadyIngested() ? "already ingested: " : "")
            + s.items()
            + " items, "
            + s.status().name().toLowerCase(Locale.ROOT)
            + (s.problemCount() > 0 ? ", " + s.problemCount() + " with problems" : ""),
        Optional.empty(),
        !s.clean());
  }

  private Prepared hashset(Context ctx, ObjectNode p, String user) throws IOException {
    UploadedFile upload = ctx.uploadedFile("file");
    String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
    String kind = Optional.ofNullable(ctx.formParam("kind")).orElse("");
    if (upload == null) {
      throw WebError.badRequest("Choose the hash list to upload.");
    }
    if (name.isEmpty() || name.length() > 100 || !name.matches("[\\p{L}\\p{N} ._-]+")) {
      throw WebError.badRequest("The set's name is letters, digits, spaces and . _ - (up to 100).");
    }
    if (!HashSetImport.KINDS.contains(kind)) {
      throw WebError.badRequest("kind is known-bad or ignorable");
    }
    Files.createDirectories(uploads);
    Path file = Files.createTempFile(uploads, "hashset-", ".upload");
    try (InputStream in = upload.content()) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    String formatName = Optional.ofNullable(ctx.formParam("format")).orElse("").strip();
    Optional<HashSetFormat> format =
        formatName.isEmpty() ? HashSetFormats.detect(file) : HashSetFormats.byName(formatName);
    if (format.isEmpty()) {
      Files.deleteIfExists(file);
      throw WebError.badRequest(
          formatName.isEmpty()
              ? "The list's format cannot be told; choose it."
              : "No format " + formatName + ".");
    }
    p.put("name", name).put("kind", kind).put("format", format.get().name());
    return new Prepared(
        "hashset",
        p,
        (store, progress) -> {
          try {
            progress.running(0, -1, "importing " + name);
            HashSetImport.Result r =
                new HashSetImport(store).run(file, name, kind, format.get(), user, okjuVersion);
            return new JobOutcome(
                r.records() + " records, " + r.hashes() + " hashes, " + r.problems() + " malformed",
                Optional.empty(),
                r.problems() > 0);
          } finally {
            Files.deleteIfExists(file);
          }
        });
  }
}
