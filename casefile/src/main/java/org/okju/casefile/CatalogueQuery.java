package org.okju.casefile;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of the catalogue to read: filters, a sort, and where the previous page ended (keyset
 * pagination: a page costs the same on the millionth row as on the first).
 *
 * @param type a media type ({@code image/jpeg}) or its top-level part ({@code image})
 * @param status the items' status
 * @param minSize smallest size in bytes
 * @param maxSize largest size in bytes
 * @param modifiedFrom modified at or after
 * @param modifiedBefore modified before
 * @param tape member of this tape ({@code T-001})
 * @param hashSet matched this hash set (by name); {@code *} for any set
 * @param pathContains text in the path, case-insensitive for ASCII
 * @param hashPrefix a hex prefix of the MD5, SHA-1 or SHA-256 (at least 4 digits)
 * @param sort the order
 * @param descending whether the order is reversed
 * @param after the cursor of the previous page's {@link CataloguePage#next}
 * @param limit rows on the page, 1-1000
 */
public record CatalogueQuery(
    Optional<String> type,
    Optional<ItemStatus> status,
    OptionalLong minSize,
    OptionalLong maxSize,
    Optional<Instant> modifiedFrom,
    Optional<Instant> modifiedBefore,
    Optional<String> tape,
    Optional<String> hashSet,
    Optional<String> pathContains,
    Optional<String> hashPrefix,
    Sort sort,
    boolean descending,
    Optional<String> after,
    int limit) {

  /** Most rows a page may hold. */
  public static final int MAX_LIMIT = 1000;

  /** The orders the catalogue can be read in. */
  public enum Sort {
    ID,
    PATH,
    SIZE,
    MODIFIED,
    TYPE
  }

  public CatalogueQuery {
    Objects.requireNonNull(sort, "sort");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ": " + limit);
    }
    if (hashPrefix.isPresent() && !hashPrefix.get().matches("[0-9a-f]{4,64}")) {
      throw new IllegalArgumentException(
          "a hash prefix is 4-64 lower-case hex digits: " + hashPrefix.get());
    }
  }

  /** The first {@code limit} items in id order, unfiltered. */
  public static CatalogueQuery all(int limit) {
    return new CatalogueQuery(
        Optional.empty(),
        Optional.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Sort.ID,
        false,
        Optional.empty(),
        limit);
  }

  /** The same query continuing after {@code cursor}. */
  public CatalogueQuery after(Optional<String> cursor) {
    return new CatalogueQuery(
        type,
        status,
        minSize,
        maxSize,
        modifiedFrom,
        modifiedBefore,
        tape,
        hashSet,
        pathContains,
        hashPrefix,
        sort,
        descending,
        cursor,
        limit);
  }

  /**
   * Where a page ended: the sort key and id of its last row, as an opaque URL-safe text bound to
   * the sort (a cursor of another sort is refused).
   */
  record Cursor(Sort sort, String key, long id) {
    String encode() {
      String text = sort.name() + "\n" + id + "\n" + key;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text, Sort expected) {
      try {
        String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        String[] parts = plain.split("\n", 3);
        Sort sort = Sort.valueOf(parts[0]);
        if (sort != expected || parts.length != 3) {
          throw new IllegalArgumentException("the cursor belongs to another sort order");
        }
        return new Cursor(sort, parts[2], Long.parseLong(parts[1]));
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw new IllegalArgumentException("not a catalogue cursor: " + text, e);
      }
    }
  }
}
