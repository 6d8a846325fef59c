package org.okju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.casefile.TestDatabases;

/**
 * Ingest writes nothing under the source and moves no timestamp, access times included.
 *
 * <p>How atime is made observable: every entry's atime is set to 2001, before its mtime. Under
 * Linux's default {@code relatime} (this machine's and CI's root mount) any read or directory
 * listing then updates atime, so a reader that does not use {@code O_NOATIME} fails this test. The
 * snapshots use {@code lstat} only, over the paths the test created, because listing a directory to
 * find them would itself move the directory's atime. On a {@code noatime} mount the atime part of
 * the check holds trivially (nothing can move it).
 *
 * <p>One known exception, asserted as such: a symlink's own atime. Linux updates it whenever the
 * link's target is read ({@code readlink(2)} calls {@code touch_atime}; {@code O_NOATIME} exists
 * only for opened files), and recording where a link points is what makes "symlink outside the
 * source" and "symlink loop" reportable. On a read-only mount (how evidence should be mounted)
 * nothing moves at all.
 */
class EvidenceIsReadOnlyTest {
  @TempDir Path tmp;

  @AfterEach
  void removeTheLinkOutOfTheTempDir() throws Exception {
    // JUnit warns on a link out of its temp dir when it cleans up; the link was for ingest.
    Files.deleteIfExists(tmp.resolve("drive/outside"));
  }

  @Test
  void ingestLeavesEveryByteNameAndTimestampOfTheSourceAsItWas() throws Exception {
    Path drive = EvidenceTree.small(tmp);
    EvidenceTree.sh(
        drive, "ln -s DCIM/bridge.jpg link && ln -s /etc/hostname outside && mkfifo pipe");
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(drive)) {
      entries = walk.sorted().toList();
    }
    Map<Path, String> contents = new TreeMap<>();
    for (Path p : entries) {
      if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
        contents.put(p, sha256(p));
      }
    }
    EvidenceTree.sh(drive, "find . -depth -exec touch -h -a -d '2001-01-01 00:00:00' {} +");
    Map<Path, Map<String, Object>> before = snapshot(entries);
    assertThat(before.get(drive).get("lastAccessTime").toString()).startsWith("2001-01-01");

    try (CaseStore store = CaseStore.open(TestDatabases.sqlite(tmp))) {
      IngestSummary s = IngestCatalogueTest.ingest(store, drive);
      assertThat(s.items()).isEqualTo(12);
      assertThat(s.atimeNotPreserved()).isZero();
    }

    Map<Path, Map<String, Object>> after = snapshot(entries);
    for (Path p : entries) {
      if (Files.isSymbolicLink(p)) {
        before.get(p).remove("lastAccessTime");
        after.get(p).remove("lastAccessTime");
      }
    }
    assertThat(after).isEqualTo(before);
    try (Stream<Path> walk = Files.walk(drive)) {
      assertThat(walk.sorted().toList()).isEqualTo(entries);
    }
    for (Map.Entry<Path, String> e : contents.entrySet()) {
      assertThat(sha256(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
    }
  }

  private static Map<Path, Map<String, Object>> snapshot(List<Path> entries) throws Exception {
    Map<Path, Map<String, Object>> out = new TreeMap<>();
    for (Path p : entries) {
      Map<String, Object> attributes =
          new TreeMap<>(Files.readAttributes(p, "unix:*", LinkOption.NOFOLLOW_LINKS));
      attributes.replaceAll((k, v) -> v.toString());
      out.put(p, attributes);
    }
    return out;
  }

  private static String sha256(Path p) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
  }
}
