package org.okju.copies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.ItemId;

/**
 * A case written by okju before copy signals were packed (schema V75 with the row table {@code
 * copy_signal}): {@code okju ingest} of the bridge photo with a blurred, a shrunk, a flipped and an
 * unevenly cropped copy, two unrelated photos and two short videos (the doorknob sample and a
 * flipped, scaled excerpt of it), then {@code okju copies}. Made with okju at commit a55425a:
 *
 * <pre>
 * D=testvectors/threatexchange/pdq/data; V=testvectors/threatexchange/tmk/sample-videos
 * cp $D/bridge-mods/aaa-orig.jpg e/bridge.jpg; cp $D/bridge-mods/blur-a-little.jpg e/bridge-blur.jpg
 * cp $D/bridge-mods/shrink-a-lot.jpg e/bridge-small.jpg; cp $D/misc-images/{small,wee}.jpg e/
 * convert $D/bridge-mods/aaa-orig.jpg -flop -quality 85 e/bridge-flop.jpg
 * convert $D/bridge-mods/aaa-orig.jpg -crop 88%x91%+30+12 +repage e/bridge-crop.png
 * cp $V/doorknob-hd-no-bar.mp4 e/doorknob.mp4
 * ffmpeg -ss 1 -i $V/doorknob-hd-no-bar.mp4 -t 7 -vf hflip,scale=320:-2 e/doorknob-part-flip.mp4
 * okju ingest --case case --user fixture e; okju copies --case case --user fixture
 * </pre>
 *
 * Opening it moves its rows into packed records (V50, V51, out of order after V75), and grouping
 * the migrated case gives the tapes that version stored, evidence and all.
 */
class CaseWrittenBeforePackedSignalsTest {
  @TempDir Path tmp;

  @Test
  void itsSignalsArePackedOnOpeningAndGroupingGivesTheTapesThatVersionStored() throws Exception {
    Path dir = tmp.resolve("case");
    Files.createDirectories(dir);
    Path db = dir.resolve("case.db");
    try (var in = getClass().getResourceAsStream("written-before-packed-signals/case.db")) {
      Files.copy(in, db);
    }
    Map<Long, List<Copies.Signal>> rows = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT item_id, frame_number, timestamp_seconds, kind, orientation, pdq, quality"
                    + " FROM copy_signal ORDER BY item_id, frame_number, kind, orientation")) {
      while (r.next()) {
        rows.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
            .add(
                new Copies.Signal(
                    r.getLong(2),
                    r.getDouble(3),
                    r.getString(4),
                    r.getString(5),
                    org.okju.casefile.PdqHex.parse(r.getString(6)),
                    r.getInt(7)));
      }
    }
    assertThat(rows).hasSize(9);
    assertThat(rows.values().stream().mapToInt(List::size).sum()).isEqualTo(1232);

    try (CaseStore store = CaseStore.open(CaseLocation.directory(dir))) {
      List<Copies.Tape> before = store.copies().tapes();
      assertThat(before).hasSize(5);
      for (Map.Entry<Long, List<Copies.Signal>> e : rows.entrySet()) {
        assertThat(store.copies().signals(new ItemId(e.getKey())))
            .as("item %d", e.getKey())
            .containsExactlyElementsOf(e.getValue());
      }

      new CaseCopies(store, GroupingSettings.DEFAULT).run("test", "test");

      // Since that version a representative's evidence also says what it was chosen on (its
      // pixels, a video's seconds); everything else is as stored.
      assertThat(
              store.copies().tapes().stream()
                  .map(CaseWrittenBeforePackedSignalsTest::withoutChoiceFigures)
                  .toList())
          .containsExactlyElementsOf(before);
      assertThat(store.copies().tapes())
          .allSatisfy(
              t ->
                  assertThat(t.members().get(0).evidence())
                      .containsAnyOf("\"pixels\"", "\"seconds\""));
      assertThat(
              before.stream()
                  .flatMap(t -> t.members().stream())
                  .map(Copies.Member::relation)
                  .toList())
          .contains("transformed", "re-encoded");
    }
  }

  /** {@code tape} with its representative's evidence as the version before the figures wrote it. */
  private static Copies.Tape withoutChoiceFigures(Copies.Tape tape) {
    List<Copies.Member> members = new ArrayList<>(tape.members());
    Copies.Member rep = members.get(0);
    try {
      ObjectNode evidence = (ObjectNode) JSON.readTree(rep.evidence());
      evidence.remove(List.of("pixels", "seconds"));
      members.set(
          0,
          new Copies.Member(
              rep.item(), rep.relation(), rep.joined(), JSON.writeValueAsString(evidence)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new Copies.Tape(tape.id(), tape.kind(), tape.representative(), members, tape.related());
  }

  private static final ObjectMapper JSON = new ObjectMapper();
}
