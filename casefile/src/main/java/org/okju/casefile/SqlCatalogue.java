package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Catalogue} in SQL. Every sort is an indexed expression followed by the id (V75), and a
 * page continues with a row-value comparison against the previous page's last row, so the database
 * walks the index from there instead of counting rows to skip.
 */
final class SqlCatalogue implements Catalogue {
  private final Scope scope;
  private final FilterProbes probes;

  SqlCatalogue(Scope scope) {
    this.scope = scope;
    this.probes = new FilterProbes(scope);
  }

  private static String sortExpression(CatalogueQuery.Sort sort) {
    return switch (sort) {
      case ID -> "id";
      case PATH -> "path_display";
      case SIZE -> "COALESCE(size, -1)";
      case MODIFIED -> "COALESCE(modified_at, '')";
      case TYPE -> "COALESCE(media_type, '')";
    };
  }

  @Override
  public CataloguePage page(CatalogueQuery q) {
    Paged<Item> p = paged(q, SqlItems.COLUMNS, SqlItems::map);
    return new CataloguePage(p.rows(), p.next());
  }

  /** The columns a listing row reads (CatalogueRow); the path's display form is stored. */
  private static final String ROW_COLUMNS =
      "id, path_display, media_type, size, sha256, status, modified_at";

  @Override
  public CatalogueRows rows(CatalogueQuery q, String flagName) {
    Paged<CatalogueRow> p =
        paged(
            q,
            ROW_COLUMNS,
            r ->
                new CatalogueRow(
                    new ItemId(r.getLong("id")),
                    r.getString("path_display"),
                    Columns.text(r, "media_type"),
                    Columns.longValue(r, "size"),
                    Columns.text(r, "sha256"),
                    ItemStatus.ofCode(r.getString("status")),
                    Columns.time(r, "modified_at"),
                    Optional.empty()),
            (c, rows) -> withFlags(c, rows, flagName));
    return new CatalogueRows(p.rows(), p.next());
  }

  private static List<CatalogueRow> withFlags(
      java.sql.Connection c, List<CatalogueRow> rows, String flagName)
      throws java.sql.SQLException {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, String> flags = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT item_id, value FROM item_metadata WHERE name = ? AND item_id IN ("
                + placeholders(rows.size())
                + ")")) {
      s.setString(1, flagName);
      int i = 2;
      for (CatalogueRow row : rows) {
        s.setLong(i++, row.id().value());
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          flags.put(r.getLong(1), r.getString(2));
        }
      }
    }
    if (flags.isEmpty()) {
      return rows;
    }
    List<CatalogueRow> out = new ArrayList<>(rows.size());
    for (CatalogueRow x : rows) {
      out.add(
          new CatalogueRow(
              x.id(),
              x.path(),
              x.mediaType(),
              x.size(),
              x.sha256(),
              x.status(),
              x.modified(),
              Optional.ofNullable(flags.get(x.id().value()))));
    }
    return out;
  }

  /** A page's rows of either kind, and the cursor after them. */
  private record Paged<T>(List<T> rows, Optional<String> next) {}

  /** Reads one row of a page's result. */
  @FunctionalInterface
  private interface RowReader<T> {
    T read(ResultSet r) throws java.sql.SQLException;
  }

  /** Completes a page's rows on the connection that read them. */
  @FunctionalInterface
  private interface Completion<T> {
    List<T> complete(java.sql.Connection c, List<T> rows) throws java.sql.SQLException;
  }

  private <T> Paged<T> paged(CatalogueQuery q, String columns, RowReader<T> reader) {
    return paged(q, columns, reader, (c, rows) -> rows);
  }

  private <T> Paged<T> paged(
      CatalogueQuery q, String columns, RowReader<T> reader, Completion<T> completion) {
    // SQLite plans a filter with its own index and sorts all the matches (half a million images,
    // or every item whose status is ok, on a big case) before the first page. When the filter is
    // common, walking the sort's own index finds a page at once; when it is rare, its index is
    // best. A bounded probe decides (FilterProbes).
    boolean typeIndexed = true;
    boolean statusIndexed = true;
    if (scope.dialect == Dialect.SQLITE) {
      if (q.type().isPresent() && q.sort() != CatalogueQuery.Sort.TYPE) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        filters(q, scope.dialect, where, args, Indexed.PLAIN);
        List<Object> typeArgs =
            args.subList(0, (int) where.get(0).chars().filter(ch -> ch == '?').count());
        typeIndexed = !probes.common("item", where.get(0), typeArgs);
      }
      // The status index (status, id) serves the default order itself; in any other sort a
      // common status is tested on the rows the sort's index yields.
      if (q.status().isPresent() && q.sort() != CatalogueQuery.Sort.ID) {
        statusIndexed = !probes.common("item", "status = ?", List.of(q.status().get().code()));
      }
    }
    // A path text with few matches is looked up in the trigram index (V76) and its candidates
    // sorted; a common one is found at once by testing the rows of the sort's index.
    boolean pathIndexed = false;
    Optional<String> phrase = q.pathContains().flatMap(SqlCatalogue::trigramPhrase);
    if (scope.dialect == Dialect.SQLITE && phrase.isPresent()) {
      pathIndexed =
          !probes.common("item_path_text", "item_path_text MATCH ?", List.of(phrase.get()));
    }
    return page(
        q, new Indexed(typeIndexed, statusIndexed, pathIndexed), columns, reader, completion);
  }

  /**
   * Which filters a page's statement finds through their own index: the type and the status through
   * theirs (otherwise SQLite's unary + tests them on the rows of the sort's index), the path text
   * through the trigram index (SQLite; PostgreSQL's GIN index serves the LIKE itself).
   */
  record Indexed(boolean type, boolean status, boolean path) {
    /** Type and status through their indexes, the path text by scanning. */
    static final Indexed PLAIN = new Indexed(true, true, false);
  }

  /**
   * The FTS5 query for the items whose path holds {@code text}: one phrase of its trigrams (the
   * tokenizer folds case like the LIKE, and more). Empty when the trigram index cannot narrow: a
   * text under three characters has no trigram.
   */
  static Optional<String> trigramPhrase(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.codePointCount(0, lower.length()) < 3 || lower.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    return Optional.of('"' + lower.replace("\"", "\"\"") + '"');
  }

  /** A catalogue page's statement and its arguments. */
  record Select(String sql, List<Object> args) {}

  /**
   * The statement of a catalogue page: the filters, the keyset condition after the cursor, the
   * sort, one row more than the page (to know whether there is a next page).
   */
  static Select select(Dialect dialect, CatalogueQuery q, Indexed indexed) {
    return select(dialect, q, indexed, SqlItems.COLUMNS);
  }

  static Select select(Dialect dialect, CatalogueQuery q, Indexed indexed, String columns) {
    List<String> where = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    filters(q, dialect, where, args, indexed);
    String key = sortExpression(q.sort());
    String cmp = q.descending() ? "<" : ">";
    if (q.after().isPresent()) {
      CatalogueQuery.Cursor c = CatalogueQuery.Cursor.decode(q.after().get(), q.sort());
      Object k = q.sort() == CatalogueQuery.Sort.SIZE ? (Object) Long.parseLong(c.key()) : c.key();
      if (q.sort() == CatalogueQuery.Sort.ID) {
        where.add("id " + cmp + " ?");
        args.add(c.id());
      } else if (dialect == Dialect.SQLITE) {
        // SQLite searches an expression index (the sort keys are COALESCE(...)) only for a
        // comparison with the indexed expression itself: a row value (key, id) > (?, ?) made it
        // walk the index from its first entry, so each page cost as much as all pages before it
        // (seconds deep in a million rows, under load). The key's range bounds the search; the
        // rest breaks ties by id.
        where.add(key + " " + cmp + "= ? AND (" + key + " " + cmp + " ? OR id " + cmp + " ?)");
        args.add(k);
        args.add(k);
        args.add(c.id());
      } else {
        where.add("(" + key + ", id) " + cmp + " (?, ?)");
        args.add(k);
        args.add(c.id());
      }
    }
    String dir = q.descending() ? " DESC" : "";
    String sql =
        "SELECT "
            + columns
            + (q.sort() == CatalogueQuery.Sort.ID ? "" : ", " + key + " AS sort_key")
            + " FROM item"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + " ORDER BY "
            + (q.sort() == CatalogueQuery.Sort.ID ? "id" + dir : key + dir + ", id" + dir)
            + " LIMIT "
            + (q.limit() + 1);
    return new Select(sql, args);
  }

  private <T> Paged<T> page(
      CatalogueQuery q,
      Indexed indexed,
      String columns,
      RowReader<T> reader,
      Completion<T> completion) {
    Select select = select(scope.dialect, q, indexed, columns);
    String sql = select.sql();
    List<Object> args = select.args();
    return scope.read(
        "read catalogue page",
        c -> {
          List<T> items = new ArrayList<>();
          String lastKey = null;
          long lastId = 0;
          boolean more = false;
          try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
              s.setObject(i + 1, args.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                if (items.size() == q.limit()) {
                  more = true;
                  break;
                }
                items.add(reader.read(r));
                lastKey = q.sort() == CatalogueQuery.Sort.ID ? "" : r.getString("sort_key");
                lastId = r.getLong("id");
              }
            }
          }
          Optional<String> next =
              more
                  ? Optional.of(new CatalogueQuery.Cursor(q.sort(), lastKey, lastId).encode())
                  : Optional.empty();
          return new Paged<>(completion.complete(c, items), next);
        });
  }

  // The type filter comes first, so page() can probe it alone. Unindexed (SQLite's unary +), the
  // type or the status is tested on the rows the sort's index yields.
  private static void filters(
      CatalogueQuery q, Dialect dialect, List<String> where, List<Object> args, Indexed indexed) {
    q.type()
        .ifPresent(
            t -> {
              String type = t.toLowerCase(Locale.ROOT);
              String expr = (indexed.type() ? "" : "+") + "COALESCE(media_type, '')";
              if (type.contains("/")) {
                // Exactly the type, or the type with parameters ("text/plain; charset=…").
                where.add("(" + expr + " = ? OR (" + expr + " >= ? AND " + expr + " < ?))");
                args.add(type);
                args.add(type + ";");
                args.add(type + "<");
              } else if (dialect == Dialect.POSTGRESQL) {
                // A linguistic collation does not order '/' bytewise: LIKE is exact there.
                where.add(expr + " LIKE ? ESCAPE '\\'");
                args.add(escapeLike(type) + "/%");
              } else {
                // SQLite compares bytewise; a range (unlike LIKE) uses the index.
                where.add("(" + expr + " >= ? AND " + expr + " < ?)");
                args.add(type + "/");
                args.add(type + "0");
              }
            });
    q.status()
        .ifPresent(
            st -> {
              where.add((indexed.status() ? "" : "+") + "status = ?");
              args.add(st.code());
            });
    q.minSize()
        .ifPresent(
            n -> {
              where.add("COALESCE(size, -1) >= ?");
              args.add(n);
            });
    q.maxSize()
        .ifPresent(
            n -> {
              where.add("COALESCE(size, -1) <= ?");
              args.add(n);
            });
    q.modifiedFrom()
        .ifPresent(
            t -> {
              where.add("COALESCE(modified_at, '') >= ?");
              args.add(StoredTime.format(t));
            });
    q.modifiedBefore()
        .ifPresent(
            t -> {
              where.add("COALESCE(modified_at, '') < ?");
              args.add(StoredTime.format(t));
            });
    q.tape()
        .ifPresent(
            t -> {
              where.add("id IN (SELECT item_id FROM tape_member WHERE tape_id = ?)");
              args.add(t);
            });
    q.hashSet()
        .ifPresent(
            h -> {
              if (h.equals("*")) {
                where.add("id IN (SELECT item_id FROM hash_set_match)");
              } else {
                where.add(
                    "id IN (SELECT m.item_id FROM hash_set_match m JOIN hash_set s"
                        + " ON s.id = m.hash_set_id WHERE s.name = ?)");
                args.add(h);
              }
            });
    q.pathContains()
        .ifPresent(
            p -> {
              if (indexed.path()) {
                // The trigram index narrows to candidates; the LIKE below decides, as without it.
                where.add("id IN (SELECT rowid FROM item_path_text WHERE item_path_text MATCH ?)");
                args.add(trigramPhrase(p).orElseThrow());
              }
              where.add("LOWER(path_display) LIKE ? ESCAPE '\\'");
              args.add("%" + escapeLike(p.toLowerCase(Locale.ROOT)) + "%");
            });
    q.hashPrefix()
        .ifPresent(
            h -> {
              // Ranges, not LIKE, so the digest indexes serve them on both databases.
              where.add(
                  "((md5 >= ? AND md5 < ?) OR (sha1 >= ? AND sha1 < ?)"
                      + " OR (sha256 >= ? AND sha256 < ?))");
              for (int i = 0; i < 3; i++) {
                args.add(h);
                args.add(h + "g");
              }
            });
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public Map<String, Long> countsByType() {
    return counts(
        "count items by type",
        "SELECT COALESCE(media_type, ''), COUNT(*) FROM item"
            + " GROUP BY COALESCE(media_type, '') ORDER BY 1");
  }

  @Override
  public Map<String, Long> countsByStatus() {
    return counts(
        "count items by status", "SELECT status, COUNT(*) FROM item GROUP BY status ORDER BY 1");
  }

  private Map<String, Long> counts(String operation, String sql) {
    return scope.read(
        operation,
        c -> {
          Map<String, Long> out = new LinkedHashMap<>();
          try (PreparedStatement s = c.prepareStatement(sql);
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              out.put(r.getString(1), r.getLong(2));
            }
          }
          return out;
        });
  }

  @Override
  public Map<ItemId, Membership> memberships(Collection<ItemId> items) {
    Map<ItemId, Membership> out = new HashMap<>();
    if (items.isEmpty()) {
      return out;
    }
    return scope.read(
        "read tape memberships",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT item_id, tape_id, relation, evidence FROM tape_member WHERE item_id IN ("
                      + placeholders(items.size())
                      + ") ORDER BY tape_id")) {
            int i = 1;
            for (ItemId id : items) {
              s.setLong(i++, id.value());
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.putIfAbsent(
                    new ItemId(r.getLong(1)),
                    new Membership(r.getString(2), r.getString(3), r.getString(4)));
              }
            }
          }
          return out;
        });
  }

  // The item with its flag, PDQ, frame count and first tape (by tape id) in one statement, each a
  // lookup by the item's id; one statement per item request, where the separate reads took five
  // trips to the pool.
  private static final String CARD =
      "SELECT "
          + SqlItems.COLUMNS
          + ", (SELECT value FROM item_metadata m WHERE m.item_id = item.id AND m.name = ?)"
          + " AS card_flag, p.pdq AS card_pdq, p.quality AS card_quality,"
          + " (SELECT COUNT(*) FROM video_frame v WHERE v.item_id = item.id) AS card_frames,"
          + " t.tape_id AS card_tape, t.relation AS card_relation, t.evidence AS card_evidence"
          + " FROM item LEFT JOIN image_pdq p ON p.item_id = item.id"
          + " LEFT JOIN tape_member t ON t.item_id = item.id AND t.tape_id ="
          + " (SELECT MIN(f.tape_id) FROM tape_member f WHERE f.item_id = item.id)"
          + " WHERE item.id = ?";

  @Override
  public Optional<ItemCard> card(ItemId item, String flagName) {
    return scope.read(
        "read item card",
        c -> {
          try (PreparedStatement s = c.prepareStatement(CARD)) {
            s.setString(1, flagName);
            s.setLong(2, item.value());
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.<ItemCard>empty();
              }
              Item found = SqlItems.map(r);
              Optional<String> flag = Columns.text(r, "card_flag");
              int quality = r.getInt("card_quality");
              Optional<ImagePdq> pdq =
                  Columns.text(r, "card_pdq")
                      .map(h -> new ImagePdq(PdqHex.parse(h), quality, Map.of()));
              int frames = r.getInt("card_frames");
              String tapeId = r.getString("card_tape");
              Optional<Membership> tape =
                  tapeId == null
                      ? Optional.empty()
                      : Optional.of(
                          new Membership(
                              tapeId, r.getString("card_relation"), r.getString("card_evidence")));
              return Optional.of(new ItemCard(found, flag, pdq, frames, tape));
            }
          }
        });
  }

  @Override
  public Map<ItemId, String> metadataValue(String name, Collection<ItemId> items) {
    Map<ItemId, String> out = new HashMap<>();
    if (items.isEmpty()) {
      return out;
    }
    return scope.read(
        "read metadata of items",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT item_id, value FROM item_metadata WHERE name = ? AND item_id IN ("
                      + placeholders(items.size())
                      + ")")) {
            s.setString(1, name);
            int i = 2;
            for (ItemId id : items) {
              s.setLong(i++, id.value());
            }
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.put(new ItemId(r.getLong(1)), r.getString(2));
              }
            }
          }
          return out;
        });
  }

  @Override
  public List<HashSets.Match> matchesOf(ItemId item) {
    return scope.read(
        "read matches of item",
        c -> {
          List<HashSets.Match> out = new ArrayList<>();
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT hash_set_id, hash_kind, hash, distance FROM hash_set_match"
                      + " WHERE item_id = ? ORDER BY hash_set_id, hash_kind, hash")) {
            s.setLong(1, item.value());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(
                    new HashSets.Match(
                        item, r.getLong(1), r.getString(2), r.getString(3), r.getInt(4)));
              }
            }
          }
          return out;
        });
  }

  private static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }
}
