package org.okju.report;

import java.util.List;
import org.okju.casefile.ItemId;
import org.okju.casefile.Sha256;

/**
 * The evidence files still reachable, re-hashed and compared with the catalogue.
 *
 * @param checked files re-hashed
 * @param matched files whose SHA-256 equals the catalogue's
 * @param changed files whose content differs from the catalogue's
 * @param unreachable files that could not be read where ingest found them
 * @param members archive members not checked on their own (their archive file is)
 * @param notHashed catalogue rows without a SHA-256 (ingest could not read them)
 * @param atimeNotPreserved files read without O_NOATIME (not owner, not root): their access time
 *     may have moved
 */
public record EvidenceCheck(
    long checked,
    long matched,
    List<ChangedFile> changed,
    List<UnreachableFile> unreachable,
    long members,
    long notHashed,
    long atimeNotPreserved) {

  public EvidenceCheck {
    changed = List.copyOf(changed);
    unreachable = List.copyOf(unreachable);
  }

  /** A file whose content is no longer what was catalogued. */
  public record ChangedFile(ItemId item, String path, Sha256 catalogued, Sha256 found) {}

  /** A file that could not be read. */
  public record UnreachableFile(ItemId item, String path, String reason) {}

  /** Whether no reachable file changed. Unreachable files are reported, not failed. */
  public boolean holds() {
    return changed.isEmpty();
  }

  /** One sentence. */
  public String statement() {
    StringBuilder s =
        new StringBuilder("Evidence files: ")
            .append(checked)
            .append(" re-hashed, ")
            .append(matched)
            .append(" unchanged");
    if (!changed.isEmpty()) {
      s.append(", ").append(changed.size()).append(" CHANGED since ingest");
    }
    s.append("; ").append(unreachable.size()).append(" not reachable");
    if (members > 0) {
      s.append("; ").append(members).append(" archive members covered by their archive's hash");
    }
    if (notHashed > 0) {
      s.append("; ").append(notHashed).append(" never hashed at ingest");
    }
    if (atimeNotPreserved > 0) {
      s.append("; ").append(atimeNotPreserved).append(" read without access-time protection");
    }
    return s.append('.').toString();
  }
}
