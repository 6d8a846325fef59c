package org.okju.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CatalogueManifest;
import org.okju.casefile.ChainReport;
import org.okju.casefile.CustodyEntry;
import org.okju.casefile.Item;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;
import org.okju.casefile.Source;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceMetadata;
import org.okju.evidence.EvidenceReader;
import org.okju.evidence.image.DiskImage;
import org.okju.evidence.image.ImageFormat;
import org.okju.evidence.image.MediaDigest;
import org.okju.evidence.posix.ReadOnlyFiles;

/**
 * Re-checks a case: the custody chain ({@code verifyChain}), each source's manifest recomputed from
 * the catalogue against the one stored with the source and the one in the custody entry that
 * recorded the ingest, and the evidence files still reachable re-hashed through the evidence layer
 * (read-only, access times untouched: {@link EvidenceReader}) against the catalogue. Thread-safe
 * when the store is.
 */
public final class CaseVerifier {
  /** The custody action of a finished ingest; its {@code outputs.manifest} is the manifest. */
  static final String SOURCE_INGESTED = "source-ingested";

  /** The custody action this verifier appends. */
  public static final String CASE_VERIFIED = "case-verified";

  private static final int MAX_LISTED = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseStore store;

  /** A verifier of the case in {@code store}. */
  public CaseVerifier(CaseStore store) {
    this.store = store;
  }

  /** Checks everything and changes nothing (the report calls this). */
  public Verification check() {
    ChainReport chain = store.custody().verifyChain();
    Map<Long, Sha256> logged = loggedManifests();
    List<SourceCheck> sources = new ArrayList<>();
    EvidenceTally tally = new EvidenceTally();
    for (Source source : store.sources().all()) {
      sources.add(
          new SourceCheck(
              source.id(),
              source.givenPath().display(),
              store.items().count(source.id()),
              CatalogueManifest.compute(store.items(), source.id()),
              source.manifest(),
              Optional.ofNullable(logged.get(source.id().value()))));
      Optional<ImageFormat> image = ImageSources.format(source);
      if (image.isPresent()) {
        tally.checkImage(store, source, image.get());
        continue;
      }
      try (Stream<Item> items = store.items().stream(source.id())) {
        items.forEach(item -> tally.check(source, item));
      }
    }
    return new Verification(chain, sources, tally.result());
  }

  /**
   * Checks everything, then appends a {@value #CASE_VERIFIED} custody entry with the outcome.
   *
   * @param user who asked
   * @param okjuVersion the running version
   */
  public Verification checkAndLog(String user, String okjuVersion) {
    Verification v = check();
    ObjectNode p = JSON.createObjectNode();
    p.put("holds", v.holds());
    p.put("chainIntact", v.chain().intact());
    p.put("chainEntries", v.chain().entries());
    p.put("chainBreaks", v.chain().breaks().size());
    p.put("sourcesChecked", v.sources().size());
    p.put("sourcesHolding", v.sources().stream().filter(SourceCheck::holds).count());
    p.put("filesRehashed", v.evidence().checked());
    p.put("filesChanged", v.evidence().changed().size());
    p.put("filesUnreachable", v.evidence().unreachable().size());
    Map<String, Sha256> inputs = new TreeMap<>();
    v.chain().head().ifPresent(h -> inputs.put("custody-head", h.hash()));
    for (SourceCheck s : v.sources()) {
      inputs.put("manifest-source-" + s.source().value(), s.recomputed());
    }
    store
        .custody()
        .append(
            NewCustodyEntry.of(user, CASE_VERIFIED, p.toString(), inputs, Map.of(), okjuVersion));
    return v;
  }

  /** The manifest each finished ingest logged, by source number (the last entry wins). */
  private Map<Long, Sha256> loggedManifests() {
    Map<Long, Sha256> out = new HashMap<>();
    try (Stream<CustodyEntry> entries = store.custody().stream()) {
      entries
          .filter(e -> e.action().equals(SOURCE_INGESTED) && e.outputs().containsKey("manifest"))
          .forEach(e -> sourceOf(e).ifPresent(id -> out.put(id, e.outputs().get("manifest"))));
    } catch (RuntimeException e) {
      // A log tampered into unparsable rows: verifyChain reports it; no manifest is trusted.
      return Map.of();
    }
    return out;
  }

  private static Optional<Long> sourceOf(CustodyEntry e) {
    try {
      JsonNode source = JSON.readTree(e.parametersJson()).get("source");
      return source != null && source.canConvertToLong()
          ? Optional.of(source.asLong())
          : Optional.empty();
    } catch (IOException ex) {
      return Optional.empty();
    }
  }

  /** Re-hashes the files of the sources one by one and counts. */
  private static final class EvidenceTally {
    // Its own reader, so that its count of reads without O_NOATIME is this check's.
    final ReadOnlyFiles files = new ReadOnlyFiles();
    final EvidenceReader reader = new EvidenceReader(files);
    long checked;
    long matched;
    long members;
    long notHashed;
    final List<EvidenceCheck.ChangedFile> changed = new ArrayList<>();
    final List<EvidenceCheck.UnreachableFile> unreachable = new ArrayList<>();

    void check(Source source, Item item) {
      if (item.parent().isPresent()) {
        members++;
        return;
      }
      if (item.digests().sha256().isEmpty()) {
        notHashed++;
        return;
      }
      Sha256 catalogued = item.digests().sha256().get();
      try {
        EvidenceReader.Digest d = reader.sha256(ItemEvidence.folderFile(source, item));
        checked++;
        Sha256 found = Sha256.of(d.sha256());
        if (found.equals(catalogued)) {
          matched++;
        } else {
          changed.add(
              new EvidenceCheck.ChangedFile(item.id(), item.path().display(), catalogued, found));
        }
      } catch (IOException e) {
        if (unreachable.size() < MAX_LISTED) {
          unreachable.add(
              new EvidenceCheck.UnreachableFile(item.id(), item.path().display(), reason(e)));
        }
      }
    }

    /**
     * A disk image's items are checked through the image: its media is read and hashed again and
     * compared with what ingest recorded; every file in it is a function of those bytes, so it is
     * counted with the members checked through their container.
     */
    void checkImage(CaseStore store, Source source, ImageFormat format) {
      Optional<Item> imageItem = ImageSources.imageItem(store, source);
      long contents = store.items().count(source.id()) - (imageItem.isPresent() ? 1 : 0);
      members += contents;
      if (imageItem.isEmpty()) {
        return;
      }
      Item item = imageItem.get();
      Optional<Sha256> catalogued =
          Optional.ofNullable(store.metadata().of(item.id()).get(EvidenceMetadata.IMAGE_SHA256))
              .map(Sha256::parse);
      if (catalogued.isEmpty()) {
        notHashed++;
        return;
      }
      try {
        MediaDigest d = DiskImage.digestOnly(files, source.givenPath().bytes(), format, n -> {});
        if (d.sha256().isEmpty()) {
          unreachable.add(
              new EvidenceCheck.UnreachableFile(item.id(), item.path().display(), "unreadable"));
          return;
        }
        checked++;
        Sha256 found = Sha256.parse(d.sha256().get());
        if (found.equals(catalogued.get())) {
          matched++;
        } else {
          changed.add(
              new EvidenceCheck.ChangedFile(
                  item.id(), item.path().display(), catalogued.get(), found));
        }
      } catch (IOException e) {
        unreachable.add(
            new EvidenceCheck.UnreachableFile(item.id(), item.path().display(), reason(e)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        unreachable.add(
            new EvidenceCheck.UnreachableFile(item.id(), item.path().display(), "interrupted"));
      }
    }

    EvidenceCheck result() {
      return new EvidenceCheck(
          checked, matched, changed, unreachable, members, notHashed, reader.atimeNotPreserved());
    }
  }

  // The words verify has always reported: not_found (gone since ingest), or unreadable.
  private static String reason(IOException e) {
    return e instanceof EvidenceException x && EvidenceReader.gone(x) ? "not_found" : "unreadable";
  }
}
