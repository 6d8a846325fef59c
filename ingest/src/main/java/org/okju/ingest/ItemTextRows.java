package org.okju.ingest;

import java.time.Instant;
import java.util.Optional;
import org.okju.casefile.ItemId;
import org.okju.casefile.NewItemText;
import org.okju.text.ExtractedText;
import org.okju.text.TextEncoding;

/** The stored form of an item's text (ingest, and documents the command line reads). Stateless. */
public final class ItemTextRows {
  private ItemTextRows() {}

  public static NewItemText row(ItemId id, ExtractedText t, Instant now) {
    return new NewItemText(
        id,
        t.method().code(),
        t.encoding().map(TextEncoding.Detected::name),
        t.pages(),
        t.warnings().isEmpty() ? "complete" : "partial",
        t.warnings().isEmpty() ? Optional.empty() : Optional.of(String.join("; ", t.warnings())),
        now);
  }
}
