package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy-signal, tape and hash-set aggregates on a real database, run by the SQLite and
 * PostgreSQL subclasses.
 */
abstract class CopiesContract {
  static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123456789Z");
  static final PdqHex A = PdqHex.parse("a".repeat(64));
  static final PdqHex B = PdqHex.parse("b".repeat(64));

  @TempDir Path tmp;

  abstract Backend backend();

  CaseStore open() throws Exception {
    CaseLocation location = backend().freshLocation(tmp);
    return CaseStore.open(c -> c.location(location).keyDirectory(tmp));
  }

  static ItemId item(CaseStore store, String name, int n) {
    SourceId src =
        store
            .sources()
            .start(new NewSource(ItemPath.of("/evidence/" + name), T0, "0.1", "inv1", "okju"));
    return store
        .items()
        .upsert(
            NewItem.listed(src, Optional.empty(), ItemPath.of(name))
                .withDigests(CaseStoreContract.digests(n)));
  }

  @Test
  void storedSignalsComeBackInFrameOrderAndReplaceTheItemsEarlierOnes() throws Exception {
    try (CaseStore store = open()) {
      ItemId video = item(store, "v.mp4", 1);
      ItemId image = item(store, "i.jpg", 2);
      store.copies().putSignals(video, List.of(new Copies.Signal(0, 0, "full", "orig", A, 90)));
      store
          .copies()
          .putSignals(
              video,
              List.of(
                  new Copies.Signal(30, 1.0, "full", "orig", B, 80),
                  new Copies.Signal(0, 0.0, "content", "flipx", A, 70)));
      store
          .copies()
          .putSignals(image, List.of(new Copies.Signal(Copies.IMAGE, 0, "full", "orig", B, 100)));

      assertThat(store.copies().signals(video))
          .containsExactly(
              new Copies.Signal(0, 0.0, "content", "flipx", A, 70),
              new Copies.Signal(30, 1.0, "full", "orig", B, 80));
      try (Stream<Copies.ItemSignal> all = store.copies().streamSignals()) {
        assertThat(all.map(Copies.ItemSignal::item)).containsExactly(video, video, image);
      }
    }
  }

  @Test
  void tapesAreReplacedAsAWholeAndKeepTheirMembersOrder() throws Exception {
    try (CaseStore store = open()) {
      ItemId a = item(store, "a.mp4", 1);
      ItemId b = item(store, "b.mp4", 2);
      ItemId c = item(store, "c.jpg", 3);
      store
          .copies()
          .replaceTapes(
              List.of(
                  new Copies.Tape(
                      "T-001", "video", a, List.of(new Copies.Member(a, "representative", "{}")))));
      Copies.Tape tape =
          new Copies.Tape(
              "T-001",
              "video",
              b,
              List.of(
                  new Copies.Member(b, "representative", "{}"),
                  new Copies.Member(c, "still", "{\"distance\":3}"),
                  new Copies.Member(a, "excerpt", "{\"offset\":4}")));
      store.copies().replaceTapes(List.of(tape));

      assertThat(store.copies().tapes()).containsExactly(tape);
      assertThatThrownBy(
              () ->
                  store
                      .copies()
                      .replaceTapes(
                          List.of(
                              new Copies.Tape(
                                  "T-002",
                                  "video",
                                  a,
                                  List.of(new Copies.Member(a, "cousin", "{}"))))))
          .isInstanceOf(CaseStoreException.class);
      assertThat(store.copies().tapes()).containsExactly(tape);
    }
  }

  @Test
  void picturesComeBackWholeByItemAndAsProfilesWithoutThumbnailsInItemOrder() throws Exception {
    try (CaseStore store = open()) {
      ItemId icon = item(store, "icon.png", 1);
      ItemId photo = item(store, "photo.jpg", 2);
      byte[] luma = new byte[4096];
      byte[] alpha = new byte[4096];
      for (int i = 0; i < 4096; i++) {
        luma[i] = (byte) i;
        alpha[i] = (byte) (255 - i);
      }
      Copies.Picture iconPicture =
          new Copies.Picture(48, 48, 7, 0.62, 0.91, 0.4, new double[] {0, 0, 1, 1}, luma, alpha);
      Copies.Picture photoPicture =
          new Copies.Picture(
              640, 480, 900, 0.05, 0.01, 0, new double[] {0, 0.1, 1, 0.9}, luma, new byte[0]);
      store.copies().putPicture(photo, photoPicture);
      store.copies().putPicture(icon, photoPicture);
      store.copies().putPicture(icon, iconPicture);

      assertThat(store.copies().pictures(List.of(icon, photo, new ItemId(999))))
          .containsOnlyKeys(icon, photo)
          .containsEntry(icon, iconPicture)
          .containsEntry(photo, photoPicture);
      try (Stream<Copies.ItemPicture> profiles = store.copies().streamProfiles()) {
        List<Copies.ItemPicture> all = profiles.toList();
        assertThat(all).extracting(Copies.ItemPicture::item).containsExactly(icon, photo);
        assertThat(all.get(0).picture().luma()).isEmpty();
        assertThat(all.get(1).picture().content()).containsExactly(0, 0.1, 1, 0.9);
        assertThat(all.get(0).picture().transparentShare()).isEqualTo(0.4);
      }
    }
  }

  @Test
  void membersKeepHowTheyJoinedAndTapesTheirRelatedItems() throws Exception {
    try (CaseStore store = open()) {
      ItemId a = item(store, "a.png", 1);
      ItemId b = item(store, "b.png", 2);
      ItemId c = item(store, "c.png", 3);
      ItemId d = item(store, "d.png", 4);
      Copies.Tape first =
          new Copies.Tape(
              "T-001",
              "image",
              a,
              List.of(
                  new Copies.Member(a, "representative", "representative", "{}"),
                  new Copies.Member(b, "re-encoded", "direct", "{\"distance\":4}"),
                  new Copies.Member(c, "transformed", "via-member", "{\"chainDistance\":20}")),
              List.of(new Copies.Related(d, b, "T-002", "transformed", "{\"distance\":22}")));
      Copies.Tape second =
          new Copies.Tape(
              "T-002",
              "image",
              d,
              List.of(new Copies.Member(d, "representative", "{}")),
              List.of(new Copies.Related(b, d, "T-001", "transformed", "{\"distance\":22}")));
      store.copies().replaceTapes(List.of(first, second));
      assertThat(store.copies().tapes()).containsExactly(first, second);
      assertThat(new Copies.Member(a, "representative", "{}").joined()).isEqualTo("representative");
      assertThatThrownBy(
              () ->
                  store
                      .copies()
                      .replaceTapes(
                          List.of(
                              new Copies.Tape(
                                  "T-003",
                                  "image",
                                  a,
                                  List.of(new Copies.Member(a, "re-encoded", "chained", "{}"))))))
          .isInstanceOf(CaseStoreException.class);
      assertThat(store.copies().tapes()).containsExactly(first, second);
    }
  }

  @Test
  void splitsAreKeptWithTheirSidesInTheOrderTheyWereDecided() throws Exception {
    try (CaseStore store = open()) {
      ItemId a = item(store, "a.png", 1);
      ItemId b = item(store, "b.png", 2);
      ItemId c = item(store, "c.png", 3);
      long first =
          store
              .copies()
              .addSplit(
                  new Copies.Split(
                      0, "T-004", "rev1", T0, "different icons", Set.of(c), Set.of(a, b)));
      long second =
          store
              .copies()
              .addSplit(new Copies.Split(0, "T-001", "rev2", T0, "no", Set.of(b), Set.of(a)));
      assertThat(second).isGreaterThan(first);
      List<Copies.Split> splits = store.copies().splits();
      assertThat(splits)
          .containsExactly(
              new Copies.Split(
                  first, "T-004", "rev1", T0, "different icons", Set.of(c), Set.of(a, b)),
              new Copies.Split(second, "T-001", "rev2", T0, "no", Set.of(b), Set.of(a)));
    }
  }

  @Test
  void digestsOfCatalogueItemsMatchImportedEntriesExactly() throws Exception {
    try (CaseStore store = open()) {
      ItemId one = item(store, "one.jpg", 1);
      item(store, "two.jpg", 2);
      Digests d = CaseStoreContract.digests(1);
      long set =
          store.hashSets().create("known", "known-bad", "md5sum", "0".repeat(64), T0, "inv1");
      store
          .hashSets()
          .addEntries(
              set,
              List.of(
                  new HashSets.Entry("md5", d.md5().orElseThrow().toHex(), Optional.empty()),
                  new HashSets.Entry("sha256", d.sha256().orElseThrow().toHex(), Optional.of("x")),
                  new HashSets.Entry("md5", "f".repeat(32), Optional.empty()),
                  new HashSets.Entry("pdq", A.toHex(), Optional.of("collab"))));
      store.hashSets().finish(set, 4, 1);

      List<HashSets.Match> exact = store.hashSets().exactMatches();
      assertThat(exact)
          .extracting(HashSets.Match::item, HashSets.Match::hashKind)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(one, "md5"),
              org.assertj.core.groups.Tuple.tuple(one, "sha256"));
      store.hashSets().replaceMatches(exact);
      store.hashSets().replaceMatches(exact);
      assertThat(store.hashSets().matches()).hasSize(2);
      try (Stream<HashSets.SetEntry> pdq = store.hashSets().pdqEntries()) {
        assertThat(pdq.map(e -> e.entry().label())).containsExactly(Optional.of("collab"));
      }
      HashSets.HashSet stored = store.hashSets().find("known").orElseThrow();
      assertThat(stored.entries()).contains(4L);
      assertThat(stored.problems()).contains(1L);
      assertThat(stored.importedAt()).isEqualTo(T0);
    }
  }

  @Test
  void aSecondSetOfTheSameNameIsRefusedAndAnUnknownKindIsRejectedByTheSchema() throws Exception {
    try (CaseStore store = open()) {
      store.hashSets().create("nsrl", "ignorable", "nsrl-v3", "0".repeat(64), T0, "inv1");
      assertThatThrownBy(
              () ->
                  store.hashSets().create("nsrl", "ignorable", "nsrl-v3", "0".repeat(64), T0, "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("nsrl");
      assertThatThrownBy(
              () -> store.hashSets().create("other", "maybe", "x", "0".repeat(64), T0, "inv1"))
          .isInstanceOf(CaseStoreException.class);
      assertThat(store.hashSets().list())
          .extracting(HashSets.HashSet::name)
          .containsExactly("nsrl");
      assertThat(store.hashSets().list().get(0).entries()).isEmpty();
    }
  }
}
