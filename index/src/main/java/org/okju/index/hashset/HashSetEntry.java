package org.okju.index.hashset;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One record of a hash set: the hashes of one file (an NSRL row has SHA-256, SHA-1 and MD5; a VICS
 * media MD5, SHA-1 and maybe PDQ; an md5sum line one MD5; an HMA {@code vpdq} row a video's frame
 * hashes), with what the list says about it.
 *
 * @param hashes at most one hash of each kind, in the order the source gave them; at least one
 *     unless the entry is a video's vPDQ
 * @param name the file name or path the list gives, if any
 * @param size the file size in bytes, if given
 * @param category the list's classification (a VICS category number, an HMA category), if any
 * @param label the list's own identifier or tag for the record (VICS MediaID, NSRL product code,
 *     HMA collaboration), if any
 * @param line where the record starts in the source: line number for text and JSON files, row
 *     number for NSRL v3; for problem reports and provenance
 * @param video a video's vPDQ frames in order (HMA's {@code vpdq} signal), else empty
 */
public record HashSetEntry(
    List<HashValue> hashes,
    Optional<String> name,
    OptionalLong size,
    Optional<String> category,
    Optional<String> label,
    long line,
    List<VpdqFeature> video) {
  public HashSetEntry {
    hashes = List.copyOf(hashes);
    video = List.copyOf(video);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(label, "label");
    if (hashes.isEmpty() && video.isEmpty()) {
      throw new IllegalArgumentException("a hash set entry needs at least one hash");
    }
    EnumSet<HashKind> kinds = EnumSet.noneOf(HashKind.class);
    for (HashValue h : hashes) {
      if (!kinds.add(h.kind())) {
        throw new IllegalArgumentException("two " + h.kind() + " hashes in one entry: " + hashes);
      }
    }
  }

  /** An entry of file hashes, no video frames. */
  public HashSetEntry(
      List<HashValue> hashes,
      Optional<String> name,
      OptionalLong size,
      Optional<String> category,
      Optional<String> label,
      long line) {
    this(hashes, name, size, category, label, line, List.of());
  }

  /** An entry with one hash and nothing else. */
  public static HashSetEntry of(HashValue hash) {
    return new HashSetEntry(
        List.of(hash),
        Optional.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Optional.empty(),
        0);
  }

  /** The hash of {@code kind}, if the entry has one. */
  public Optional<HashValue> hash(HashKind kind) {
    for (HashValue h : hashes) {
      if (h.kind() == kind) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }
}
