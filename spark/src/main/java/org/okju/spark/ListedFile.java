package org.okju.spark;

import java.io.Serializable;
import java.util.Optional;
import org.okju.casefile.ErrorSeverity;
import org.okju.ingest.Problem;
import org.okju.ingest.SourceListing;

/**
 * A file the driver listed, as it travels to an executor (Java-serialised): the bytes of its paths
 * and, for a directory that could not be listed, why.
 */
final class ListedFile implements Serializable {
  private static final long serialVersionUID = 1L;

  private final byte[] root;
  private final byte[] relative;
  private final byte[] absolute;
  private final String problemKind;
  private final String problemMessage;

  ListedFile(SourceListing.Entry e) {
    this.root = e.root();
    this.relative = e.relative();
    this.absolute = e.absolute();
    this.problemKind = e.unlistable().map(Problem::kind).orElse(null);
    this.problemMessage = e.unlistable().map(Problem::message).orElse(null);
  }

  byte[] root() {
    return root.clone();
  }

  byte[] relative() {
    return relative.clone();
  }

  byte[] absolute() {
    return absolute.clone();
  }

  SourceListing.Entry entry() {
    Optional<Problem> p =
        problemKind == null
            ? Optional.empty()
            : Optional.of(new Problem("walk", problemKind, ErrorSeverity.ERROR, problemMessage));
    return new SourceListing.Entry(root, relative, absolute, p);
  }
}
