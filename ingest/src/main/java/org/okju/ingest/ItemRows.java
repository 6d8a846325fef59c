package org.okju.ingest;

import org.okju.casefile.ItemProgress;
import org.okju.casefile.NewItem;

/** Builds the catalogue row of an item from what the stages found. Stateless. */
final class ItemRows {
  NewItem row(IngestItem item, ItemProgress progress) {
    NewItem row = NewItem.listed(item.source(), item.parent(), item.path());
    long size = item.declaredSize();
    if (size >= 0) {
      row = row.withFileInfo(size, item.times());
    } else {
      row =
          new NewItem(
              row.source(),
              row.parent(),
              row.path(),
              row.size(),
              item.times(),
              row.mediaType(),
              false,
              row.digests(),
              row.status(),
              row.progress());
    }
    if (item.read().isPresent()) {
      ReadResult r = item.read().get();
      row =
          row.withMediaType(r.type().contentType(), r.type().extensionMismatch())
              .withDigests(r.digests());
    }
    return row.withState(item.status(), progress);
  }
}
