package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The playlist and manifest forms reassembly reads: HLS byte ranges (with and without an offset)
 * and {@code #EXT-X-MAP} ranges, master variants, encryption; DASH {@code $Time$} and padded {@code
 * $Number$} templates, a {@code SegmentTimeline} repeat, {@code SegmentList} byte ranges, {@code
 * SegmentBase}, {@code BaseURL}s, a huge declared count capped without walking it, and XML that
 * carries a DTD; a {@code Content-Range}.
 */
class StreamManifestTest {
  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static StreamPart ranged(String url, long offset, long length) {
    return new StreamPart(url, Optional.of(new StreamPart.ByteRange(offset, length)));
  }

  @Test
  void hlsByteRangesFollowOnWhenTheyHaveNoOffset() throws Exception {
    HlsPlaylist p =
        HlsPlaylist.parse(
            "http://s.example/v/a/index.m3u8",
            utf8(
                """
                #EXTM3U
                #EXT-X-MAP:URI="../init.mp4",BYTERANGE="720@0"
                #EXTINF:2,
                #EXT-X-BYTERANGE:1000@720
                all.mp4
                #EXTINF:2,
                #EXT-X-BYTERANGE:500
                all.mp4
                #EXTINF:2,
                http://cdn.example/x.ts?token=1
                #EXT-X-ENDLIST
                """));
    assertThat(p.master()).isFalse();
    assertThat(p.init()).contains(ranged("http://s.example/v/init.mp4", 0, 720));
    assertThat(p.segments())
        .containsExactly(
            ranged("http://s.example/v/a/all.mp4", 720, 1000),
            ranged("http://s.example/v/a/all.mp4", 1720, 500),
            StreamPart.whole("http://cdn.example/x.ts?token=1"));
  }

  @Test
  void hlsMasterVariantsAndEncryption() throws Exception {
    HlsPlaylist m =
        HlsPlaylist.parse(
            "https://s.example/m.m3u8",
            utf8(
                """
                \uFEFF#EXTM3U
                #EXT-X-STREAM-INF:BANDWIDTH=800000,CODECS="avc1.4d401f,mp4a"
                lo.m3u8
                #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID="aac",NAME="English",URI="audio/en.m3u8"
                #EXT-X-STREAM-INF:RESOLUTION=1280x720,BANDWIDTH=2400000,AUDIO="aac"
                hi/index.m3u8
                #EXT-X-I-FRAME-STREAM-INF:BANDWIDTH=90000,URI="hi/iframes.m3u8"
                """));
    assertThat(m.variants())
        .containsExactly(
            new HlsPlaylist.Variant("https://s.example/lo.m3u8", 800000),
            new HlsPlaylist.Variant("https://s.example/hi/index.m3u8", 2400000));
    assertThat(m.renditions())
        .containsExactly("https://s.example/audio/en.m3u8", "https://s.example/hi/iframes.m3u8");
    HlsPlaylist e =
        HlsPlaylist.parse(
            "https://s.example/e.m3u8",
            utf8("#EXTM3U\n#EXT-X-KEY:METHOD=AES-128,URI=\"k\"\n#EXTINF:2,\na.ts\n"));
    assertThat(e.encrypted()).isTrue();
    assertThatThrownBy(() -> HlsPlaylist.parse("https://s.example/x", utf8("#EXTM3U\nhello\n")))
        .isInstanceOf(HlsPlaylist.NotAPlaylistException.class);
  }

  @Test
  void dashTemplatesTimelinesListsAndBases() throws Exception {
    String mpd =
        """
        <?xml version="1.0"?>
        <MPD xmlns="urn:mpeg:dash:schema:mpd:2011" mediaPresentationDuration="PT0H0M8.0S">
          <BaseURL>media/</BaseURL>
          <Period>
            <AdaptationSet mimeType="audio/mp4">
              <Representation id="a" bandwidth="64000">
                <SegmentTemplate media="a-$Number$.m4s" duration="2" initialization="a.mp4"/>
              </Representation>
            </AdaptationSet>
            <AdaptationSet contentType="video">
              <SegmentTemplate timescale="1000" initialization="$RepresentationID$/init.mp4"
                  media="$RepresentationID$/t$Time$-n$Number%03d$.m4s" startNumber="5">
                <SegmentTimeline><S t="0" d="2000" r="2"/><S d="1000"/></SegmentTimeline>
              </SegmentTemplate>
              <Representation id="v1" bandwidth="500000"/>
              <Representation id="v2" bandwidth="900000">
                <BaseURL>two/</BaseURL>
                <SegmentList>
                  <Initialization sourceURL="f.mp4" range="0-99"/>
                  <SegmentURL media="f.mp4" mediaRange="100-199"/>
                  <SegmentURL mediaRange="200-299"/>
                </SegmentList>
              </Representation>
              <Representation id="v3" bandwidth="100" mimeType="video/mp4">
                <BaseURL>three.mp4</BaseURL><SegmentBase indexRange="0-10"/>
              </Representation>
            </AdaptationSet>
          </Period>
        </MPD>
        """;
    DashManifest m = DashManifest.parse("http://s.example/d/x.mpd", utf8(mpd), 100);
    assertThat(m.videos())
        .extracting(DashManifest.Representation::id)
        .containsExactly("v1", "v2", "v3");
    DashManifest.Representation v1 = m.videos().get(0);
    assertThat(v1.init()).contains(StreamPart.whole("http://s.example/d/media/v1/init.mp4"));
    assertThat(v1.segments())
        .extracting(StreamPart::url)
        .containsExactly(
            "http://s.example/d/media/v1/t0-n005.m4s",
            "http://s.example/d/media/v1/t2000-n006.m4s",
            "http://s.example/d/media/v1/t4000-n007.m4s",
            "http://s.example/d/media/v1/t6000-n008.m4s");
    DashManifest.Representation v2 = m.videos().get(1);
    assertThat(v2.init()).contains(ranged("http://s.example/d/media/two/f.mp4", 0, 100));
    assertThat(v2.segments())
        .containsExactly(
            ranged("http://s.example/d/media/two/f.mp4", 100, 100),
            ranged("http://s.example/d/media/two/", 200, 100));
    assertThat(m.videos().get(2).segments())
        .containsExactly(StreamPart.whole("http://s.example/d/media/three.mp4"));
  }

  @Test
  void aHugeDeclaredCountIsCappedAndADtdIsRefused() throws Exception {
    DashManifest m =
        DashManifest.parse(
            "http://s.example/h.mpd",
            utf8(
                "<MPD><Period><AdaptationSet contentType=\"video\"><Representation id=\"v\">"
                    + "<SegmentTemplate media=\"$Number$.m4s\"><SegmentTimeline>"
                    + "<S d=\"1\" r=\"999999999999\"/></SegmentTimeline></SegmentTemplate>"
                    + "</Representation></AdaptationSet></Period></MPD>"),
            10);
    DashManifest.Representation r = m.videos().get(0);
    assertThat(r.segments()).hasSize(10);
    assertThat(r.capped()).isTrue();
    assertThat(r.declared()).isEqualTo(1_000_000_000_000L);
    assertThatThrownBy(
            () ->
                DashManifest.parse(
                    "http://s.example/x.mpd",
                    utf8("<?xml version=\"1.0\"?><!DOCTYPE MPD [<!ENTITY x \"y\">]><MPD>&x;</MPD>"),
                    10))
        .isInstanceOf(DashManifest.NotAManifestException.class);
  }

  @Test
  void contentRanges() {
    assertThat(ContentRange.parse("bytes 100-199/1000"))
        .isEqualTo(new ContentRange(100, 100, 1000));
    assertThat(ContentRange.parse("bytes 0-9/*")).isEqualTo(new ContentRange(0, 10, -1));
    assertThatThrownBy(() -> ContentRange.parse("bytes 0-2000/1000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(List.of(DashManifest.fill("a$$b$Bandwidth%02d$", "x", 7, 0, 0)))
        .containsExactly("a$b07");
  }
}
