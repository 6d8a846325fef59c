package org.okju.monitor;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A fictional video site whose one video (an edited copy of the test case's clip) is served the
 * ways real sites serve video: HLS with MPEG-TS segments behind a master playlist, HLS with fMP4
 * segments, DASH, and a progressive MP4 a player fetches in Range requests; each on its own page,
 * the player configured in a {@code data-*} attribute's JSON, a {@code video src}, an inline
 * script. Everything is cut with the ffmpeg CLI at test time.
 */
final class StreamSite {
  private StreamSite() {}

  /** Writes the site under {@code site} from the seized {@code clip.mp4}. */
  static void write(Path site, Path clip) throws Exception {
    Path hls = Files.createDirectories(site.resolve("hls/ts"));
    // 2-second GOPs, so the segments are 2 seconds as on most sites.
    List<String> encode =
        List.of(
            "-i",
            clip.toString(),
            "-an",
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-force_key_frames",
            "expr:gte(t,n_forced*2)");
    ffmpeg(
        hls.resolve("index.m3u8"),
        encode,
        "-f",
        "hls",
        "-hls_time",
        "2",
        "-hls_playlist_type",
        "vod",
        "-hls_segment_filename",
        hls.resolve("seg%03d.ts").toString());
    Files.writeString(
        site.resolve("hls/master.m3u8"),
        """
        #EXTM3U
        #EXT-X-STREAM-INF:BANDWIDTH=400000,RESOLUTION=320x480
        ts/index.m3u8
        #EXT-X-STREAM-INF:BANDWIDTH=2000000,RESOLUTION=640x960
        hd/index.m3u8
        """);
    Path fmp4 = Files.createDirectories(site.resolve("fmp4"));
    ffmpeg(
        fmp4.resolve("index.m3u8"),
        encode,
        "-f",
        "hls",
        "-hls_time",
        "2",
        "-hls_playlist_type",
        "vod",
        "-hls_segment_type",
        "fmp4",
        "-hls_fmp4_init_filename",
        "init.mp4",
        "-hls_segment_filename",
        fmp4.resolve("seg%03d.m4s").toString());
    Path dash = Files.createDirectories(site.resolve("dash"));
    ffmpeg(dash.resolve("manifest.mpd"), encode, "-f", "dash", "-seg_duration", "2");
    // One file each, the playlist and manifest naming byte ranges of it.
    Path single = Files.createDirectories(site.resolve("single"));
    ffmpeg(
        single.resolve("index.m3u8"),
        encode,
        "-f",
        "hls",
        "-hls_time",
        "2",
        "-hls_playlist_type",
        "vod",
        "-hls_flags",
        "single_file");
    Path dashOne = Files.createDirectories(site.resolve("dash1"));
    ffmpeg(
        dashOne.resolve("manifest.mpd"),
        encode,
        "-f",
        "dash",
        "-seg_duration",
        "2",
        "-single_file",
        "1",
        "-use_template",
        "0",
        "-use_timeline",
        "0");
    Path ranged = Files.createDirectories(site.resolve("ranged"));
    // ffmpeg's default MP4 keeps its moov box at the end: no piece but the last one has it.
    ffmpeg(ranged.resolve("clip.mp4"), encode);
    page(
        site,
        "hls.html",
        "<div class=\"player\" data-config='{\"sources\":[{\"src\":\"hls\\/master.m3u8\","
            + "\"type\":\"application/x-mpegURL\"}]}'></div>");
    page(site, "fmp4.html", "<video controls src=\"fmp4/index.m3u8\"></video>");
    page(site, "dash.html", "<script>player.setup({file: \"dash/manifest.mpd\"});</script>");
    page(site, "single.html", "<video controls src=\"single/index.m3u8\"></video>");
    page(
        site,
        "dash1.html",
        "<video controls><source src=\"dash1/manifest.mpd\" type=\"application/dash+xml\">"
            + "</video>");
    page(site, "ranged.html", "<video controls src=\"ranged/clip.mp4\"></video>");
  }

  private static void page(Path site, String name, String body) throws IOException {
    Files.writeString(
        site.resolve(name), "<!doctype html><html><body><h1>Videos</h1>" + body + "</body></html>");
  }

  private static void ffmpeg(Path out, List<String> encode, String... more)
      throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(encode);
    args.addAll(List.of(more));
    MonitorCase.ffmpeg(out, args.toArray(String[]::new));
  }

  /** Every URL of the streamed pages and their playlists and segments (not the ranged video). */
  static List<String> streamUrls(Path site, String base) throws IOException {
    List<String> out = new ArrayList<>();
    for (String page : List.of("hls", "fmp4", "dash", "single", "dash1")) {
      out.add(base + page + ".html");
    }
    for (String dir : List.of("hls", "fmp4", "dash", "single", "dash1")) {
      try (Stream<Path> files = Files.walk(site.resolve(dir))) {
        files
            .filter(Files::isRegularFile)
            .map(f -> base + site.relativize(f).toString().replace('\\', '/'))
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The ranged video's page and {@code pieces} of the video's Range responses (of {@code of} equal
   * pieces), as the server answered them, in WARC records.
   */
  static List<WarcResponse> ranged(String base, int of, List<Integer> pieces, Instant at)
      throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    List<WarcResponse> out = new ArrayList<>();
    out.add(record(client, base + "ranged.html", null, at));
    long size =
        client
            .send(
                HttpRequest.newBuilder(URI.create(base + "ranged/clip.mp4")).build(),
                HttpResponse.BodyHandlers.ofByteArray())
            .body()
            .length;
    long step = (size + of - 1) / of;
    for (int i : pieces) {
      long first = i * step;
      long last = Math.min(size, first + step) - 1;
      out.add(
          record(
              client,
              base + "ranged/clip.mp4",
              "bytes=" + first + "-" + last,
              at.plusSeconds(1 + i)));
    }
    return out;
  }

  private static WarcResponse record(HttpClient client, String url, String range, Instant at)
      throws Exception {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url));
    if (range != null) {
      req.header("Range", range);
    }
    HttpResponse<byte[]> res = client.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
    org.netpreserve.jwarc.HttpResponse.Builder http =
        new org.netpreserve.jwarc.HttpResponse.Builder(
            res.statusCode(), res.statusCode() == 206 ? "Partial Content" : "OK");
    res.headers().firstValue("Content-Range").ifPresent(v -> http.addHeader("Content-Range", v));
    String type = res.headers().firstValue("Content-Type").orElse("application/octet-stream");
    return new WarcResponse.Builder(URI.create(url))
        .date(at)
        .ipAddress(InetAddress.getLoopbackAddress())
        .body(http.body(MediaType.parse(type), res.body()).build())
        .build();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
