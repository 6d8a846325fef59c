package org.okju.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.okju.ingest.FileIngest;
import org.okju.ingest.IngestedItem;

/**
 * Runs on an executor: ingest's per-file engine over one partition of listed files, streaming. One
 * file is read at a time (never a whole file into a column; files above the in-memory limit spool
 * to a private work directory on the executor's local disk), its rows handed on before the next is
 * opened. A file whose processing throws anyway becomes a row with that error, so no file is lost.
 */
final class FingerprintPartition implements FlatMapFunction<Iterator<ListedFile>, Row> {
  private static final long serialVersionUID = 1L;

  private final double videoSecondsPerHash;

  FingerprintPartition(double videoSecondsPerHash) {
    this.videoSecondsPerHash = videoSecondsPerHash;
  }

  @Override
  public Iterator<Row> call(Iterator<ListedFile> files) throws IOException {
    Path work = Files.createTempDirectory("okju-spark-work-");
    FileIngest ingest =
        FileIngest.create(
            c -> c.threads(1).videoSecondsPerHash(videoSecondsPerHash).workDirectory(work));
    Runnable cleanup =
        () -> {
          ingest.close();
          deleteTree(work);
        };
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener(
          (org.apache.spark.util.TaskCompletionListener) t -> cleanup.run());
    }
    return new Rows(files, ingest, task == null ? cleanup : () -> {});
  }

  /** Pulls the next file only when the rows of the previous one have been taken. */
  private static final class Rows implements Iterator<Row> {
    private final Iterator<ListedFile> files;
    private final FileIngest ingest;
    private final Runnable atEnd;
    private final Queue<Row> ready = new ArrayDeque<>();
    private boolean ended;

    Rows(Iterator<ListedFile> files, FileIngest ingest, Runnable atEnd) {
      this.files = files;
      this.ingest = ingest;
      this.atEnd = atEnd;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && files.hasNext()) {
        ListedFile f = files.next();
        try {
          ingest.run(f.entry(), (IngestedItem item) -> ready.add(FingerprintRows.of(f, item)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("task interrupted", e);
        } catch (RuntimeException e) {
          ready.add(failed(f, e));
        }
      }
      if (ready.isEmpty() && !ended) {
        ended = true;
        atEnd.run();
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.remove();
    }
  }

  /** The row of a file whose processing failed outside ingest's own per-item handling. */
  static Row failed(ListedFile f, RuntimeException e) {
    String absolute = org.okju.casefile.ItemPath.ofBytes(f.absolute()).display();
    String message =
        "spark/internal-error: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    return RowFactory.create(
        org.okju.casefile.ItemPath.ofBytes(f.root()).display(),
        absolute,
        org.okju.casefile.ItemPath.ofBytes(f.relative()).display(),
        null,
        0,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        FingerprintRows.scalaList(java.util.List.of()),
        FingerprintRows.scalaList(java.util.List.of()),
        FingerprintRows.scalaMap(java.util.Map.of()),
        "error",
        message,
        FingerprintRows.scalaList(
            java.util.List.of(
                RowFactory.create("spark", "internal-error", "error", String.valueOf(e)))),
        null,
        null);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(FingerprintPartition::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // A temporary directory left behind costs disk only; the OS's tmp cleaner takes it.
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // see deleteTree
    }
  }
}
