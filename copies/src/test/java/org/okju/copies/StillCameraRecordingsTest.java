package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.testkit.VideoEdits;

/**
 * Two recordings made with a still camera in one room: the upper half of every frame is the same
 * wall, the lower half holds what differs (here a pan over another photo in each). Their upper
 * halves match at every offset in time, which says nothing about the footage: they stay two tapes.
 * A copy of one of them under a sticker over its upper half still joins it, through the lower half
 * that moves.
 */
class StillCameraRecordingsTest {
  @TempDir Path tmp;

  private Path recording(String name, Path wall, Path scene) throws Exception {
    Path moving =
        VideoEdits.panOver(
            Pictures.vectors().resolve(scene), 640, 180, 6, tmp.resolve(name + "-scene.mp4"));
    return Videos.ffmpeg(
        tmp.resolve(name + ".mp4"),
        "-loop",
        "1",
        "-framerate",
        "25",
        "-t",
        "6",
        "-i",
        Pictures.vectors().resolve(wall).toString(),
        "-i",
        moving.toString(),
        "-filter_complex",
        "[0:v]scale=640:180,setsar=1,format=yuv420p[wall];[1:v]setsar=1,format=yuv420p[scene];"
            + "[wall][scene]vstack=shortest=1[out]",
        "-map",
        "[out]",
        "-an",
        "-c:v",
        "libx264",
        "-preset",
        "veryfast");
  }

  @Test
  void twoRecordingsBeforeOneStillWallStayApartAndACopyUnderAStickerJoinsItsOwn() throws Exception {
    Path wall = Path.of("pdq/data/bridge-mods/aaa-orig.jpg");
    Path first =
        recording("first", wall, Path.of("pdq/data/reg-test-input/labelme-subset/q0291.jpg"));
    Path second = recording("second", wall, Path.of("pdq/data/reg-test-input/pen-and-coaster.png"));
    // A sticker over the whole upper half of the first recording: only its lower half is left.
    Path covered =
        VideoEdits.apply(
            first,
            new VideoEdits.Edit(
                "sticker",
                "[0:v]drawbox=x=iw*0.1:y=ih*0.02:w=iw*0.8:h=ih*0.46:color=0xF5C518:t=fill[out]"),
            6,
            tmp.resolve("covered.mp4"));

    List<Tape> tapes =
        new CopyGrouper(GroupingSettings.DEFAULT)
            .group(
                List.of(Videos.media(1, first), Videos.media(2, second), Videos.media(3, covered)));

    assertThat(tapes).as("%s", tapes).hasSize(2);
    Tape ofFirst =
        tapes.stream()
            .filter(t -> t.members().stream().anyMatch(m -> m.media().item() == 1))
            .findFirst()
            .orElseThrow();
    assertThat(ofFirst.members())
        .extracting(m -> m.media().item())
        .containsExactlyInAnyOrder(1L, 3L);
  }
}
