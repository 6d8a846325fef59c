package org.okju.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Item;
import org.okju.casefile.ItemError;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.Md5;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;
import org.okju.casefile.SourceId;

/**
 * Reads a source's finished catalogue back once: the manifest hash, counts, and the problems.
 *
 * <p><b>Manifest form</b> (version 1): SHA-256 over one line per item, in this order: each level's
 * items sorted by the unsigned bytes of their paths, then the members of each archive of that
 * level, in the same order, recursively (so it does not depend on the order ingest wrote them,
 * which parallel workers and resumed runs change):
 *
 * <pre>depth TAB path-as-lower-hex TAB size TAB md5 TAB sha1 TAB sha256 TAB modified LF</pre>
 *
 * where depth is 0 for a file of the source and n for a member nested in n archives, and an unknown
 * value is {@code -}. The database does the sorting, so memory stays bounded.
 */
final class CatalogueAudit {
  private static final int MAX_PROBLEM_LINES = 50;

  private final CaseStore store;
  private final SourceId source;
  private final MessageDigest manifest;
  private long items;
  private long bytes;
  private long mismatches;
  private long problemCount;
  private final Map<String, Long> byStatus = new TreeMap<>();
  private final Map<String, Long> byKind = new TreeMap<>();
  private final List<IngestSummary.ProblemLine> problems = new ArrayList<>();

  CatalogueAudit(CaseStore store, SourceId source) {
    this.store = store;
    this.source = source;
    try {
      this.manifest = MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Walks the catalogue; call once. */
  CatalogueAudit run() {
    level(Optional.empty(), 0, "");
    return this;
  }

  private void level(Optional<ItemId> parent, int depth, String prefix) {
    List<Item> containers = new ArrayList<>();
    List<String> containerPaths = new ArrayList<>();
    try (Stream<Item> children = store.items().children(source, parent)) {
      children.forEach(
          item -> {
            String display = prefix + item.path().display();
            visit(item, depth, display);
            // Members follow their archive in the manifest; gather archives, recurse after.
            if (item.mediaType().map(ArchiveStage::isArchive).orElse(false)) {
              containers.add(item);
              containerPaths.add(display);
            }
          });
    }
    // Recursing inside the stream would hold one connection per level; archives are few.
    for (int i = 0; i < containers.size(); i++) {
      nested(containers.get(i), depth, containerPaths.get(i));
    }
  }

  private void nested(Item archive, int depth, String display) {
    level(Optional.of(archive.id()), depth + 1, display + "!/");
  }

  private void visit(Item item, int depth, String display) {
    items++;
    item.size().ifPresent(s -> bytes += item.digests().sha256().isPresent() ? s : 0);
    if (item.extensionMismatch()) {
      mismatches++;
    }
    byStatus.merge(item.status().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
    byKind.merge(MediaKinds.kind(item.mediaType().orElse("")), 1L, Long::sum);
    String line =
        depth
            + "\t"
            + hex(item.path().bytes())
            + "\t"
            + (item.size().isPresent() ? Long.toString(item.size().getAsLong()) : "-")
            + "\t"
            + item.digests().md5().map(Md5::toHex).orElse("-")
            + "\t"
            + item.digests().sha1().map(Sha1::toHex).orElse("-")
            + "\t"
            + item.digests().sha256().map(Sha256::toHex).orElse("-")
            + "\t"
            + item.times().modified().map(Object::toString).orElse("-")
            + "\n";
    manifest.update(line.getBytes(StandardCharsets.UTF_8));
    if (item.status() != ItemStatus.OK) {
      for (ItemError e : store.itemErrors().of(item.id())) {
        problemCount++;
        if (problems.size() < MAX_PROBLEM_LINES) {
          problems.add(
              new IngestSummary.ProblemLine(
                  display,
                  e.stage(),
                  e.kind(),
                  e.severity().name().toLowerCase(java.util.Locale.ROOT),
                  e.message()));
        }
      }
    }
  }

  private static String hex(byte[] b) {
    StringBuilder s = new StringBuilder(b.length * 2);
    for (byte x : b) {
      s.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
    }
    return s.toString();
  }

  Sha256 manifest() {
    return Sha256.of(manifest.digest());
  }

  long items() {
    return items;
  }

  long bytes() {
    return bytes;
  }

  long mismatches() {
    return mismatches;
  }

  long problemCount() {
    return problemCount;
  }

  Map<String, Long> byStatus() {
    return byStatus;
  }

  Map<String, Long> byKind() {
    return byKind;
  }

  List<IngestSummary.ProblemLine> problems() {
    return problems;
  }

  boolean allOk() {
    return byStatus.keySet().stream().allMatch(s -> s.equals("ok"));
  }
}
