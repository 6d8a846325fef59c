package org.okju.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ItemPath;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;
import org.okju.casefile.SourceId;
import org.okju.evidence.image.DiskImage;
import org.okju.evidence.image.MediaDigest;

/** The custody entries of an ingest: one when it starts (or resumes), one when it finishes. */
final class Custody {
  private final CaseStore store;
  private final IngestSettings settings;
  private final ObjectMapper json = new ObjectMapper();

  Custody(CaseStore store, IngestSettings settings) {
    this.store = store;
    this.settings = settings;
  }

  void started(SourceId id, ItemPath given, boolean resuming) {
    ObjectNode p = base(id, given);
    p.put("resumed", resuming);
    p.put("fingerprints", settings.fingerprints());
    p.put("videoSecondsPerHash", settings.videoSecondsPerHash());
    append(resuming ? "ingest-resumed" : "ingest-started", p, Map.of());
  }

  void finished(SourceId id, ItemPath given, IngestSummary s) {
    ObjectNode p = base(id, given);
    p.put("status", s.status().name().toLowerCase(java.util.Locale.ROOT));
    p.put("items", s.items());
    p.put("bytes", s.bytes());
    p.put("problems", s.problemCount());
    p.put("resumedDone", s.resumedDone());
    p.put("atimeNotPreserved", s.atimeNotPreserved());
    append("source-ingested", p, Map.of("manifest", Sha256.parse(s.manifestSha256())));
  }

  /**
   * The image's own record: its media's hashes from the one pass, the hashes its acquisition stored
   * and whether they agree ({@code ewfverify}'s verdict), its segments and notes.
   */
  void imageRead(SourceId id, ItemPath given, DiskImage image, MediaDigest d) {
    ObjectNode p = base(id, given);
    p.put("format", image.format().word());
    p.put("segments", image.segments().size());
    p.put("mediaBytes", image.size());
    p.put("bytesRead", d.bytes());
    d.md5().ifPresent(v -> p.put("md5", v));
    d.sha1().ifPresent(v -> p.put("sha1", v));
    d.sha256().ifPresent(v -> p.put("sha256", v));
    d.storedMd5().ifPresent(v -> p.put("storedMd5", v));
    d.storedSha1().ifPresent(v -> p.put("storedSha1", v));
    p.put("verified", d.verified());
    p.put("damagedChunks", d.damage().size());
    d.failure().ifPresent(v -> p.put("failure", v));
    ObjectNode notes = p.putObject("notes");
    image.notes().forEach(notes::put);
    p.put("toolsKeepAccessTime", image.toolsKeepAccessTime());
    // A reviewer must know when unallocated space was not searched for deleted files.
    p.put("carved", settings.carving());
    Map<String, Sha256> outputs =
        d.sha256().map(h -> Map.of("media", Sha256.parse(h))).orElse(Map.of());
    append(d.verified() ? "image-verified" : "image-not-verified", p, outputs);
  }

  private ObjectNode base(SourceId id, ItemPath given) {
    ObjectNode p = json.createObjectNode();
    p.put("source", id.value());
    p.put("path", given.display());
    p.put("commandLine", settings.commandLine());
    return p;
  }

  private void append(String action, ObjectNode parameters, Map<String, Sha256> outputs) {
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                settings.user(),
                action,
                parameters.toString(),
                Map.of(),
                outputs,
                settings.okjuVersion()));
  }
}
