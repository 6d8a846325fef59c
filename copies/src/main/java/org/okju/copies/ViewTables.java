package org.okju.copies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds or writes the {@link ViewTable} that grouping reads a list of media's views from. */
final class ViewTables {
  private ViewTables() {}

  /**
   * The table the views of {@code media} already come from, media {@code i} being the table's media
   * {@code i} (a case read by {@link CaseCopies}); otherwise a new table of their views, written to
   * a temporary file that is deleted once mapped.
   *
   * @throws UncheckedIOException when the temporary file cannot be written
   */
  static ViewTable of(List<Media> media) {
    ViewTable shared = shared(media);
    if (shared != null) {
      return shared;
    }
    Path file;
    try {
      file = Files.createTempFile("okju-views-", ".bin");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary view table", e);
    }
    try (ViewTableWriter w = new ViewTableWriter(file)) {
      for (Media m : media) {
        w.add(m.views());
      }
      return w.finish();
    } finally {
      ViewTable.delete(file);
    }
  }

  private static ViewTable shared(List<Media> media) {
    ViewTable table = null;
    for (int i = 0; i < media.size(); i++) {
      if (!(media.get(i).views() instanceof ViewTable.Slice s)
          || s.media != i
          || (table != null && s.table != table)) {
        return null;
      }
      table = s.table;
    }
    return table != null && table.media() == media.size() ? table : null;
  }
}
