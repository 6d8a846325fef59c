package org.okju.index.hashset;

/**
 * {@code sha1sum} files: GNU ({@code HASH NAME}, {@code HASH *NAME}) and BSD ({@code SHA1 (NAME) =
 * HASH}).
 */
public final class Sha1sumFormat extends ChecksumFileFormat {
  public Sha1sumFormat() {
    super("sha1sum", HashKind.SHA1, "SHA1");
  }
}
