package org.okju.evidence.posix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.evidence.EvidenceAddress;
import org.okju.evidence.EvidenceException;
import org.okju.evidence.EvidenceReader;
import org.okju.evidence.PathBytes;

/**
 * The evidence layer's one POSIX reader moves no access time, follows no symlink and names files by
 * their exact bytes. An atime set before the mtime is what Linux's default {@code relatime} updates
 * on any plain read, so a reader without {@code O_NOATIME} fails these tests.
 */
class ReadOnlyFilesTest {
  private static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

  @TempDir Path tmp;

  @Test
  void readingAFileLeavesItsAccessTimeWhereItWas() throws Exception {
    Path f = Files.writeString(tmp.resolve("tape.mp4"), "not really a video");
    age(f);
    ReadOnlyFiles files = new ReadOnlyFiles();
    try (OpenedFile in = files.openFile(PathBytes.of(f))) {
      byte[] b = new byte[64];
      assertThat(new String(b, 0, in.read(b, 0, b.length), StandardCharsets.UTF_8))
          .isEqualTo("not really a video");
      assertThat(in.atimePreserved()).isTrue();
    }
    assertThat(atime(f)).isEqualTo(OLD);
    assertThat(files.atimeNotPreserved()).isZero();
  }

  @Test
  void listingADirectoryLeavesItsAccessTimeWhereItWasAndSortsNamesByTheirBytes() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("DCIM"));
    Files.writeString(dir.resolve("b.jpg"), "b");
    Files.writeString(dir.resolve("a.jpg"), "a");
    age(dir);
    List<byte[]> names = new ReadOnlyFiles().list(PathBytes.of(dir));
    assertThat(names.stream().map(n -> new String(n, StandardCharsets.UTF_8)))
        .containsExactly("a.jpg", "b.jpg");
    assertThat(atime(dir)).isEqualTo(OLD);
  }

  @Test
  void aSymlinkIsNeverFollowedWhenOpened() throws Exception {
    Path target = Files.writeString(tmp.resolve("target"), "x");
    Path link = Files.createSymbolicLink(tmp.resolve("link"), target);
    assertThatThrownBy(() -> new ReadOnlyFiles().openFile(PathBytes.of(link)))
        .isInstanceOf(PosixException.class)
        .satisfies(e -> assertThat(((PosixException) e).kind()).isEqualTo("symlink-loop"));
    assertThat(new ReadOnlyFiles().lstat(PathBytes.of(link)).kind()).isEqualTo(FileKind.SYMLINK);
  }

  @Test
  void aNameThatIsNotUtf8IsOpenedByItsBytes() throws Exception {
    byte[] dir = PathBytes.of(tmp);
    byte[] name = {'c', 'a', 'f', (byte) 0xe9, '.', 't', 'x', 't'};
    byte[] path = PathBytes.join(dir, name);
    Process p =
        new ProcessBuilder("sh", "-c", "printf 'latin-1 name' > \"$(printf 'caf\\351.txt')\"")
            .directory(tmp.toFile())
            .start();
    assertThat(p.waitFor()).isZero();
    EvidenceReader reader = new EvidenceReader();
    byte[] content = reader.readSmall(new EvidenceAddress.FolderFile(dir, name), 100);
    assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("latin-1 name");
    assertThat(PathBytes.display(path)).endsWith("caf\\xe9.txt");
  }

  @Test
  void aFileGoneSinceIngestIsATypedErrorThatSaysSo() {
    EvidenceReader reader = new EvidenceReader();
    assertThatThrownBy(
            () ->
                reader.sha256(
                    new EvidenceAddress.FolderFile(
                        PathBytes.of(tmp), "gone.jpg".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(EvidenceException.class)
        .satisfies(e -> assertThat(EvidenceReader.gone((EvidenceException) e)).isTrue())
        .satisfies(e -> assertThat(((EvidenceException) e).kind()).isEqualTo("vanished"));
  }

  @Test
  void aSingleFileSourceIsItsOwnOnlyItem() throws Exception {
    Path f = Files.writeString(tmp.resolve("diary.txt"), "diary");
    age(f);
    EvidenceReader.Digest d =
        new EvidenceReader()
            .sha256(
                new EvidenceAddress.FolderFile(
                    PathBytes.of(f), "diary.txt".getBytes(StandardCharsets.UTF_8)));
    assertThat(d.size()).isEqualTo(5);
    assertThat(atime(f)).isEqualTo(OLD);
  }

  private static void age(Path p) throws Exception {
    Files.getFileAttributeView(p, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
        .setTimes(null, OLD, null);
  }

  private static FileTime atime(Path p) throws Exception {
    return Files.readAttributes(
            p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .lastAccessTime();
  }
}
