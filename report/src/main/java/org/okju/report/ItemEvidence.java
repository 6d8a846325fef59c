package org.okju.report;

import org.okju.casefile.Item;
import org.okju.casefile.Source;
import org.okju.evidence.EvidenceAddress;

/** Where a catalogued item's bytes are, for the evidence layer to read them again. Stateless. */
public final class ItemEvidence {
  private ItemEvidence() {}

  /**
   * The address of a top-level item of {@code source} (archive members are read through their
   * archive).
   */
  public static EvidenceAddress address(Source source, Item item) {
    return new EvidenceAddress.FolderFile(source.givenPath().bytes(), item.path().bytes());
  }
}
