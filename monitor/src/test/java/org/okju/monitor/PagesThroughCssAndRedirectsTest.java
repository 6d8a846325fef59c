package org.okju.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseStore;
import org.okju.testkit.ImageEdits;

/**
 * Sites show pictures as CSS backgrounds and through short links that redirect to the file; real
 * wget fetches both as page requisites. The copy found must belong to the page that shows it:
 * otherwise a notice names no page, and a later crawl of that page cannot tell the copy was removed
 * from it.
 */
class PagesThroughCssAndRedirectsTest {
  @TempDir static Path tmp;
  static Path casePath;
  static String base;
  static Map<String, List<String>> pagesByUrl;

  @BeforeAll
  static void captureAndImport() throws Exception {
    assumeTrue(WgetCapture.installed(), "GNU wget is not installed");
    casePath = MonitorCase.build(tmp);
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("media"));
    Files.createDirectories(site.resolve("style"));
    Files.createDirectories(site.resolve("go"));
    MonitorCase.write(
        ImageEdits.bars(
            MonitorCase.photo(MonitorCase.PHOTOS.get("photo-a.jpg")), 60, 0, java.awt.Color.BLACK),
        site.resolve("media/a-banner.jpg"));
    MonitorCase.write(
        ImageEdits.flipHorizontal(MonitorCase.photo(MonitorCase.PHOTOS.get("photo-b.jpg"))),
        site.resolve("media/b-thumb.jpg"));
    MonitorCase.write(
        ImageEdits.resize(MonitorCase.photo(MonitorCase.PHOTOS.get("photo-c.png")), 0.5),
        site.resolve("media/c-full.jpg"));
    Files.writeString(site.resolve("go/c.redirect"), "/media/c-full.jpg");
    Files.writeString(
        site.resolve("style/site.css"),
        ".hero { background-image: url(\"../media/a-banner.jpg\") }");
    Files.writeString(
        site.resolve("index.html"),
        """
        <!doctype html><html><head><link rel="stylesheet" href="style/site.css"></head><body>
        <div class="hero"></div>
        <div style="background-image: url('media/b-thumb.jpg')"></div>
        <img src="go/c"></body></html>
        """);
    Path warc;
    try (FolderSite server = new FolderSite(site)) {
      base = server.base();
      warc = WgetCapture.capture(base, tmp, "crawl-1");
    }
    try (CaseStore store = MonitorCase.open(casePath)) {
      CaptureImport imp = new CaptureImport(store, MonitorConfig.defaults(), Clock.systemUTC());
      imp.run(warc, Optional.empty(), imp.matcher(), MonitorCase.USER, "test");
      pagesByUrl =
          SightingBook.of(store, Platforms.of(store)).stream()
              .collect(Collectors.toMap(Sighting::url, Sighting::pageUrls, (a, b) -> a));
    }
  }

  @Test
  void aBackgroundOfALinkedStylesheetBelongsToThePage() {
    assertThat(pagesByUrl).containsEntry(base + "media/a-banner.jpg", List.of(base));
  }

  @Test
  void aBackgroundInAStyleAttributeBelongsToThePage() {
    assertThat(pagesByUrl).containsEntry(base + "media/b-thumb.jpg", List.of(base));
  }

  @Test
  void theFileARedirectEndsAtBelongsToThePageThatEmbedsTheRedirect() {
    assertThat(pagesByUrl).containsEntry(base + "media/c-full.jpg", List.of(base));
    assertThat(pagesByUrl).containsEntry(base + "go/c", List.of(base));
  }
}
