package org.okju.spark;

/**
 * A row of a match table that cannot be imported: which file, which row of it (from 1, in the
 * file's order), which column and why. A value, not an exception: the import goes on without it.
 */
record BadMatchRow(String file, long row, String column, String reason) {
  @Override
  public String toString() {
    return file + " row " + row + ": " + column + ": " + reason;
  }
}
