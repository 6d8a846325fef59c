package org.okju.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.okju.casefile.CatalogueQuery;
import org.okju.casefile.ItemStatus;

/**
 * The catalogue's query parameters (the page's filter form and the API share them): {@code type},
 * {@code status}, {@code min}/{@code max} (bytes), {@code from}/{@code before} (dates, UTC), {@code
 * tape}, {@code set} (a hash set's name, or {@code *}), {@code q} (text in the path), {@code hash}
 * (a hex prefix of a digest), {@code sort}, {@code order}, {@code after} (cursor), {@code limit}
 * (default 50, at most 1000). Anything malformed is a 400.
 */
final class CatalogueRequest {
  static final int DEFAULT_LIMIT = 50;
  private static final Pattern TYPE = Pattern.compile("[a-z0-9.+-]{1,40}(/[a-z0-9.+-]{1,80})?");
  private static final Pattern TAPE = Pattern.compile("T-[0-9]{1,9}");
  private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,2048}");

  private CatalogueRequest() {}

  /** The query the request asks for. */
  static CatalogueQuery of(Context ctx) {
    // The parsed query string, looked up here a dozen times: once from the context.
    Map<String, List<String>> params = ctx.queryParamMap();
    Optional<String> type = param(params, "type").map(t -> t.toLowerCase(Locale.ROOT));
    if (type.isPresent() && !TYPE.matcher(type.get()).matches()) {
      throw WebError.badRequest("type is a media type such as image/jpeg, or image");
    }
    Optional<ItemStatus> status =
        param(params, "status")
            .map(
                s -> {
                  try {
                    return ItemStatus.valueOf(s.toUpperCase(Locale.ROOT));
                  } catch (IllegalArgumentException e) {
                    throw WebError.badRequest("status is ok, warning, error or skipped");
                  }
                });
    Optional<String> tape = param(params, "tape").map(t -> t.toUpperCase(Locale.ROOT));
    if (tape.isPresent() && !TAPE.matcher(tape.get()).matches()) {
      throw WebError.badRequest("tape is a tape id such as T-001");
    }
    Optional<String> set = param(params, "set");
    if (set.isPresent() && set.get().length() > 200) {
      throw WebError.badRequest("set is a hash set's name");
    }
    Optional<String> q = param(params, "q");
    if (q.isPresent() && (q.get().length() > 500 || q.get().indexOf('\0') >= 0)) {
      throw WebError.badRequest("q is at most 500 characters of path text");
    }
    Optional<String> hash = param(params, "hash").map(h -> h.toLowerCase(Locale.ROOT));
    if (hash.isPresent() && !hash.get().matches("[0-9a-f]{4,64}")) {
      throw WebError.badRequest("hash is a prefix of 4-64 hex digits");
    }
    CatalogueQuery.Sort sort;
    try {
      sort =
          CatalogueQuery.Sort.valueOf(param(params, "sort").orElse("id").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw WebError.badRequest("sort is id, path, size, modified or type");
    }
    String order = param(params, "order").orElse("asc");
    if (!order.equals("asc") && !order.equals("desc")) {
      throw WebError.badRequest("order is asc or desc");
    }
    Optional<String> after = param(params, "after");
    if (after.isPresent() && !CURSOR.matcher(after.get()).matches()) {
      throw WebError.badRequest("after is a cursor from a previous page's next");
    }
    return new CatalogueQuery(
        type,
        status,
        size(params, "min"),
        size(params, "max"),
        date(params, "from"),
        date(params, "before"),
        tape,
        set,
        q,
        hash,
        sort,
        order.equals("desc"),
        after,
        limit(params));
  }

  /** {@code limit}: default 50, capped at 1000. */
  static int limit(Context ctx) {
    return limit(ctx.queryParamMap());
  }

  private static int limit(Map<String, List<String>> params) {
    Optional<String> text = param(params, "limit");
    if (text.isEmpty()) {
      return DEFAULT_LIMIT;
    }
    try {
      long n = Long.parseLong(text.get());
      if (n < 1) {
        throw WebError.badRequest("limit is at least 1");
      }
      return (int) Math.min(n, CatalogueQuery.MAX_LIMIT);
    } catch (NumberFormatException e) {
      throw WebError.badRequest("limit is a number");
    }
  }

  /** The filters of a query as URL parameters (for links to the next page), without the cursor. */
  static Map<String, String> filters(Context ctx) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String name :
        new String[] {
          "type", "status", "min", "max", "from", "before", "tape", "set", "q", "hash", "sort",
          "order", "limit"
        }) {
      param(ctx, name).ifPresent(v -> out.put(name, v));
    }
    return out;
  }

  static Optional<String> param(Context ctx, String name) {
    return param(ctx.queryParamMap(), name);
  }

  private static Optional<String> param(Map<String, List<String>> params, String name) {
    List<String> values = params.get(name);
    String v = values == null || values.isEmpty() ? null : values.get(0);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  private static OptionalLong size(Map<String, List<String>> params, String name) {
    Optional<String> v = param(params, name);
    if (v.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      long n = Long.parseLong(v.get());
      if (n < 0) {
        throw WebError.badRequest(name + " is a size in bytes");
      }
      return OptionalLong.of(n);
    } catch (NumberFormatException e) {
      throw WebError.badRequest(name + " is a size in bytes");
    }
  }

  private static Optional<Instant> date(Map<String, List<String>> params, String name) {
    Optional<String> v = param(params, name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.get()).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      throw WebError.badRequest(name + " is a date, yyyy-mm-dd");
    }
  }
}
