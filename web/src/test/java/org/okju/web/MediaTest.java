package org.okju.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.CustodyEntry;

/** Media, victim first: reasons, modes by role, server-side greyscale and blur, audit, no cache. */
class MediaTest {
  @TempDir static Path tmp;
  static Fixture f;

  @BeforeAll
  static void start() throws Exception {
    f = Fixture.start(tmp);
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static String view(long item) {
    return "/api/cases/alpha/items/" + item + "/view";
  }

  private static List<CustodyEntry> views() {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("alpha")))) {
      return store.custody().page(0, 1000, Optional.of("media-viewed"), Optional.empty());
    }
  }

  private static Api api(String user) {
    return new Api(f.base(), f.tokens.get(user));
  }

  @Test
  void theViewEndpointChecksMembershipThenReasonThenMode() throws Exception {
    long photo = f.media.photo().value();
    int before = views().size();
    assertThat(api("outsider").postBytes(view(photo), "{}").statusCode()).isEqualTo(404);
    assertThat(
            api("outsider")
                .postBytes(view(photo), "{\"reason\":\"x\",\"mode\":\"original\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(api("takedown").postBytes(view(photo), "{\"mode\":\"original\"}").statusCode())
        .isEqualTo(400);
    assertThat(
            api("takedown")
                .postBytes(view(photo), "{\"reason\":\"   \",\"mode\":\"blurred\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            api("takedown")
                .postBytes(view(photo), "{\"reason\":\"check match\",\"mode\":\"original\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api("auditor")
                .postBytes(view(photo), "{\"reason\":\"audit\",\"mode\":\"blurred\"}")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            api("takedown")
                .postBytes(view(photo), "{\"reason\":\"x\",\"mode\":\"sepia\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            api("takedown")
                .postBytes(view(999_999), "{\"reason\":\"x\",\"mode\":\"blurred\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(api("takedown").postBytes(view(photo), "not json").statusCode()).isEqualTo(400);
    assertThat(views()).hasSize(before);
  }

  @Test
  void aBlurredViewIsGreyAndBlurredNotTheOriginalBytesAndIsLogged() throws Exception {
    long photo = f.media.photo().value();
    int before = views().size();
    HttpResponse<byte[]> r =
        api("takedown")
            .postBytes(view(photo), "{\"reason\":\"tell a wrong match\",\"mode\":\"blurred\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(r.headers().allValues("Cache-Control")).contains("no-store");
    byte[] original = Files.readAllBytes(f.evidence.resolve("alpha/photo.jpg"));
    assertThat(r.body()).isNotEqualTo(original);
    BufferedImage shown = ImageIO.read(new ByteArrayInputStream(r.body()));
    BufferedImage source = ImageIO.read(new ByteArrayInputStream(original));
    assertThat(maxChannelSpread(shown)).isLessThanOrEqualTo(6);
    assertThat(maxChannelSpread(source)).isGreaterThan(100);
    assertThat(edges(shown)).isLessThan(edges(source) / 4);
    List<CustodyEntry> after = views();
    assertThat(after).hasSize(before + 1);
    CustodyEntry e = after.get(after.size() - 1);
    assertThat(e.user()).isEqualTo("takedown");
    assertThat(e.parametersJson())
        .contains("\"item\":" + photo)
        .contains("\"mode\":\"blurred\"")
        .contains("\"reason\":\"tell a wrong match\"");
  }

  @Test
  void anInvestigatorMaySeeTheOriginalInColourAndSharp() throws Exception {
    HttpResponse<byte[]> r =
        api("investigator")
            .postBytes(
                view(f.media.photo().value()),
                "{\"reason\":\"identify the room\",\"mode\":\"original\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    BufferedImage shown = ImageIO.read(new ByteArrayInputStream(r.body()));
    assertThat(maxChannelSpread(shown)).isGreaterThan(100);
    BufferedImage source = ImageIO.read(f.evidence.resolve("alpha/photo.jpg").toFile());
    assertThat(edges(shown)).isGreaterThan(edges(source) / 2);
  }

  @Test
  void thePageAsksForAReasonShowsAOneTimePictureAndCountsTheView() throws Exception {
    Browser b = f.signedIn("reviewer");
    long photo = f.media.photo().value();
    Document item = Jsoup.parse(b.get("/cases/alpha/items/" + photo).body());
    assertThat(item.select("#view-form")).hasSize(1);
    assertThat(item.select("img")).isEmpty();
    long today = Long.parseLong(item.select("#views-today").text());
    assertThat(
            b.submit("/cases/alpha/items/" + photo + "/view", Map.of("mode", "blurred"))
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> r =
        b.submit(
            "/cases/alpha/items/" + photo + "/view",
            Map.of("reason", "read the caption", "mode", "blurred"));
    assertThat(r.statusCode()).isEqualTo(200);
    Document fragment = Jsoup.parse(r.body());
    String src = fragment.select("#media-image").attr("src");
    assertThat(src).startsWith("/cases/alpha/media/");
    assertThat(fragment.select("#views-today").text()).isEqualTo(String.valueOf(today + 1));
    assertThat(fragment.select("#lift-blur")).hasSize(1);
    assertThat(fragment.select("#lift-grey")).hasSize(1);
    Browser other = f.signedIn("investigator");
    assertThat(other.get(src).statusCode()).isEqualTo(404);
    HttpResponse<byte[]> picture =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(f.base() + src))
                    .header("Cookie", b.cookie)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(picture.statusCode()).isEqualTo(200);
    assertThat(picture.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(ImageIO.read(new ByteArrayInputStream(picture.body()))).isNotNull();
    assertThat(b.get(src).statusCode()).isEqualTo(404);
    assertThat(
            b.submit(
                    "/cases/alpha/items/" + photo + "/view",
                    Map.of("reason", "x", "mode", "original"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aVideoIsShownAsAFewBlurredStills() throws Exception {
    assumeTrue(f.media.video().isPresent(), "ffmpeg is not installed");
    HttpResponse<byte[]> r =
        api("takedown")
            .postBytes(
                view(f.media.video().get().value()),
                "{\"reason\":\"compare with T-001\",\"mode\":\"blurred\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(r.body()));
    assertThat(sheet.getWidth()).isGreaterThan(sheet.getHeight());
    assertThat(maxChannelSpread(sheet)).isLessThanOrEqualTo(6);
  }

  @Test
  void anArchiveMemberOrAnItemWithoutPixelsIsRefusedClearly() throws Exception {
    HttpResponse<String> member =
        api("admin")
            .post(view(f.media.member().value()), "{\"reason\":\"x\",\"mode\":\"blurred\"}");
    assertThat(member.statusCode()).isEqualTo(409);
    assertThat(member.body()).contains("archive");
    HttpResponse<String> text =
        api("admin")
            .post(view(f.alphaItems.get(0).value()), "{\"reason\":\"x\",\"mode\":\"blurred\"}");
    assertThat(text.statusCode()).isEqualTo(409);
  }

  // The largest difference between colour channels of any pixel: about 0 for a grey picture.
  private static int maxChannelSpread(BufferedImage img) {
    int max = 0;
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        int rgb = img.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        max = Math.max(max, Math.max(Math.abs(r - g), Math.max(Math.abs(g - b), Math.abs(r - b))));
      }
    }
    return max;
  }

  // Mean absolute difference between horizontal neighbours' luma, at a common width: detail.
  private static double edges(BufferedImage img) {
    BufferedImage s = new BufferedImage(320, 200, BufferedImage.TYPE_BYTE_GRAY);
    s.createGraphics().drawImage(img, 0, 0, 320, 200, null);
    double sum = 0;
    for (int y = 0; y < 200; y++) {
      for (int x = 1; x < 320; x++) {
        sum += Math.abs((s.getRGB(x, y) & 0xff) - (s.getRGB(x - 1, y) & 0xff));
      }
    }
    return sum / (200 * 319);
  }
}
