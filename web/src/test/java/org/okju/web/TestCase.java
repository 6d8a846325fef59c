package org.okju.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Digests;
import org.okju.casefile.FileTimes;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemPath;
import org.okju.casefile.ItemProgress;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.NewItem;
import org.okju.casefile.NewSource;
import org.okju.casefile.Sha256;
import org.okju.casefile.SourceId;

/** A small case written through the store's API: a source folder of text files. */
final class TestCase {
  private TestCase() {}

  /** Creates a case at {@code dir} with {@code n} items under an evidence folder; their ids. */
  static List<ItemId> create(Path dir, Path evidence, int n) throws Exception {
    Files.createDirectories(evidence);
    List<ItemId> ids = new ArrayList<>();
    try (CaseStore store = CaseStore.open(CaseLocation.directory(dir))) {
      SourceId s =
          store
              .sources()
              .start(
                  new NewSource(
                      ItemPath.of(evidence.toString()), Instant.EPOCH, "test", "tester", "test"));
      for (int i = 0; i < n; i++) {
        String name = String.format("file-%04d.txt", i);
        byte[] content = ("content " + i).getBytes(StandardCharsets.UTF_8);
        Files.write(evidence.resolve(name), content);
        ids.add(
            store
                .items()
                .upsert(
                    NewItem.listed(s, Optional.empty(), ItemPath.of(name))
                        .withFileInfo(content.length, FileTimes.none())
                        .withMediaType("text/plain", false)
                        .withDigests(
                            new Digests(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of(
                                    Sha256.of(
                                        java.security.MessageDigest.getInstance("SHA-256")
                                            .digest(content)))))
                        .withState(ItemStatus.OK, ItemProgress.DONE)));
      }
    }
    return ids;
  }

  /** A fictional diary text (English only: no victim's real name), read into suggested facts. */
  static final String DIARY =
      """
      FICTIONAL TEST DATA: every name, place and amount here is invented.

      June 12, 2024
      Picked up Mina near Hotel Riverside, room 508. Recorded clip 21.
      Gave Boss Yoon 3 million won, Mr. Han $500.
      Yoon gets 40 percent of Mina's money, Han 15%.
      """;

  /** Groups the first three items as tape T-001 and reads {@link #DIARY} into the ledger. */
  static void addTapeAndDiary(Path dir, List<ItemId> ids) throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(dir))) {
      store
          .copies()
          .replaceTapes(
              List.of(
                  new org.okju.casefile.Copies.Tape(
                      "T-001",
                      "image",
                      ids.get(0),
                      List.of(
                          new org.okju.casefile.Copies.Member(
                              ids.get(0), "representative", "{\"reason\":\"largest image\"}"),
                          new org.okju.casefile.Copies.Member(
                              ids.get(1), "re-encoded", "{\"distance\":4,\"view\":\"full\"}"),
                          new org.okju.casefile.Copies.Member(
                              ids.get(2),
                              "transformed",
                              "{\"distance\":22,\"view\":\"content\"}")))));
      var doc = org.okju.ledger.DocumentText.of("Documents/notes.txt", DIARY);
      var x = new org.okju.ledger.LedgerExtractor().extract(doc);
      new org.okju.ledger.LedgerCase(store, "test", java.time.Clock.systemUTC())
          .add(
              doc,
              x,
              Optional.empty(),
              Sha256.of(
                  java.security.MessageDigest.getInstance("SHA-256")
                      .digest(DIARY.getBytes(StandardCharsets.UTF_8))),
              Optional.of("text/plain"),
              "tester");
    }
  }

  /**
   * Media items added to a case's first source: ids of a photo, a video (if ffmpeg is here) and an
   * archive member.
   */
  record Media(ItemId photo, Optional<ItemId> video, ItemId member) {}

  /**
   * Writes a colourful picture (Java2D) and a short test-pattern video (ffmpeg) into the evidence
   * folder and catalogues them, plus a picture recorded as a member of an archive.
   */
  static Media addMedia(Path dir, Path evidence) throws Exception {
    java.awt.image.BufferedImage img =
        new java.awt.image.BufferedImage(640, 400, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    for (int x = 0; x < 640; x += 20) {
      for (int y = 0; y < 400; y += 20) {
        g.setColor(new java.awt.Color((x * 7) % 256, (y * 5) % 256, ((x + y) * 3) % 256));
        g.fillRect(x, y, 20, 20);
      }
    }
    g.setColor(java.awt.Color.BLACK);
    g.drawString("TEST PATTERN", 100, 100);
    g.dispose();
    Path photo = evidence.resolve("photo.jpg");
    javax.imageio.ImageIO.write(img, "jpg", photo.toFile());
    Path video = evidence.resolve("clip.mp4");
    boolean haveVideo = false;
    try {
      Process p =
          new ProcessBuilder(
                  "ffmpeg",
                  "-v",
                  "error",
                  "-y",
                  "-f",
                  "lavfi",
                  "-i",
                  "testsrc=duration=6:size=320x240:rate=10",
                  "-pix_fmt",
                  "yuv420p",
                  video.toString())
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      haveVideo = p.waitFor() == 0;
    } catch (java.io.IOException e) {
      haveVideo = false;
    }
    try (CaseStore store = CaseStore.open(CaseLocation.directory(dir))) {
      SourceId s = store.sources().all().get(0).id();
      ItemId photoId =
          media(store, s, Optional.empty(), "photo.jpg", Files.readAllBytes(photo), "image/jpeg");
      Optional<ItemId> videoId =
          haveVideo
              ? Optional.of(
                  media(
                      store,
                      s,
                      Optional.empty(),
                      "clip.mp4",
                      Files.readAllBytes(video),
                      "video/mp4"))
              : Optional.empty();
      ItemId zip =
          media(store, s, Optional.empty(), "backup.zip", new byte[] {1, 2, 3}, "application/zip");
      ItemId member =
          media(store, s, Optional.of(zip), "inner.jpg", Files.readAllBytes(photo), "image/jpeg");
      return new Media(photoId, videoId, member);
    }
  }

  private static ItemId media(
      CaseStore store,
      SourceId s,
      Optional<ItemId> parent,
      String name,
      byte[] content,
      String type)
      throws Exception {
    return store
        .items()
        .upsert(
            NewItem.listed(s, parent, ItemPath.of(name))
                .withFileInfo(content.length, FileTimes.none())
                .withMediaType(type, false)
                .withDigests(
                    new Digests(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(
                            Sha256.of(
                                java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(content)))))
                .withState(ItemStatus.OK, ItemProgress.DONE));
  }
}
