package org.okju.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CatalogueManifest;
import org.okju.casefile.Item;
import org.okju.casefile.ItemError;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.Sha256;
import org.okju.casefile.SourceId;

/**
 * Reads a source's finished catalogue back once, in manifest order ({@link CatalogueManifest}): the
 * manifest hash, counts, and the problems.
 */
final class CatalogueAudit {
  private static final int MAX_PROBLEM_LINES = 50;

  private final CaseStore store;
  private final SourceId source;
  private Sha256 manifest;
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
  }

  /** Walks the catalogue; call once. */
  CatalogueAudit run() {
    manifest = CatalogueManifest.compute(store.items(), source, this::visit);
    return this;
  }

  private void visit(Item item, int depth, String display) {
    items++;
    item.size().ifPresent(s -> bytes += item.digests().sha256().isPresent() ? s : 0);
    if (item.extensionMismatch()) {
      mismatches++;
    }
    byStatus.merge(item.status().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
    byKind.merge(MediaKinds.kind(item.mediaType().orElse("")), 1L, Long::sum);
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

  Sha256 manifest() {
    return manifest;
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
