package org.okju.copies;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.okju.casefile.Batch;
import org.okju.casefile.CaseStore;
import org.okju.casefile.HashSets;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;
import org.okju.index.hashset.HashSetEntry;
import org.okju.index.hashset.HashSetFormat;
import org.okju.index.hashset.HashValue;
import org.okju.index.hashset.ParseProblem;
import org.okju.index.hashset.VpdqFeature;

/**
 * Imports a hash-set file into a case: streams its records through the format's reader, stores
 * every hash in chunks of {@link #CHUNK}, all in one transaction (a failed import leaves nothing
 * behind), counts malformed records (the first {@link #KEPT_PROBLEMS} are kept with their line
 * numbers) and logs a {@code hashset-imported} custody entry with the file's SHA-256 and the
 * counts. Not thread-safe.
 */
public final class HashSetImport {
  /** Hashes per stored chunk: big enough to amortise a commit, small enough to stay in memory. */
  public static final int CHUNK = 10_000;

  /** How many problems are kept (and logged) with their line numbers; all are counted. */
  public static final int KEPT_PROBLEMS = 20;

  /** The kinds of set an investigator imports. */
  public static final Set<String> KINDS = Set.of("known-bad", "ignorable");

  private final CaseStore store;

  public HashSetImport(CaseStore store) {
    this.store = store;
  }

  /**
   * What an import did.
   *
   * @param records records read (one file's hashes each)
   * @param hashes hashes stored (a record can hold MD5, SHA-1, SHA-256 and PDQ)
   * @param problems malformed records, all counted
   * @param firstProblems the first {@link #KEPT_PROBLEMS} of them, in file order
   */
  public record Result(
      HashSets.HashSet set,
      long records,
      long hashes,
      long problems,
      List<ParseProblem> firstProblems,
      Sha256 fileSha256) {}

  /**
   * Not one record of the file could be read in the format: nothing was stored and the name is
   * still free.
   */
  public static final class NothingImported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ParseProblem> firstProblems;

    NothingImported(Path file, String format, long problems, List<ParseProblem> firstProblems) {
      super(
          "nothing imported: "
              + file
              + " has no "
              + format
              + " record"
              + (problems > 0
                  ? " ("
                      + problems
                      + " malformed lines"
                      + firstProblems.stream()
                          .findFirst()
                          .map(p -> "; line " + p.line() + ": " + p.reason())
                          .orElse("")
                      + ")"
                  : " (no hash in it)")
              + "; no set was created");
      this.firstProblems = firstProblems;
    }

    /** The first malformed lines, with their numbers. */
    public List<ParseProblem> firstProblems() {
      return firstProblems;
    }
  }

  /**
   * Imports {@code file} as the set {@code name}.
   *
   * @throws IllegalArgumentException when the kind is unknown or the name is taken
   * @throws IOException when the file cannot be read (nothing is then stored)
   * @throws NothingImported when not one record could be read (nothing is stored)
   */
  public Result run(
      Path file, String name, String kind, HashSetFormat format, String user, String okjuVersion)
      throws IOException {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("a hash set is known-bad or ignorable, not " + kind);
    }
    if (store.hashSets().find(name).isPresent()) {
      throw new IllegalArgumentException("a hash set named '" + name + "' is already imported");
    }
    Sha256 sha = FileSha256.of(file);
    List<ParseProblem> first = new ArrayList<>();
    long[] problems = new long[1];
    long records = 0;
    long hashes = 0;
    // One transaction: a file that cannot be read to the end, a failed write or a killed process
    // leaves no set behind (the name stays free), however far the import got.
    try (Batch batch = store.batch();
        Stream<HashSetEntry> entries =
            format.read(
                file,
                p -> {
                  problems[0]++;
                  if (first.size() < KEPT_PROBLEMS) {
                    first.add(p);
                  }
                })) {
      long id =
          batch.hashSets().create(name, kind, format.name(), sha.toHex(), Instant.now(), user);
      List<HashSets.Entry> chunk = new ArrayList<>(CHUNK);
      for (HashSetEntry e : (Iterable<HashSetEntry>) entries::iterator) {
        records++;
        Optional<String> label = e.label().or(e::category);
        for (HashValue h : storedHashes(e)) {
          chunk.add(new HashSets.Entry(h.kind().name().toLowerCase(Locale.ROOT), h.toHex(), label));
          if (chunk.size() == CHUNK) {
            batch.hashSets().addEntries(id, chunk);
            hashes += chunk.size();
            chunk.clear();
          }
        }
      }
      if (!chunk.isEmpty()) {
        batch.hashSets().addEntries(id, chunk);
        hashes += chunk.size();
      }
      if (records == 0) {
        // Not one record read (the wrong format, an empty list): there is no set to keep.
        throw new NothingImported(file, format.name(), problems[0], List.copyOf(first));
      }
      batch.hashSets().finish(id, records, problems[0]);
      batch.commit();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    log(user, okjuVersion, name, kind, format, file, records, hashes, problems[0], first, sha);
    HashSets.HashSet set = store.hashSets().find(name).orElseThrow();
    return new Result(set, records, hashes, problems[0], List.copyOf(first), sha);
  }

  /**
   * What is stored of an entry: its hashes, and a video's distinct frame PDQs of quality at least
   * {@link HashSetMatcher#MIN_FRAME_QUALITY} (HMA's vPDQ matching drops the others too), which
   * match a catalogued video's frames as the PDQ-list form of the same video would.
   */
  static Set<HashValue> storedHashes(HashSetEntry e) {
    Set<HashValue> out = new LinkedHashSet<>(e.hashes());
    for (VpdqFeature f : e.video()) {
      if (f.quality() >= HashSetMatcher.MIN_FRAME_QUALITY) {
        out.add(f.pdq());
      }
    }
    return out;
  }

  private void log(
      String user,
      String okjuVersion,
      String name,
      String kind,
      HashSetFormat format,
      Path file,
      long records,
      long hashes,
      long problems,
      List<ParseProblem> first,
      Sha256 sha) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode params = mapper.createObjectNode();
    params.put("name", name);
    params.put("kind", kind);
    params.put("format", format.name());
    params.put("file", String.valueOf(file.getFileName()));
    params.put("records", records);
    params.put("hashes", hashes);
    params.put("problems", problems);
    ArrayNode lines = params.putArray("problemLines");
    first.forEach(p -> lines.add(p.line()));
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user,
                "hashset-imported",
                params.toString(),
                Map.of("hashset", sha),
                Map.of(),
                okjuVersion));
  }
}
