package org.okju.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The edits re-posters make to videos, as {@code ffmpeg} filter graphs applied at run time to
 * ordinary clips (no media is committed): crops at uneven offsets, a mirror with such a crop, a
 * screen recording (the clip smaller inside a player's window with its bars and a progress bar),
 * captions burned in, and phone and square frames whose sides are a blurred, enlarged copy of the
 * clip. Shares are drawn from the caller's {@link Random}, so a seed gives the same edits. Needs
 * the {@code ffmpeg} command line (with libx264 and libfreetype) and DejaVu Sans for the captions.
 */
public final class VideoEdits {
  /** The captions' font (Debian's fonts-dejavu-core, which .ci/run installs). */
  public static final Path CAPTION_FONT =
      Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

  /** The players' and pages' text: drawtext's font option for DejaVu Sans (regular). */
  private static final String PLAYER_FONT =
      "fontfile=" + CAPTION_FONT.resolveSibling("DejaVuSans.ttf");

  /** One edit: ffmpeg's {@code -filter_complex} graph from input {@code [0:v]} to {@code [out]}. */
  public record Edit(String name, String graph) {}

  /** The H.264 encoding every clip here shares, up to its quality: no sound, x264 veryfast. */
  private static final List<String> X264 = List.of("-an", "-c:v", "libx264", "-preset", "veryfast");

  private VideoEdits() {}

  /**
   * A crop keeping {@code left}, {@code top}, {@code right} and {@code bottom} shares off each side
   * (even sizes, as H.264 in 4:2:0 needs).
   */
  public static String crop(double left, double top, double right, double bottom) {
    return String.format(
        Locale.ROOT,
        "crop=w='trunc(iw*%.4f/2)*2':h='trunc(ih*%.4f/2)*2':x='trunc(iw*%.4f)':y='trunc(ih*%.4f)'",
        1 - left - right,
        1 - top - bottom,
        left,
        top);
  }

  /** A crop of 0-10% a side at random, each side drawn on its own. */
  public static String randomCrop(Random random) {
    return crop(
        random.nextDouble() * 0.1,
        random.nextDouble() * 0.1,
        random.nextDouble() * 0.1,
        random.nextDouble() * 0.1);
  }

  /**
   * A screen recording of the clip playing in a dark player window of 1280x720: a title bar with an
   * icon and an address field above, a control bar with a progress bar that grows over the clip's
   * {@code seconds} and a play button below, the clip scaled to {@code share} of the room between
   * them (so slightly smaller or larger than it was).
   */
  public static String screenRecording(double share, int seconds) {
    return playerWindow(
        share,
        seconds,
        "drawbox=x=16:y=16:w=24:h=24:color=0xe8eaed:t=fill,"
            + "drawbox=x=56:y=14:w=520:h=28:color=0x9aa0a6:t=fill,"
            + "drawbox=x=1180:y=18:w=80:h=20:color=0x8ab4f8:t=fill,"
            + "drawbox=x=64:y=690:w=120:h=12:color=0xbdc1c6:t=fill");
  }

  /**
   * The same window as {@link #screenRecording} as real players draw it: text in its bars (the
   * file's name in the title bar, a clock counting the seconds played, a quality label), which
   * changes from frame to frame where the clock runs.
   */
  public static String screenRecordingWithPlayerText(double share, int seconds) {
    String font = PLAYER_FONT + ":fontsize=20";
    return playerWindow(
        share,
        seconds,
        "drawbox=x=16:y=16:w=24:h=24:color=0xe8eaed:t=fill,"
            + "drawtext="
            + font
            + ":text='Videos - holiday_clip_0213.mp4':fontcolor=0xe8eaed:x=56:y=17,"
            + "drawtext="
            + font
            + ":text='_   X':fontcolor=0xe8eaed:x=1200:y=15,"
            + "drawtext="
            + font
            + ":text='"
            + clock(seconds)
            + "':fontcolor=0xbdc1c6:x=64:y=686,"
            + "drawtext="
            + font
            + ":text='1080p   1x':fontcolor=0xbdc1c6:x=1130:y=686");
  }

  /**
   * A screen recording of a web player at full screen with its controls shown over the clip, as
   * when the mouse moves: the clip scaled to {@code share} of 1280x720 on black, a shaded band
   * across the top with the title and one across the bottom with a progress bar that grows over
   * {@code seconds}, a running clock and the buttons, both half transparent over the clip.
   */
  public static String screenRecordingWithOverlaidControls(double share, int seconds) {
    String font = PLAYER_FONT + ":fontsize=22";
    return String.format(
        Locale.ROOT,
        "color=c=black:s=1280x720:r=25[bg];"
            + "[0:v]scale=-2:'trunc(720*%1$.4f/2)*2',setsar=1[clip];"
            + "color=c=0xff0000:s=1232x5:r=25[progress];"
            + "[bg][clip]overlay=x='(W-w)/2':y='(H-h)/2':shortest=1,"
            + "drawbox=x=0:y=0:w=iw:h=64:color=black@0.45:t=fill,"
            + "drawtext=%2$s:text='holiday_clip_0213':fontcolor=white:x=24:y=20,"
            + "drawbox=x=0:y=632:w=iw:h=88:color=black@0.45:t=fill,"
            + "drawbox=x=24:y=646:w=1232:h=5:color=0xffffff@0.35:t=fill,"
            + "drawbox=x=24:y=672:w=20:h=24:color=white:t=fill,"
            + "drawbox=x=60:y=674:w=28:h=20:color=white:t=fill,"
            + "drawtext=%2$s:text='%4$s':fontcolor=white:x=108:y=672,"
            + "drawbox=x=1216:y=672:w=40:h=24:color=white:t=fill[framed];"
            + "[framed][progress]overlay=x='24-1232+1232*t/%3$d':y=646:shortest=1[out]",
        share,
        font,
        seconds,
        clock(seconds));
  }

  /**
   * drawtext's text for a player's clock, the seconds played of a clip of {@code seconds} (under a
   * minute): "0:03 / 0:06", escaped for a filter graph.
   */
  private static String clock(int seconds) {
    return String.format(Locale.ROOT, "0\\:%%{eif\\:trunc(t)\\:d\\:2} / 0\\:%02d", seconds);
  }

  /**
   * A screen recording of a video site's page: a white 1280x720 page with an address bar, the clip
   * in a player of {@code share} of 800x450 at the left (a portrait clip between black bars, as
   * sites show one) with a progress bar along its bottom, its title and view count under it, and a
   * column of two other videos' thumbnails with their titles at the right (ffmpeg's Mandelbrot and
   * Life patterns, moving).
   */
  public static String screenRecordingOfWebPage(double share, int seconds) {
    return webPage(share, seconds, PageTheme.LIGHT);
  }

  /** The same page in a site's dark theme: near-black page, light text. */
  public static String screenRecordingOfDarkWebPage(double share, int seconds) {
    return webPage(share, seconds, PageTheme.DARK);
  }

  /** A video site's colours: page, address bar, its text, titles, view counts, progress track. */
  private enum PageTheme {
    LIGHT("white", "0xf1f3f4", "0x202124", "black", "0x606060", "0xcccccc"),
    DARK("0x0f0f0f", "0x212121", "0xe8eaed", "0xf1f1f1", "0xaaaaaa", "0x717171");

    final String page;
    final String bar;
    final String address;
    final String title;
    final String views;
    final String track;

    PageTheme(String page, String bar, String address, String title, String views, String track) {
      this.page = page;
      this.bar = bar;
      this.address = address;
      this.title = title;
      this.views = views;
      this.track = track;
    }
  }

  private static String webPage(double share, int seconds, PageTheme theme) {
    String font = PLAYER_FONT;
    int w = (int) Math.round(800 * share / 2) * 2;
    int h = (int) Math.round(450 * share / 2) * 2;
    return String.format(
        Locale.ROOT,
        "color=c=%8$s:s=1280x720:r=25[bg];"
            + "[0:v]scale=%1$d:%2$d:force_original_aspect_ratio=decrease:force_divisible_by=2,"
            + "pad=%1$d:%2$d:(ow-iw)/2:(oh-ih)/2:black,setsar=1[clip];"
            + "mandelbrot=s=320x180:r=25[t1];"
            + "life=s=320x180:r=25:mold=10:ratio=0.1:seed=1:death_color=0x204060:life_color=0xe0c080[t2];"
            + "color=c=%13$s:s=%1$dx4:r=25[track];"
            + "color=c=red:s=%1$dx4:r=25[progress];"
            + "[track][progress]overlay=x='-%1$d+%1$d*t/%7$d':y=0:shortest=1[played];"
            + "[bg][clip]overlay=x=40:y=80:shortest=1[a];"
            + "[a][t1]overlay=x=900:y=80:shortest=1[b];"
            + "[b][t2]overlay=x=900:y=300:shortest=1,"
            + "drawbox=x=0:y=0:w=iw:h=56:color=%9$s:t=fill,"
            + "drawtext=%3$s:text='www.example-video-site.test/watch?v=abc123':fontsize=18"
            + ":fontcolor=%10$s:x=60:y=18,"
            + "drawtext=%3$s:text='Summer by the river (full clip)':fontsize=26:fontcolor=%11$s"
            + ":x=40:y=%4$d,"
            + "drawtext=%3$s:text='12,345 views - 3 days ago':fontsize=18:fontcolor=%12$s"
            + ":x=40:y=%5$d,"
            + "drawtext=%3$s:text='Up next':fontsize=20:fontcolor=%11$s:x=900:y=50,"
            + "drawtext=%3$s:text='Another clip':fontsize=18:fontcolor=%11$s:x=900:y=265,"
            + "drawtext=%3$s:text='Yet another one':fontsize=18:fontcolor=%11$s:x=900:y=485[page];"
            + "[page][played]overlay=x=40:y=%6$d:shortest=1[out]",
        w,
        h,
        font,
        80 + h + 20,
        80 + h + 60,
        80 + h - 10,
        seconds,
        theme.page,
        theme.bar,
        theme.address,
        theme.title,
        theme.views,
        theme.track);
  }

  /**
   * A dark player window of 1280x720 around the clip scaled to {@code share} of the room between a
   * title bar (56 lines) and a control bar (72 lines, with a progress bar that grows over {@code
   * seconds}); {@code chrome} draws what the bars hold (icons, text).
   */
  private static String playerWindow(double share, int seconds, String chrome) {
    return String.format(
        Locale.ROOT,
        "color=c=0x202124:s=1280x720:r=25[bg];"
            + "[0:v]scale=-2:'trunc(592*%.4f/2)*2',setsar=1[clip];"
            + "color=c=0xff0000:s=1232x6:r=25[progress];"
            + "[bg][clip]overlay=x='(W-w)/2':y='56+(592-h)/2':shortest=1,"
            + "drawbox=x=0:y=0:w=iw:h=56:color=0x3c4043:t=fill,"
            + "drawbox=x=0:y=648:w=iw:h=72:color=0x111111:t=fill,"
            + "drawbox=x=24:y=660:w=1232:h=6:color=0x5f6368:t=fill,"
            + "drawbox=x=24:y=684:w=24:h=24:color=0xffffff:t=fill,"
            + "%s[framed];"
            + "[framed][progress]overlay=x='24-1232+1232*t/%d':y=660:shortest=1[out]",
        share,
        chrome,
        seconds);
  }

  /** Subtitles burned in at the bottom, white with a black outline, a new line every 2 s. */
  public static String captions() {
    String[] lines = {
      "and that was the first time we saw it",
      "no, wait, look at this",
      "who filmed this?",
      "watch until the end",
      "I cannot believe it"
    };
    StringBuilder g = new StringBuilder("[0:v]null");
    for (int i = 0; i < lines.length; i++) {
      g.append(
          String.format(
              Locale.ROOT,
              ",drawtext=fontfile=%s:text='%s':fontsize='h/13':fontcolor=white:borderw=3"
                  + ":bordercolor=black:x='(w-text_w)/2':y='h-text_h-h/14'"
                  + ":enable='between(t,%d,%d)'",
              CAPTION_FONT,
              lines[i],
              2 * i,
              2 * i + 2));
    }
    return g.append("[out]").toString();
  }

  /**
   * The clip fitted inside a {@code width x height} frame whose bars are the clip itself, enlarged
   * to fill the frame and heavily blurred (phones' and short-video sites' "blurred fill").
   */
  public static String blurredFill(int width, int height) {
    return String.format(
        Locale.ROOT,
        "[0:v]split[a][b];"
            + "[a]scale=%1$d:%2$d:force_original_aspect_ratio=increase,crop=%1$d:%2$d,"
            + "boxblur=20:2,setsar=1[fill];"
            + "[b]scale=%1$d:%2$d:force_original_aspect_ratio=decrease,"
            + "scale='trunc(iw/2)*2':'trunc(ih/2)*2',setsar=1[fg];"
            + "[fill][fg]overlay=x='(W-w)/2':y='(H-h)/2'[out]",
        width,
        height);
  }

  /**
   * The re-posters' video edits, by name; names with {@code random} draw new shares on each call of
   * {@link #reposterEdits}; the edits added since session 16 draw theirs from {@code later}, so
   * that the earlier edits' copies stay those of earlier runs with the same seed (one stream for
   * all edits of all sources shifted every later source's draws). {@code seconds} is the clips'
   * length (the screen recording's progress bar).
   */
  public static Map<String, Edit> reposterEdits(Random random, Random later, int seconds) {
    return reposterEdits(random, later, new Random(0), seconds);
  }

  /**
   * The same, with the edits added since session 19 (a sticker over one half) drawing their places
   * from {@code overlays}, so that the earlier edits' copies stay those of earlier runs.
   */
  public static Map<String, Edit> reposterEdits(
      Random random, Random later, Random overlays, int seconds) {
    Map<String, Edit> edits = new LinkedHashMap<>();
    edits.put(
        "reencode-75-crf32",
        new Edit("reencode-75-crf32", "[0:v]scale='trunc(iw*0.375)*2':-2[out]"));
    edits.put(
        "crop-random-0-10", new Edit("crop-random-0-10", "[0:v]" + randomCrop(random) + "[out]"));
    edits.put(
        "crop-random-flip",
        new Edit("crop-random-flip", "[0:v]hflip," + randomCrop(random) + "[out]"));
    edits.put(
        "screen-recording",
        new Edit("screen-recording", screenRecording(0.85 + random.nextDouble() * 0.15, seconds)));
    edits.put("captions-burned-in", new Edit("captions-burned-in", captions()));
    edits.put("phone-blurred-fill", new Edit("phone-blurred-fill", blurredFill(406, 720)));
    edits.put("square-blurred-fill", new Edit("square-blurred-fill", blurredFill(720, 720)));
    edits.put(
        "screen-recording-player-text",
        new Edit(
            "screen-recording-player-text",
            screenRecordingWithPlayerText(0.85 + later.nextDouble() * 0.15, seconds)));
    edits.put(
        "screen-recording-overlaid-controls",
        new Edit(
            "screen-recording-overlaid-controls",
            screenRecordingWithOverlaidControls(0.85 + later.nextDouble() * 0.15, seconds)));
    edits.put(
        "screen-recording-web-page",
        new Edit(
            "screen-recording-web-page",
            screenRecordingOfWebPage(0.85 + later.nextDouble() * 0.15, seconds)));
    edits.put(
        "screen-recording-web-page-dark",
        new Edit(
            "screen-recording-web-page-dark",
            screenRecordingOfDarkWebPage(0.85 + later.nextDouble() * 0.15, seconds)));
    edits.put("sticker-over-half", new Edit("sticker-over-half", stickerOverHalf(overlays)));
    return edits;
  }

  /**
   * An opaque sticker (a yellow face with dark eyes and mouth, as re-posters lay an emoji over a
   * face or a body) of a third to a half of the frame's width or height, placed at random inside
   * one half of the frame drawn at random.
   */
  public static String stickerOverHalf(Random random) {
    ImageEdits.StickerPlace p = ImageEdits.StickerPlace.random(random);
    String box = "drawbox=x=iw*%.3f:y=ih*%.3f:w=iw*%.3f:h=ih*%.3f:color=%s:t=fill";
    StringBuilder g = new StringBuilder("[0:v]");
    g.append(String.format(Locale.ROOT, box, p.x(), p.y(), p.width(), p.height(), "0xF5C518"));
    for (double[] part : p.features()) {
      g.append(',')
          .append(String.format(Locale.ROOT, box, part[0], part[1], part[2], part[3], "0x3A2A10"));
    }
    return g.append("[out]").toString();
  }

  /** Writes {@code source} with {@code edit} applied to {@code out} (H.264, no sound). */
  public static Path apply(Path source, Edit edit, int seconds, Path out)
      throws IOException, InterruptedException {
    boolean lowQuality = edit.name().startsWith("reencode");
    return h264(
        out,
        seconds,
        lowQuality ? 32 : 23,
        "-i",
        source.toString(),
        "-filter_complex",
        edit.graph(),
        "-map",
        "[out]");
  }

  /**
   * A clip of {@code seconds} at 25 frames a second, {@code width x height}: a slow zoom and pan
   * over {@code photo}, with a little grain so that it compresses like a camera's video.
   */
  public static Path panOver(Path photo, int width, int height, int seconds, Path out)
      throws IOException, InterruptedException {
    return h264(
        out,
        seconds,
        20,
        "-loop",
        "1",
        "-framerate",
        "25",
        "-i",
        photo.toString(),
        "-vf",
        String.format(
            Locale.ROOT,
            "scale=%1$d:%2$d:force_original_aspect_ratio=increase,crop=%1$d:%2$d,"
                + "zoompan=z='1.05+0.003*on':x='iw/2-iw/zoom/2+2*on':y='ih/2-ih/zoom/2+on':d=1"
                + ":s=%3$dx%4$d:fps=25,noise=alls=4:allf=t",
            width * 2,
            height * 2,
            width,
            height));
  }

  /** The first {@code seconds} of {@code video}, re-encoded as the other clips are. */
  public static Path firstSeconds(Path video, int seconds, Path out)
      throws IOException, InterruptedException {
    return h264(out, seconds, 20, "-i", video.toString());
  }

  /**
   * Runs {@code ffmpeg -y -nostdin -loglevel error INPUT... -t SECONDS} and the one H.264 encoding
   * every clip here shares (no sound, x264 at {@code crf}, 4:2:0) into {@code out}.
   */
  private static Path h264(Path out, int seconds, int crf, String... input)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(input));
    args.addAll(List.of("-t", Integer.toString(seconds)));
    args.addAll(X264);
    args.addAll(List.of("-crf", Integer.toString(crf), "-pix_fmt", "yuv420p"));
    return ffmpeg(out, args.toArray(String[]::new));
  }

  /** Runs {@code ffmpeg -y -nostdin -loglevel error ARGS... OUT}. */
  public static Path ffmpeg(Path out, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-y", "-nostdin", "-loglevel", "error"));
    cmd.addAll(List.of(args));
    cmd.add(out.toString());
    Path log = Files.createTempFile("okju-ffmpeg", ".log");
    try {
      Process p =
          new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (p.waitFor() != 0) {
        throw new IOException(
            "ffmpeg failed: "
                + String.join(" ", cmd)
                + "\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(log);
    }
    return out;
  }
}
