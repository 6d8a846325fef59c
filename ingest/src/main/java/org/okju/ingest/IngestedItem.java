package org.okju.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.okju.casefile.Copies;
import org.okju.casefile.Digests;
import org.okju.casefile.FileTimes;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.ItemPath;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.VideoFrame;

/**
 * What ingest found about one item, outside a case: the values {@code okju ingest} writes into the
 * catalogue row, the fingerprint tables and {@code item_error}, for a run that writes elsewhere
 * (Spark's Parquet). Immutable.
 *
 * @param path the path inside the source, or inside its archive for a member
 * @param displayPath the full path for people: a member shows as {@code archive.zip!/member}
 * @param parentDisplayPath the archive's display path, for a member
 * @param depth how many archives it is nested in (0 for a file of the source)
 * @param size bytes read, or the listed size when it could not be read; -1 when unknown
 * @param times the timestamps the filesystem or archive gave
 * @param mediaType the media type detected from content, once read
 * @param extensionMismatch whether the name's extension contradicts the content
 * @param digests MD5, SHA-1 and SHA-256 from the one read (empty when not read)
 * @param pdq an image's PDQ, quality and dihedral hashes
 * @param frames a video's vPDQ frame hashes
 * @param copySignals okju's copy views of the image or of the video's hashed frames
 * @param metadata EXIF, video and document metadata by their dotted names
 * @param problems what went wrong or deserves a look, in the order found
 * @param status the outcome, as the catalogue records it
 */
public record IngestedItem(
    ItemPath path,
    String displayPath,
    Optional<String> parentDisplayPath,
    int depth,
    long size,
    FileTimes times,
    Optional<String> mediaType,
    boolean extensionMismatch,
    Digests digests,
    Optional<ImagePdq> pdq,
    List<VideoFrame> frames,
    List<Copies.Signal> copySignals,
    Map<String, String> metadata,
    List<Problem> problems,
    ItemStatus status) {
  public IngestedItem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    frames = List.copyOf(frames);
    copySignals = List.copyOf(copySignals);
    metadata = Map.copyOf(metadata);
    problems = List.copyOf(problems);
  }

  static IngestedItem of(IngestItem item, Optional<String> parentDisplayPath) {
    Optional<ReadResult> read = item.read();
    return new IngestedItem(
        item.path(),
        item.displayPath(),
        parentDisplayPath,
        item.depth(),
        item.declaredSize(),
        item.times() != null ? item.times() : FileTimes.none(),
        item.mediaType(),
        read.map(r -> r.type().extensionMismatch()).orElse(false),
        read.map(ReadResult::digests).orElse(Digests.none()),
        item.pdq(),
        item.frames(),
        item.copySignals(),
        item.metadata(),
        item.problems(),
        item.status());
  }
}
