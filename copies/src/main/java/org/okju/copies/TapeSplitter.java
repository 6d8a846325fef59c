package org.okju.copies;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.ItemId;
import org.okju.casefile.NewCustodyEntry;

/**
 * A reviewer's split of a tape ({@code okju copies split}): the chosen members are not copies of
 * the rest. The decision is stored (so every later grouping keeps the two sides apart), logged in
 * the custody log ({@code tape-split}: the tape, the item numbers on each side and the SHA-256 of
 * the reason, never a file name), and the case is grouped again at once. Not thread-safe.
 */
public final class TapeSplitter {
  private final CaseStore store;
  private final CaseCopies copies;

  public TapeSplitter(CaseStore store, CaseCopies copies) {
    this.store = store;
    this.copies = copies;
  }

  /** What a split did: the decision's number and the grouping that followed. */
  public record Result(long split, CaseCopies.Result grouping) {}

  /**
   * Moves {@code items} out of tape {@code tape}.
   *
   * @throws IllegalArgumentException when the tape does not exist, an item is not one of its
   *     members, or no member would be left (a split needs two sides)
   */
  public Result split(
      String tape, List<ItemId> items, String reason, String user, String okjuVersion) {
    Copies.Tape found =
        store.copies().tapes().stream()
            .filter(t -> t.id().equals(tape))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no tape " + tape + " (okju copies lists the tapes of the case)"));
    Set<ItemId> members = new LinkedHashSet<>();
    found.members().stream()
        .filter(m -> !m.joined().equals("compilation"))
        .forEach(m -> members.add(m.item()));
    Set<ItemId> moved = new LinkedHashSet<>(items);
    for (ItemId i : moved) {
      if (!members.contains(i)) {
        throw new IllegalArgumentException(
            "item "
                + i.value()
                + " is not a member of "
                + tape
                + " (its members: "
                + members.stream().map(m -> String.valueOf(m.value())).toList()
                + ")");
      }
    }
    Set<ItemId> kept = new HashSet<>(members);
    kept.removeAll(moved);
    if (moved.isEmpty() || kept.isEmpty()) {
      throw new IllegalArgumentException(
          "a split moves some members of " + tape + " and keeps the others");
    }
    Instant now = Instant.now();
    long id = store.copies().addSplit(new Copies.Split(0, tape, user, now, reason, moved, kept));
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode params = mapper.createObjectNode();
    params.put("split", id);
    params.put("tape", tape);
    var movedJson = params.putArray("moved");
    moved.stream().mapToLong(ItemId::value).sorted().forEach(movedJson::add);
    var keptJson = params.putArray("kept");
    kept.stream().mapToLong(ItemId::value).sorted().forEach(keptJson::add);
    // The reason is free text a reviewer typed and may name someone: the append-only log keeps its
    // SHA-256, the case's tape_split row the text.
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user,
                "tape-split",
                params.toString(),
                Map.of("reason", FileSha256.of(reason.getBytes(StandardCharsets.UTF_8))),
                Map.of(),
                okjuVersion));
    return new Result(id, copies.run(user, okjuVersion));
  }
}
