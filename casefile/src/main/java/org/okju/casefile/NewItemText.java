package org.okju.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The text of an item to store (see {@link ItemText} for the fields).
 *
 * @param pages the text of each page; a page must not contain a form feed (the pages' separator)
 */
public record NewItemText(
    ItemId item,
    String method,
    Optional<String> charset,
    List<String> pages,
    String status,
    Optional<String> message,
    Instant extractedAt) {
  public NewItemText {
    pages = List.copyOf(pages);
    for (String p : pages) {
      if (p.indexOf('\f') >= 0) {
        throw new IllegalArgumentException("a page holds a form feed, the pages' separator");
      }
    }
    if (!method.equals("plain") && !method.equals("parser") && !method.equals("ocr")) {
      throw new IllegalArgumentException("unknown text method: " + method);
    }
    if (!status.equals("complete") && !status.equals("partial")) {
      throw new IllegalArgumentException("unknown text status: " + status);
    }
  }
}
