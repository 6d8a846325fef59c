package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Tapes from decided edges without chaining: every member has evidence against its tape's
 * representative or, within the threshold, through one member; what is linked only through a third
 * picture is related, not merged; reviewers' splits hold.
 */
class TapeBuilderChainingTest {
  /** Pictures 1..n: picture 1 the largest (the representative of its group), then by size. */
  private static List<Media> pictures(int n) {
    List<Media> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(
          new Media(i, "p" + i + ".png", String.format("%064x", i), 10_000 - i, false, List.of()));
    }
    return out;
  }

  private static Edge pictureEdge(int a, int b, int distance, int threshold) {
    Map<String, Object> ev = new LinkedHashMap<>();
    ev.put("distance", distance);
    ev.put("view", "full");
    ev.put("orientation", "orig");
    ev.put("threshold", threshold);
    return new Edge(a, b, Edge.Kind.SYMMETRIC, "re-encoded", ev, 256 - distance);
  }

  private static Map<Long, String> tapeOf(List<Tape> tapes) {
    Map<Long, String> out = new TreeMap<>();
    tapes.forEach(t -> t.members().forEach(m -> out.put(m.media().item(), t.id())));
    return out;
  }

  private static Tape.Member member(List<Tape> tapes, long item) {
    return tapes.stream()
        .flatMap(t -> t.members().stream())
        .filter(m -> m.media().item() == item)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPictureLinkedOnlyThroughAThirdIsRelatedNotMerged() {
    // 1 ~ 2 and 2 ~ 3 through a shared badge; 1 and 3 share nothing.
    List<Media> media = pictures(3);
    List<Tape> tapes =
        new TapeBuilder(media, List.of(pictureEdge(0, 1, 20, 31), pictureEdge(1, 2, 20, 31)))
            .build();
    Map<Long, String> tape = tapeOf(tapes);
    assertThat(tape.get(2L)).isEqualTo(tape.get(1L));
    assertThat(tape.get(3L)).isNotEqualTo(tape.get(1L));
    assertThat(member(tapes, 2).join()).isEqualTo(Tape.Join.DIRECT);
    Tape first = tapes.stream().filter(t -> t.id().equals(tape.get(1L))).findFirst().orElseThrow();
    assertThat(first.related()).hasSize(1);
    Tape.Related r = first.related().get(0);
    assertThat(r.media().item()).isEqualTo(3);
    assertThat(r.member().item()).isEqualTo(2);
    assertThat(r.tape()).isEqualTo(tape.get(3L));
    Tape third = tapes.stream().filter(t -> t.id().equals(tape.get(3L))).findFirst().orElseThrow();
    assertThat(third.related()).extracting(x -> x.media().item()).containsExactly(2L);
  }

  @Test
  void aMemberJoinsThroughAnotherWhenTheDistancesAddUpWithinTheThreshold() {
    List<Media> media = pictures(3);
    List<Tape> tapes =
        new TapeBuilder(media, List.of(pictureEdge(0, 1, 10, 31), pictureEdge(1, 2, 12, 31)))
            .build();
    assertThat(tapes).hasSize(1);
    Tape.Member via = member(tapes, 3);
    assertThat(via.join()).isEqualTo(Tape.Join.VIA_MEMBER);
    assertThat(via.evidence()).containsEntry("chainDistance", 22);
    assertThat(via.evidence()).containsEntry("via", media.get(1).sha256());
    assertThat(member(tapes, 1).join()).isEqualTo(Tape.Join.REPRESENTATIVE);
  }

  @Test
  void noJoinThroughAMemberWhenThePairWithTheRepresentativeWasRefusedOrIsLowInformation() {
    List<Media> media = pictures(3);
    List<Edge> edges = List.of(pictureEdge(0, 1, 10, 31), pictureEdge(1, 2, 12, 31));
    List<Tape> refused =
        new TapeBuilder(media, edges, Set.of(0L * 3 + 2), i -> true, null, TapeSplits.NONE).build();
    assertThat(tapeOf(refused).get(3L)).isNotEqualTo(tapeOf(refused).get(1L));
    List<Tape> lowInformation =
        new TapeBuilder(media, edges, Set.of(), i -> i != 2, null, TapeSplits.NONE).build();
    assertThat(tapeOf(lowInformation).get(3L)).isNotEqualTo(tapeOf(lowInformation).get(1L));
  }

  @Test
  void aLongChainOfSmallStepsStillBreaksOnceTheSumPassesTheThreshold() {
    // 1-2-3-4-5 each 12 apart: 3 joins through 2 (24 <= 31), 4 and 5 do not.
    List<Media> media = pictures(5);
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      edges.add(pictureEdge(i, i + 1, 12, 31));
    }
    Map<Long, String> tape = tapeOf(new TapeBuilder(media, edges).build());
    assertThat(tape.get(2L)).isEqualTo(tape.get(1L));
    assertThat(tape.get(3L)).isEqualTo(tape.get(1L));
    assertThat(tape.get(4L)).isNotEqualTo(tape.get(1L));
    assertThat(tape.get(5L)).isEqualTo(tape.get(4L));
  }

  @Test
  void sameBytesFollowTheirTwinAndAReviewersSplitHolds() {
    List<Media> media = new ArrayList<>(pictures(3));
    media.add(new Media(4, "copy-of-2.png", media.get(1).sha256(), 9_998, false, List.of()));
    // As EdgeClassifier links same bytes: the first copy to each later one.
    Edge identical =
        new Edge(
            1,
            3,
            Edge.Kind.SYMMETRIC,
            "identical",
            Map.of("sha256", media.get(1).sha256()),
            Double.MAX_VALUE);
    List<Edge> edges = List.of(pictureEdge(0, 1, 5, 31), pictureEdge(0, 2, 6, 31), identical);
    List<Tape> tapes = new TapeBuilder(media, edges).build();
    assertThat(tapes).hasSize(1);
    assertThat(member(tapes, 4).relation()).isEqualTo("identical");
    assertThat(member(tapes, 4).evidence()).containsEntry("sameBytesAsItem", 2L);

    TapeSplits split =
        new TapeSplits(List.of(new TapeSplits.Split(1, Set.of(3L), Set.of(1L, 2L, 4L))));
    List<Tape> after = new TapeBuilder(media, edges, Set.of(), i -> true, null, split).build();
    Map<Long, String> tape = tapeOf(after);
    assertThat(tape.get(3L)).isNotEqualTo(tape.get(1L));
    assertThat(tape.get(2L)).isEqualTo(tape.get(1L));
    assertThat(split.separates(3, 4)).isTrue();
    assertThat(split.separates(1, 4)).isFalse();
  }
}
