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
    return new Builder(limit).build();
  }

  /** The same query continuing after {@code cursor}. */
  public CatalogueQuery after(Optional<String> cursor) {
    return toBuilder().after(cursor).build();
  }

  /** A builder holding this query's filters, sort, cursor and limit, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(limit);
    b.type = type;
    b.status = status;
    b.minSize = minSize;
    b.maxSize = maxSize;
    b.modifiedFrom = modifiedFrom;
    b.modifiedBefore = modifiedBefore;
    b.tape = tape;
    b.hashSet = hashSet;
    b.pathContains = pathContains;
    b.hashPrefix = hashPrefix;
    b.sort = sort;
    b.descending = descending;
    b.after = after;
    return b;
  }

  /**
   * A query built a part at a time: a caller names the filters it sets, where the record's fourteen
   * positional components invite a swapped argument.
   */
  public static final class Builder {
    private Optional<String> type = Optional.empty();
    private Optional<ItemStatus> status = Optional.empty();
    private OptionalLong minSize = OptionalLong.empty();
    private OptionalLong maxSize = OptionalLong.empty();
    private Optional<Instant> modifiedFrom = Optional.empty();
    private Optional<Instant> modifiedBefore = Optional.empty();
    private Optional<String> tape = Optional.empty();
    private Optional<String> hashSet = Optional.empty();
    private Optional<String> pathContains = Optional.empty();
    private Optional<String> hashPrefix = Optional.empty();
    private Sort sort = Sort.ID;
    private boolean descending;
    private Optional<String> after = Optional.empty();
    private int limit;

    /** An unfiltered query in id order, {@code limit} rows a page. */
    public Builder(int limit) {
      this.limit = limit;
    }

    public Builder type(Optional<String> type) {
      this.type = type;
      return this;
    }

    public Builder status(Optional<ItemStatus> status) {
      this.status = status;
      return this;
    }

    public Builder size(OptionalLong min, OptionalLong max) {
      this.minSize = min;
      this.maxSize = max;
      return this;
    }

    public Builder modified(Optional<Instant> from, Optional<Instant> before) {
      this.modifiedFrom = from;
      this.modifiedBefore = before;
      return this;
    }

    public Builder tape(Optional<String> tape) {
      this.tape = tape;
      return this;
    }

    public Builder hashSet(Optional<String> hashSet) {
      this.hashSet = hashSet;
      return this;
    }

    public Builder pathContains(Optional<String> text) {
      this.pathContains = text;
      return this;
    }

    public Builder hashPrefix(Optional<String> prefix) {
      this.hashPrefix = prefix;
      return this;
    }

    public Builder sort(Sort sort, boolean descending) {
      this.sort = sort;
      this.descending = descending;
      return this;
    }

    public Builder after(Optional<String> cursor) {
      this.after = cursor;
      return this;
    }

    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /** The query; refuses a limit out of range or a malformed hash prefix. */
    public CatalogueQuery build() {
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
          after,
          limit);
    }
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
