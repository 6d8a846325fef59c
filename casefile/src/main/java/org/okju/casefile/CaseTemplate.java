package org.okju.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A new SQLite case starts as a copy of this build's template: the empty case database that Flyway
 * made from this build's own migration scripts while the build ran ({@link CaseTemplateBuilder},
 * run by casefile's {@code pom.xml} after compiling). Running the migrations instead costs every
 * new case about half a second of Flyway (its start-up, resolving and checksumming every script,
 * spinning method handles), which was a tenth of a cold {@code okju ingest} of gigabytes.
 *
 * <p>The copy is exactly what Flyway would have made: the same schema and the same history
 * (versions, descriptions, scripts, checksums); {@code CaseTemplateTest} holds them equal and shows
 * later migrations still apply. Each history row's {@code installed_by} says {@value
 * CaseTemplateBuilder#INSTALLED_BY} and its {@code installed_on} is when the build ran that script
 * on the template: the rows tell where the schema came from instead of claiming a migration ran on
 * this database. Opening a case still checks it holds every known migration ({@link
 * SchemaCurrency}), so a template missing one is migrated by Flyway like any older case.
 *
 * <p>Never overwrites anything: the copy is written beside the database and linked to its name,
 * which fails when another process created the case first. Without the template (classes run
 * without the build step) or on a file system without hard links, Flyway creates the case.
 */
final class CaseTemplate {
  /** Where the build puts the template, on the class path. */
  static final String RESOURCE = "org/okju/casefile/template/sqlite-case.db";

  private CaseTemplate() {}

  /**
   * Copies the template to {@code database} when no case is there yet.
   *
   * @return whether the template was copied (false: leave the creation to Flyway)
   * @throws CaseStoreException when the copy cannot be written
   */
  static boolean copyInto(Path database, String where) {
    if (!nothingAt(database)) {
      return false;
    }
    Path tmp =
        database.resolveSibling(
            database.getFileName() + ".template-" + ProcessHandle.current().pid());
    try (InputStream template = CaseTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (template == null) {
        return false;
      }
      try (FileChannel out =
          FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        template.transferTo(Channels.newOutputStream(out));
        out.force(true);
      }
      try {
        Files.createLink(database, tmp);
      } catch (FileAlreadyExistsException createdMeanwhile) {
        return false;
      } catch (UnsupportedOperationException | IOException noHardLinks) {
        return false;
      }
      syncDirectory(database.getParent());
      return true;
    } catch (IOException e) {
      throw new CaseStoreException(where, "cannot write the new case's database", e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // A left-over copy beside the case is harmless; the case itself is intact.
      }
    }
  }

  // The new name survives a power cut as SQLite's own files would.
  private static void syncDirectory(Path dir) throws IOException {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    }
  }

  /** No database and none of SQLite's side files: nothing to overwrite or to mix in. */
  private static boolean nothingAt(Path database) {
    for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
      Path p = database.resolveSibling(database.getFileName() + suffix);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return false;
      }
    }
    return true;
  }
}
