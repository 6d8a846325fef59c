package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ThreatExchange sample videos as they are: seven cuts of the chair clip (trims, grey, sepia, a
 * small and a large drawn face over the picture), five of the pattern clip (the same edits) and two
 * clips of their own. Each recording is one tape. Before the halves, the two clips with the large
 * drawn face (a third of the picture, over its upper half) were tapes of their own: 10 of the 31
 * pairs of copies missed.
 */
class SampleVideosTapesTest {
  static List<Tape> tapes;

  @BeforeAll
  static void group() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Videos.sample("chair-19-sd-bar").getParent())) {
      files = s.filter(p -> p.toString().endsWith(".mp4")).sorted().toList();
    }
    assertThat(files).hasSize(14);
    List<Media> media = new ArrayList<>();
    long id = 1;
    for (Path f : files) {
      media.add(Videos.media(id++, f));
    }
    tapes = new CopyGrouper(GroupingSettings.DEFAULT).group(media);
  }

  /** Each tape's files, by the recording their names say (the name's first word). */
  private static Map<String, Set<Set<String>>> tapesByRecording() throws IOException {
    Map<String, Set<Set<String>>> out = new TreeMap<>();
    for (Tape t : tapes) {
      Set<String> names =
          t.members().stream()
              .map(m -> m.media().path())
              .collect(Collectors.toCollection(TreeSet::new));
      for (String n : names) {
        out.computeIfAbsent(n.substring(0, n.indexOf('-')), k -> new HashSet<>()).add(names);
      }
    }
    return out;
  }

  @Test
  void everyCutOfARecordingIsInOneTapeAndNoTapeMixesRecordings() throws IOException {
    Map<String, Set<Set<String>>> byRecording = tapesByRecording();
    assertThat(byRecording.keySet()).containsExactly("chair", "doorknob", "pattern", "test");
    assertThat(byRecording.get("chair")).as("%s", byRecording).hasSize(1);
    assertThat(byRecording.get("chair").iterator().next())
        .hasSize(7)
        .contains("chair-22-with-large-logo-bar.mp4");
    assertThat(byRecording.get("pattern")).as("%s", byRecording).hasSize(1);
    assertThat(byRecording.get("pattern").iterator().next())
        .hasSize(5)
        .contains("pattern-sd-with-large-logo-bar.mp4");
    assertThat(byRecording.get("doorknob").iterator().next()).hasSize(1);
    assertThat(byRecording.get("test").iterator().next()).hasSize(1);
  }

  @Test
  void theClipsUnderALargeFaceJoinThroughAHalfItLeavesAsItWas() {
    for (Tape t : tapes) {
      for (Tape.Member m : t.members()) {
        if (m.media().path().contains("large-logo") && !m.relation().equals("representative")) {
          assertThat(String.valueOf(m.evidence().get("view"))).startsWith("half-");
        }
      }
    }
  }
}
