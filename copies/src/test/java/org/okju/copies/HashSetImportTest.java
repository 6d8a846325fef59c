package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.okju.index.hashset.HashKind;
import org.okju.index.hashset.HashSetEntry;
import org.okju.index.hashset.HashValue;
import org.okju.index.hashset.VpdqFeature;

/** What an imported entry stores. */
class HashSetImportTest {
  private static final HashValue A =
      HashValue.parse(
          HashKind.PDQ, "f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95");
  private static final HashValue B =
      HashValue.parse(
          HashKind.PDQ, "e271017837246aaccddea259648fb7d62f435c89d9e99b2497763e216c8d055c");
  private static final HashValue C =
      HashValue.parse(
          HashKind.PDQ, "c0f11178372c6aaccddea259648fbfd62f434c89c9e99b249772be216c8d055c");

  @Test
  void aVideosDistinctFramesOfGoodQualityAreStoredAsPdqHashes() {
    HashSetEntry video =
        new HashSetEntry(
            List.of(),
            Optional.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.of("tape-7"),
            2,
            List.of(
                new VpdqFeature(A, 100, 0),
                new VpdqFeature(B, HashSetMatcher.MIN_FRAME_QUALITY - 1, 1),
                new VpdqFeature(A, 98, 2),
                new VpdqFeature(C, HashSetMatcher.MIN_FRAME_QUALITY, 3)));
    assertThat(HashSetImport.storedHashes(video)).containsExactly(A, C);
  }

  @Test
  void aFilesHashesAreStoredAsGiven() {
    HashValue md5 = HashValue.parse(HashKind.MD5, "d41d8cd98f00b204e9800998ecf8427e");
    HashSetEntry file =
        new HashSetEntry(
            List.of(md5, A),
            Optional.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty(),
            1);
    assertThat(HashSetImport.storedHashes(file)).containsExactly(md5, A);
  }
}
