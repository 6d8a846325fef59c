package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.testkit.ImageEdits;

/**
 * Video copies made with ffmpeg at test time from the ThreatExchange sample videos: re-encode with
 * a new codec, size and frame rate, a flip, a letterbox, a trim, a 7 s excerpt, a compilation of
 * two tapes, and a still frame saved as an image; an unrelated video stays apart.
 */
class CopyGrouperVideosTest {
  @TempDir static Path tmp;

  static final Map<Long, String> NAMES = new LinkedHashMap<>();
  static List<Tape> tapes;

  @BeforeAll
  static void group() throws Exception {
    // A 16 s, 320 px cut of the chair sample stands for the original tape (small, so fast).
    Path chair =
        Videos.ffmpeg(
            tmp.resolve("chair.mp4"),
            "-t",
            "16",
            "-i",
            Videos.sample("chair-orig-22-sd-bar").toString(),
            "-vf",
            "scale=320:-2",
            "-an");
    Path pattern = Videos.sample("pattern-longer-no-bar");
    Path small =
        Videos.ffmpeg(
            tmp.resolve("chair-small.mp4"), "-i", chair.toString(), "-vf", "scale=240:-2");
    Map<String, Path> files = new LinkedHashMap<>();
    files.put("chair", chair);
    files.put("pattern", pattern);
    files.put("doorknob", Videos.sample("doorknob-hd-no-bar"));
    files.put(
        "chair-reencoded",
        Videos.ffmpeg(
            tmp.resolve("re.webm"),
            "-i",
            small.toString(),
            "-r",
            "12",
            "-c:v",
            "libvpx",
            "-b:v",
            "150k",
            // libvpx's default (good, cpu-used 0) took 12 CPU-s; cpu-used 4 hits the same bitrate.
            "-deadline",
            "good",
            "-cpu-used",
            "4",
            "-an"));
    files.put(
        "chair-flipped",
        Videos.ffmpeg(tmp.resolve("flip.mp4"), "-i", small.toString(), "-vf", "hflip", "-an"));
    files.put(
        "chair-letterboxed",
        Videos.ffmpeg(
            tmp.resolve("box.mp4"),
            "-i",
            small.toString(),
            "-vf",
            "pad=iw:ih*2:0:ih/2:color=white",
            "-an"));
    files.put(
        "chair-trimmed",
        Videos.ffmpeg(tmp.resolve("trim.mp4"), "-ss", "3.4", "-i", small.toString(), "-an"));
    files.put(
        "chair-excerpt",
        Videos.ffmpeg(
            tmp.resolve("excerpt.mp4"), "-ss", "8.45", "-t", "7", "-i", small.toString(), "-an"));
    files.put(
        "compilation",
        Videos.ffmpeg(
            tmp.resolve("compilation.mp4"),
            "-i",
            small.toString(),
            "-i",
            pattern.toString(),
            "-filter_complex",
            "[0:v]trim=2:10,setpts=PTS-STARTPTS,scale=240:160,setsar=1,fps=30[a];"
                + "[1:v]scale=240:160,setsar=1,fps=30[b];[a][b]concat=n=2:v=1[v]",
            "-map",
            "[v]"));
    Path still =
        Videos.ffmpeg(
            tmp.resolve("still.png"), "-ss", "10", "-i", chair.toString(), "-frames:v", "1");

    List<Media> media = new ArrayList<>();
    long id = 1;
    for (Map.Entry<String, Path> e : files.entrySet()) {
      media.add(Videos.media(id, e.getValue()));
      NAMES.put(id++, e.getKey());
    }
    media.add(Pictures.media(id, "still.png", ImageEdits.rgb(ImageIO.read(still.toFile()))));
    NAMES.put(id, "chair-still");
    tapes = new CopyGrouper(GroupingSettings.DEFAULT).group(media);
  }

  static Map<String, Tape.Member> tapeOf(String name) {
    for (Tape t : tapes) {
      Map<String, Tape.Member> m = new LinkedHashMap<>();
      t.members().forEach(x -> m.put(NAMES.get(x.media().item()), x));
      if (m.containsKey(name)) {
        return m;
      }
    }
    throw new AssertionError(name + " in no tape");
  }

  @Test
  void everyCopyOfTheChairTapeIsGroupedWithItsOwnRelation() {
    Map<String, Tape.Member> chair = tapeOf("chair");
    assertThat(chair.keySet())
        .as("%s", chair)
        .containsExactlyInAnyOrder(
            "chair",
            "chair-reencoded",
            "chair-flipped",
            "chair-letterboxed",
            "chair-trimmed",
            "chair-excerpt",
            "compilation",
            "chair-still");
    // The representative is one of the full-length cuts (longest, then largest file).
    assertThat(chair.get("chair").relation()).isIn("representative", "re-encoded");
    assertThat(chair.get("chair-reencoded").relation())
        .isIn("re-encoded", "transformed", "representative");
    assertThat(chair.get("chair-flipped").relation())
        .as("%s", chair)
        .isIn("transformed", "representative");
    assertThat(chair.get("chair-letterboxed").relation())
        .as("%s", chair)
        .isIn("transformed", "representative");
    assertThat(chair.get("chair-trimmed").relation()).isEqualTo("trimmed");
    assertThat(chair.get("chair-excerpt").relation()).isEqualTo("excerpt");
    assertThat(chair.get("compilation").relation()).isEqualTo("compilation");
    assertThat(chair.get("chair-still").relation()).isEqualTo("still");
  }

  @Test
  void anExcerptsEvidenceGivesWhereItSitsInTheLongerTapeAndHowLong() {
    Map<String, Object> ev = tapeOf("chair").get("chair-excerpt").evidence();
    assertThat((Double) ev.get("startSeconds")).isBetween(7.0, 9.5);
    assertThat((Double) ev.get("lengthSeconds")).isBetween(5.5, 8.0);
    assertThat((Double) ev.get("offsetSeconds")).isBetween(-9.5, -7.0);
    assertThat((Double) ev.get("matchedFrameShare")).isGreaterThanOrEqualTo(0.6);
    assertThat(ev).containsKeys("threshold", "minRunSeconds", "offsetSeconds");
  }

  @Test
  void aCompilationJoinsEachTapeItHoldsWithoutMergingThem() {
    Map<String, Tape.Member> pattern = tapeOf("pattern");
    assertThat(pattern.keySet()).containsExactlyInAnyOrder("pattern", "compilation");
    assertThat(pattern.get("compilation").relation()).isEqualTo("compilation");
    assertThat(tapeOf("chair")).doesNotContainKey("pattern");
  }

  @Test
  void anUnrelatedVideoStaysAlone() {
    assertThat(tapeOf("doorknob").keySet()).containsExactly("doorknob");
    assertThat(tapes).hasSize(3);
  }
}
