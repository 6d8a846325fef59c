package org.okju.report;

import java.util.Map;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.Source;
import org.okju.evidence.EvidenceAddress;

/** Where a catalogued item's bytes are, for the evidence layer to read them again. Stateless. */
public final class ItemEvidence {
  private ItemEvidence() {}

  /**
   * The address of a top-level item of {@code source} (archive members are read through their
   * archive): a file of a folder or the single file given, or a file inside a disk image, read
   * through the image along where its catalogue row says it lies.
   */
  public static EvidenceAddress address(CaseStore store, Source source, Item item) {
    return address(source, item, store.metadata().of(item.id()));
  }

  /** The same, with the item's catalogue metadata already read. */
  public static EvidenceAddress address(Source source, Item item, Map<String, String> metadata) {
    if (EvidenceAddress.ImageFile.describes(metadata)) {
      return new EvidenceAddress.ImageFile(
          source.givenPath().bytes(), item.path().display(), item.size().orElse(0), metadata);
    }
    return folderFile(source, item);
  }

  /**
   * The address of a file of a folder source (or the single file given), for a caller that knows
   * the source is no disk image.
   */
  public static EvidenceAddress folderFile(Source source, Item item) {
    return new EvidenceAddress.FolderFile(source.givenPath().bytes(), item.path().bytes());
  }
}
