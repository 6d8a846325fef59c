package org.okju.index.hashset;

/**
 * {@code sha256sum} files: GNU ({@code HASH NAME}, {@code HASH *NAME}) and BSD ({@code SHA256
 * (NAME) = HASH}).
 */
public final class Sha256sumFormat extends ChecksumFileFormat {
  public Sha256sumFormat() {
    super("sha256sum", HashKind.SHA256, "SHA256");
  }
}
