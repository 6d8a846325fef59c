package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okju.testkit.VideoEdits;

/**
 * The re-posters' edits of videos (issue 17), each copy grouped <em>alone</em> with its original
 * among unrelated clips, as a case holding one re-posted copy would: the edits made with ffmpeg at
 * test time from a pan over the bridge photo. Each failed before video frames had the crop grid,
 * the box probes and the sharp content box.
 */
class ReposterVideoEditsTest {
  @TempDir static Path tmp;

  static final int SECONDS = 6;

  static final Map<String, VideoEdits.Edit> EDITS = new LinkedHashMap<>();

  static {
    // Uneven offsets: 8% left, 3% top, 1% right, 9% bottom (not the fixed 5%/10% views).
    EDITS.put(
        "crop-uneven",
        new VideoEdits.Edit(
            "crop-uneven", "[0:v]" + VideoEdits.crop(0.08, 0.03, 0.01, 0.09) + "[out]"));
    EDITS.put(
        "crop-uneven-flip",
        new VideoEdits.Edit(
            "crop-uneven-flip", "[0:v]hflip," + VideoEdits.crop(0.02, 0.07, 0.09, 0.04) + "[out]"));
    EDITS.put(
        "screen-recording",
        new VideoEdits.Edit("screen-recording", VideoEdits.screenRecording(0.9, SECONDS)));
    // A player that shows the file's name and a running clock in its bars (missed before the
    // chrome box looked through text: ScreenBox, then the flat lines).
    EDITS.put(
        "screen-recording-player-text",
        new VideoEdits.Edit(
            "screen-recording-player-text",
            VideoEdits.screenRecordingWithPlayerText(0.9, SECONDS)));
    // A video site's page: title and views under the player, other videos' thumbnails beside it
    // (missed before the bands were taken again inside the first box and the box probes were cut
    // from the chrome's box).
    EDITS.put(
        "screen-recording-web-page",
        new VideoEdits.Edit(
            "screen-recording-web-page", VideoEdits.screenRecordingOfWebPage(0.9, SECONDS)));
    EDITS.put(
        "phone-blurred-fill",
        new VideoEdits.Edit("phone-blurred-fill", VideoEdits.blurredFill(406, 720)));
    EDITS.put(
        "square-blurred-fill",
        new VideoEdits.Edit("square-blurred-fill", VideoEdits.blurredFill(720, 720)));
    // A sticker laid over the upper half for the whole clip (as the test vectors' chair and
    // pattern clips with a large drawn face): missed before the halves.
    EDITS.put(
        "sticker-over-half",
        new VideoEdits.Edit("sticker-over-half", VideoEdits.stickerOverHalf(new Random(3))));
  }

  static Path original;
  static Path otherClip;
  static final Map<String, Media> OTHERS = new LinkedHashMap<>();

  @BeforeAll
  static void clips() throws Exception {
    original =
        VideoEdits.panOver(
            Pictures.vectors().resolve("pdq/data/bridge-mods/aaa-orig.jpg"),
            640,
            360,
            SECONDS,
            tmp.resolve("bridge.mp4"));
    long id = 10;
    Path q = Pictures.vectors().resolve("pdq/data/reg-test-input/labelme-subset/q0291.jpg");
    otherClip = VideoEdits.panOver(q, 640, 360, SECONDS, tmp.resolve("q0291.mp4"));
    OTHERS.put("q0291-pan", Videos.media(id++, otherClip));
    OTHERS.put(
        "doorknob",
        Videos.media(
            id++,
            VideoEdits.firstSeconds(
                Videos.sample("doorknob-hd-no-bar"), SECONDS, tmp.resolve("doorknob.mp4"))));
    OTHERS.put(
        "pattern",
        Videos.media(
            id,
            VideoEdits.firstSeconds(
                Videos.sample("pattern-hd-no-bar"), SECONDS, tmp.resolve("pattern.mp4"))));
  }

  static List<String> edits() {
    return List.copyOf(EDITS.keySet());
  }

  @ParameterizedTest
  @MethodSource("edits")
  void theCopyAloneJoinsItsOriginalAndTheOtherClipsStayApart(String edit) throws Exception {
    Path copy = VideoEdits.apply(original, EDITS.get(edit), SECONDS, tmp.resolve(edit + ".mp4"));
    Map<Long, String> names = new LinkedHashMap<>();
    List<Media> media = new ArrayList<>();
    media.add(Videos.media(1, original));
    names.put(1L, "bridge");
    media.add(Videos.media(2, copy));
    names.put(2L, "bridge|" + edit);
    for (Map.Entry<String, Media> e : OTHERS.entrySet()) {
      media.add(e.getValue());
      names.put(e.getValue().item(), e.getKey());
    }
    List<List<String>> grouped = new ArrayList<>();
    for (Tape t : new CopyGrouper(GroupingSettings.DEFAULT).group(media)) {
      grouped.add(t.members().stream().map(m -> names.get(m.media().item())).sorted().toList());
    }
    assertThat(grouped)
        .containsExactlyInAnyOrder(
            List.of("bridge", "bridge|" + edit),
            List.of("q0291-pan"),
            List.of("doorknob"),
            List.of("pattern"));
  }

  static List<VideoEdits.Edit> players() {
    return List.of(EDITS.get("screen-recording"), EDITS.get("screen-recording-player-text"));
  }

  /**
   * The player's chrome alone never makes a match: a recording of another clip in the same window
   * (same bars, same text, same progress bar and clock at the same times) joins its own original
   * and neither the bridge nor the bridge's recording.
   */
  @ParameterizedTest
  @MethodSource("players")
  void anotherClipRecordedInTheSamePlayerStaysApart(VideoEdits.Edit player) throws Exception {
    Path bridgeRecording =
        VideoEdits.apply(
            original, player, SECONDS, tmp.resolve("bridge-" + player.name() + ".mp4"));
    Path otherRecording =
        VideoEdits.apply(
            otherClip, player, SECONDS, tmp.resolve("q0291-" + player.name() + ".mp4"));
    Media other = OTHERS.get("q0291-pan");
    Map<Long, String> names =
        Map.of(
            1L, "bridge", 2L, "bridge|player", 3L, "q0291-pan|player", other.item(), "q0291-pan");
    List<Media> media =
        List.of(
            Videos.media(1, original),
            Videos.media(2, bridgeRecording),
            Videos.media(3, otherRecording),
            other);
    List<List<String>> grouped = new ArrayList<>();
    for (Tape t : new CopyGrouper(GroupingSettings.DEFAULT).group(media)) {
      grouped.add(t.members().stream().map(m -> names.get(m.media().item())).sorted().toList());
    }
    assertThat(grouped)
        .containsExactlyInAnyOrder(
            List.of("bridge", "bridge|player"), List.of("q0291-pan", "q0291-pan|player"));
  }
}
