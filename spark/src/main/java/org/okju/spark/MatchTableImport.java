package org.okju.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.okju.casefile.Batch;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.HashSets;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;

/**
 * {@code okju import parquet}: brings a table of {@code okju spark match} into a case. The table
 * becomes one hash set of the case (format {@value #FORMAT}, its identity the table's SHA-256): its
 * entries are the hashes the case's files matched on the other side, labelled with what the other
 * side was (the partner's set and label, or the file, its tape in its own case), and each match of
 * a case file is a hash-set match with its distance. Which side is the case's is read from the
 * SHA-256s: a query file of this case matched a reference (a hash set, another case's tape); or a
 * file of this case was the reference a query (a crawl) matched, and the entry is then the query's
 * hash labelled {@code found at PATH}. Rows about neither side's files are counted, not stored.
 *
 * <p>One transaction: a killed import leaves nothing, and the name stays free. Importing the same
 * table again changes nothing (it is known by its SHA-256); a rerun after a kill that came between
 * the commit and the custody entry writes the missing entry. Not thread-safe.
 */
final class MatchTableImport {
  /** The hash-set format name of an imported match table. */
  static final String FORMAT = "okju-spark-match";

  /** The custody action of an import. */
  static final String IMPORTED = "parquet-imported";

  /** How many bad rows are kept for the report and the custody log; all are counted. */
  static final int KEPT_PROBLEMS = 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What an import did.
   *
   * @param set the case's hash set of this table
   * @param alreadyImported whether the table was imported before (nothing changed then)
   * @param rows rows read
   * @param matches matches of the case's files stored (after merging duplicates)
   * @param entries distinct hashes stored as the set's entries
   * @param outside good rows about no file of this case
   * @param problems bad rows, all counted
   * @param firstProblems the first {@link #KEPT_PROBLEMS} of them
   * @param tableSha256 the table's identity
   */
  record Result(
      HashSets.HashSet set,
      boolean alreadyImported,
      long rows,
      long matches,
      long entries,
      long outside,
      long problems,
      List<BadMatchRow> firstProblems,
      Sha256 tableSha256) {}

  private final CaseStore store;

  MatchTableImport(CaseStore store) {
    this.store = store;
  }

  /**
   * Imports {@code table} as the set {@code name} of {@code kind}.
   *
   * @throws IllegalArgumentException when the name is taken by another set
   * @throws MatchTableException when the table cannot be read (nothing is stored)
   */
  Result run(MatchTable table, String name, String kind, String user, String okjuVersion)
      throws IOException {
    Sha256 sha = table.sha256();
    Optional<HashSets.HashSet> before =
        store.hashSets().list().stream()
            .filter(s -> s.format().equals(FORMAT) && s.fileSha256().equals(sha.toHex()))
            .findFirst();
    if (before.isPresent()) {
      HashSets.HashSet set = before.get();
      if (!logged(sha)) {
        log(set, table, sha, -1, -1, -1, -1, -1, List.of(), user, okjuVersion);
      }
      return new Result(set, true, 0, 0, 0, 0, 0, List.of(), sha);
    }
    if (store.hashSets().find(name).isPresent()) {
      throw new IllegalArgumentException("a hash set named '" + name + "' is already imported");
    }
    Map<String, List<ItemId>> bySha256 = itemsBySha256();
    Map<String, HashSets.Entry> entries = new LinkedHashMap<>();
    Map<String, HashSets.Match> matches = new LinkedHashMap<>();
    List<BadMatchRow> first = new ArrayList<>();
    long[] counts = new long[3]; // rows, problems, outside
    List<MatchTable.Pair> pairs = new ArrayList<>();
    table.read(
        p -> {
          counts[0]++;
          pairs.add(p);
        },
        bad -> {
          counts[0]++;
          counts[1]++;
          if (first.size() < KEPT_PROBLEMS) {
            first.add(bad);
          }
        });
    List<Pending> pending = new ArrayList<>();
    for (MatchTable.Pair p : pairs) {
      List<ItemId> asQuery = bySha256.getOrDefault(p.querySha256(), List.of());
      List<ItemId> asReference =
          p.referenceSet() == null
              ? bySha256.getOrDefault(p.referenceSha256(), List.of())
              : List.of();
      if (!asQuery.isEmpty()) {
        HashSets.Entry e = new HashSets.Entry(p.match(), p.referenceHash(), Optional.of(other(p)));
        entries.putIfAbsent(key(e), e);
        asQuery.forEach(i -> pending.add(new Pending(i, e, p.distance())));
      } else if (!asReference.isEmpty()) {
        HashSets.Entry e =
            new HashSets.Entry(p.match(), p.queryHash(), Optional.of("found at " + p.queryPath()));
        entries.putIfAbsent(key(e), e);
        asReference.forEach(i -> pending.add(new Pending(i, e, p.distance())));
      } else {
        counts[2]++;
      }
    }
    HashSets.HashSet set;
    try (Batch batch = store.batch()) {
      long id = batch.hashSets().create(name, kind, FORMAT, sha.toHex(), Instant.now(), user);
      List<HashSets.Entry> all = new ArrayList<>(entries.values());
      for (int from = 0; from < all.size(); from += 10_000) {
        batch.hashSets().addEntries(id, all.subList(from, Math.min(all.size(), from + 10_000)));
      }
      for (Pending p : pending) {
        HashSets.Match m =
            new HashSets.Match(p.item(), id, p.entry().hashKind(), p.entry().hash(), p.distance());
        String k = p.item().value() + " " + key(p.entry());
        matches.merge(k, m, (a, b) -> b.distance() < a.distance() ? b : a);
      }
      List<HashSets.Match> kept = new ArrayList<>(batch.hashSets().matches());
      kept.addAll(matches.values());
      batch.hashSets().replaceMatches(kept);
      batch.hashSets().finish(id, counts[0] - counts[1], counts[1]);
      batch.commit();
    }
    set = store.hashSets().find(name).orElseThrow();
    log(
        set,
        table,
        sha,
        counts[0],
        matches.size(),
        entries.size(),
        counts[2],
        counts[1],
        first,
        user,
        okjuVersion);
    return new Result(
        set,
        false,
        counts[0],
        matches.size(),
        entries.size(),
        counts[2],
        counts[1],
        List.copyOf(first),
        sha);
  }

  private record Pending(ItemId item, HashSets.Entry entry, int distance) {}

  private static String key(HashSets.Entry e) {
    return e.hashKind() + ":" + e.hash();
  }

  // What the other side of a pair was: the partner's set and label, or a file with its tape.
  private static String other(MatchTable.Pair p) {
    StringJoiner j = new StringJoiner("; ");
    if (p.referenceSet() != null) {
      j.add("set " + p.referenceSet());
    }
    if (p.referenceLabel() != null) {
      j.add(p.referenceLabel());
    }
    if (p.tape() != null) {
      j.add("tape " + p.tape());
    }
    if (p.referencePath() != null) {
      j.add(p.referencePath());
    }
    return j.toString();
  }

  private Map<String, List<ItemId>> itemsBySha256() {
    Map<String, List<ItemId>> out = new HashMap<>();
    try (Stream<Item> items = store.items().streamAll()) {
      items.forEach(
          i ->
              i.digests()
                  .sha256()
                  .ifPresent(
                      h -> out.computeIfAbsent(h.toHex(), k -> new ArrayList<>()).add(i.id())));
    }
    return out;
  }

  private boolean logged(Sha256 sha) {
    try (Stream<CustodyEntry> all = store.custody().stream()) {
      return all.anyMatch(e -> e.action().equals(IMPORTED) && sha.equals(e.inputs().get("table")));
    }
  }

  private void log(
      HashSets.HashSet set,
      MatchTable table,
      Sha256 sha,
      long rows,
      long matches,
      long entries,
      long outside,
      long problems,
      List<BadMatchRow> first,
      String user,
      String okjuVersion)
      throws IOException {
    ObjectNode p = JSON.createObjectNode();
    p.put("format", "parquet");
    p.put("table", table.dir().toString());
    p.put("hash_set", set.name());
    p.put("hash_set_id", set.id());
    if (rows >= 0) {
      p.put("rows", rows);
      p.put("matches", matches);
      p.put("entries", entries);
      p.put("outside_case", outside);
      p.put("bad_rows", problems);
      var list = p.putArray("first_bad_rows");
      first.forEach(b -> list.add(b.toString()));
    } else {
      p.put("recovered", "the import was committed, this entry was written on a later run");
    }
    Map<String, Sha256> inputs = new TreeMap<>();
    inputs.put("table", sha);
    for (var f : table.files()) {
      inputs.put(f.getFileName().toString(), CaseParquetExport.sha256(f));
    }
    store
        .custody()
        .append(NewCustodyEntry.of(user, IMPORTED, p.toString(), inputs, Map.of(), okjuVersion));
  }
}
