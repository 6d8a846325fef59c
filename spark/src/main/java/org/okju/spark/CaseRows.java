package org.okju.spark;

import static org.okju.spark.FingerprintRows.scalaList;
import static org.okju.spark.FingerprintRows.scalaMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.Digests;
import org.okju.casefile.Disclosure;
import org.okju.casefile.ErrorSeverity;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.Item;
import org.okju.casefile.ItemError;
import org.okju.casefile.ItemId;
import org.okju.casefile.Source;

/**
 * A case's catalogue as rows of {@link FingerprintSchema}: what {@code okju spark fingerprint}
 * writes for the same files (paths joined as {@link CaseMedia} joins them), plus each item's tape
 * and its relation in it. Names pass the case's privacy rule, as the report's and the other
 * exports' ({@code org.okju.report.Privacy}): a file the case marks sensitive (metadata {@value
 * #SENSITIVE_NAME}) is named {@code [name withheld: item N.ext]}, and the people the ledger
 * withholds appear by pseudonym in paths, metadata and messages. Reads the case once; not
 * thread-safe.
 */
final class CaseRows {
  /** Item metadata marking a file name that must not be printed (report's Privacy rule). */
  static final String SENSITIVE_NAME = "case.sensitive-name";

  private final CaseStore store;
  private final Disclosure disclosure;
  private final Map<Long, String[]> tapeOf = new HashMap<>();
  private final Map<Long, String> roots = new HashMap<>();
  private final Map<Long, String> paths = new HashMap<>();
  private final Map<Long, Integer> depths = new HashMap<>();
  private final Set<Long> sensitive = new HashSet<>();

  CaseRows(CaseStore store) {
    this.store = store;
    this.disclosure = Disclosure.of(store.ledger());
    for (Copies.Tape t : store.copies().tapes()) {
      for (Copies.Member m : t.members()) {
        tapeOf.put(m.item().value(), new String[] {t.id(), m.relation()});
      }
    }
    for (Source s : store.sources().all()) {
      roots.put(s.id().value(), disclosure.text(s.givenPath().display()));
    }
  }

  /** Every item's row, in item order (an archive before its members). */
  List<Row> all() {
    List<Item> items;
    try (Stream<Item> all = store.items().streamAll()) {
      items = all.toList();
    }
    List<Row> rows = new ArrayList<>(items.size());
    for (Item item : items) {
      if ("true".equals(store.metadata().of(item.id()).get(SENSITIVE_NAME))) {
        sensitive.add(item.id().value());
      }
      rows.add(row(item));
    }
    return rows;
  }

  private Row row(Item item) {
    long id = item.id().value();
    String relative = relativePath(item);
    String root = roots.get(item.source().value());
    String parent = item.parent().map(p -> paths.get(p.value())).orElse(null);
    String path = parent != null ? parent + "!/" + relative : CaseMedia.join(root, relative);
    paths.put(id, path);
    int depth = item.parent().map(p -> depths.getOrDefault(p.value(), 0) + 1).orElse(0);
    depths.put(id, depth);
    Digests d = item.digests();
    ImagePdq pdq = store.fingerprints().image(item.id()).orElse(null);
    List<ItemError> problems = store.itemErrors().of(item.id());
    String[] tape = tapeOf.get(id);
    return RowFactory.create(
        root,
        path,
        relative,
        parent,
        depth,
        item.size().isPresent() ? item.size().getAsLong() : null,
        item.times().modified().map(Object::toString).orElse(null),
        item.mediaType().orElse(null),
        item.extensionMismatch(),
        d.md5().map(h -> h.toHex()).orElse(null),
        d.sha1().map(h -> h.toHex()).orElse(null),
        d.sha256().map(h -> h.toHex()).orElse(null),
        pdq == null ? null : pdq.pdq().toHex(),
        pdq == null ? null : pdq.quality(),
        pdq == null ? null : scalaMap(FingerprintRows.dihedrals(pdq)),
        scalaList(FingerprintRows.frames(store.fingerprints().video(item.id()))),
        scalaList(FingerprintRows.views(store.copies().signals(item.id()))),
        FingerprintRows.metadataMap(metadata(item.id())),
        item.status().name().toLowerCase(Locale.ROOT),
        errors(problems),
        scalaList(problems(problems)),
        tape == null ? null : tape[0],
        tape == null ? null : tape[1]);
  }

  // The item's own path (a member's inside its archive), or its withheld form.
  private String relativePath(Item item) {
    if (sensitive.contains(item.id().value())) {
      return "[name withheld: item " + item.id().value() + extension(item) + "]";
    }
    return disclosure.text(item.path().display());
  }

  // The extension says what kind of file it was without naming anyone (report's Privacy).
  private static String extension(Item item) {
    String d = item.path().display();
    int slash = d.lastIndexOf('/');
    int dot = d.lastIndexOf('.');
    return dot > slash + 1 && d.length() - dot <= 6 ? d.substring(dot) : "";
  }

  private Map<String, String> metadata(ItemId item) {
    Map<String, String> out = new LinkedHashMap<>();
    store.metadata().of(item).forEach((k, v) -> out.put(k, disclosure.text(v)));
    return out;
  }

  private String errors(List<ItemError> problems) {
    String s =
        problems.stream()
            .filter(p -> p.severity() == ErrorSeverity.ERROR)
            .map(p -> p.stage() + "/" + p.kind() + ": " + disclosure.text(p.message()))
            .collect(Collectors.joining("; "));
    return s.isEmpty() ? null : s;
  }

  private List<Row> problems(List<ItemError> problems) {
    List<Row> out = new ArrayList<>(problems.size());
    for (ItemError p : problems) {
      out.add(
          RowFactory.create(
              p.stage(),
              p.kind(),
              p.severity().name().toLowerCase(Locale.ROOT),
              disclosure.text(p.message())));
    }
    return out;
  }
}
