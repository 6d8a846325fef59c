package org.okju.index.hashset;

/**
 * {@code md5sum} files: GNU ({@code HASH NAME}, {@code HASH *NAME}) and BSD ({@code MD5 (NAME) =
 * HASH}).
 */
public final class Md5sumFormat extends ChecksumFileFormat {
  public Md5sumFormat() {
    super("md5sum", HashKind.MD5, "MD5");
  }
}
