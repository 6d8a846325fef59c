package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A short clip mirrored or turned joins its original (issue 17, item 5). The doorknob sample is 4 s
 * and fades to black in its middle: of its vPDQ frames (the only ones with turned and mirrored
 * views, at 0, 1, 2 and 3 s) two are hashed, while ten of its upright frames are. Both turned
 * frames aligned, but a share of 2 of 10 frames joined nothing; the 22 s chair turned was joined.
 */
class ShortTurnedClipTest {
  @TempDir static Path tmp;

  static Media door;
  static Media other;

  @BeforeAll
  static void clips() throws Exception {
    door = Videos.media(1, Videos.sample("doorknob-hd-no-bar"));
    // An unrelated clip of the same length, so that a join through any frame would show.
    other =
        Videos.media(
            3,
            Videos.ffmpeg(
                tmp.resolve("pattern.mp4"),
                "-t",
                "4",
                "-i",
                Videos.sample("pattern-hd-no-bar").toString(),
                "-an"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hflip", "transpose=1"})
  void theTurnedOrMirroredCopyJoinsItsOriginalAsTransformed(String filter) throws Exception {
    Path copy =
        Videos.ffmpeg(
            tmp.resolve(filter.replace('=', '-') + ".mp4"),
            "-i",
            Videos.sample("doorknob-hd-no-bar").toString(),
            "-an",
            "-vf",
            filter,
            "-c:v",
            "libx264");
    Map<Long, String> names = Map.of(1L, "door", 2L, "door|" + filter, 3L, "pattern");
    List<Tape> tapes =
        new CopyGrouper(GroupingSettings.DEFAULT)
            .group(List.of(door, Videos.media(2, copy), other));
    List<List<String>> grouped = new ArrayList<>();
    Map<String, String> relations = new LinkedHashMap<>();
    for (Tape t : tapes) {
      grouped.add(t.members().stream().map(m -> names.get(m.media().item())).sorted().toList());
      t.members().forEach(m -> relations.put(names.get(m.media().item()), m.relation()));
    }
    assertThat(grouped)
        .containsExactlyInAnyOrder(List.of("door", "door|" + filter), List.of("pattern"));
    assertThat(List.of(relations.get("door"), relations.get("door|" + filter)))
        .as("%s", relations)
        .containsExactlyInAnyOrder("representative", "transformed");
  }
}
