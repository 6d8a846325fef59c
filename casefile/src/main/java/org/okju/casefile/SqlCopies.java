package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@link Copies} in SQL: copy_signal_pack (one {@link CopySignalPack} per item), tape, tape_member
 * and tape_related (pictures and splits in their own classes).
 */
final class SqlCopies implements Copies {
  private final Scope scope;
  private final SqlPictures pictures;
  private final SqlTapeSplits splits;

  SqlCopies(Scope scope) {
    this.scope = scope;
    this.pictures = new SqlPictures(scope);
    this.splits = new SqlTapeSplits(scope);
  }

  @Override
  public void putPicture(ItemId item, Picture picture) {
    pictures.put(item, picture);
  }

  @Override
  public Stream<ItemPicture> streamProfiles() {
    return pictures.streamProfiles();
  }

  @Override
  public Map<ItemId, Picture> pictures(Collection<ItemId> items) {
    return pictures.pictures(items);
  }

  @Override
  public long addSplit(Split split) {
    return splits.add(split);
  }

  @Override
  public List<Split> splits() {
    return splits.all();
  }

  @Override
  public void putSignals(ItemId item, List<Signal> signals) {
    byte[] pack = CopySignalPack.encode(signals);
    scope.write(
        "store copy signals",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO copy_signal_pack (item_id, format, views, pack) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (item_id) DO UPDATE SET format = excluded.format,"
                      + " views = excluded.views, pack = excluded.pack")) {
            s.setLong(1, item.value());
            s.setInt(2, CopySignalPack.VERSION);
            s.setInt(3, signals.size());
            s.setBytes(4, pack);
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<Signal> signals(ItemId item) {
    byte[] pack =
        scope.read(
            "read copy signals",
            c -> {
              try (PreparedStatement s =
                  c.prepareStatement("SELECT pack FROM copy_signal_pack WHERE item_id = ?")) {
                s.setLong(1, item.value());
                try (ResultSet r = s.executeQuery()) {
                  return r.next() ? r.getBytes(1) : null;
                }
              }
            });
    return pack == null ? List.of() : new ItemSignalPack(item, pack).pack().signals();
  }

  @Override
  public Stream<ItemSignal> streamSignals() {
    return streamSignalPacks()
        .flatMap(p -> p.pack().signals().stream().map(g -> new ItemSignal(p.item(), g)));
  }

  @Override
  public Stream<ItemSignalPack> streamSignalPacks() {
    return scope.stream(
        "stream copy signals",
        "SELECT item_id, pack FROM copy_signal_pack ORDER BY item_id",
        s -> {},
        r -> new ItemSignalPack(new ItemId(r.getLong(1)), r.getBytes(2)));
  }

  @Override
  public void replaceTapes(List<Tape> tapes) {
    scope.write(
        "store tapes",
        c -> {
          update(c, "DELETE FROM tape_related");
          update(c, "DELETE FROM tape_member");
          update(c, "DELETE FROM tape");
          try (PreparedStatement t =
                  c.prepareStatement(
                      "INSERT INTO tape (id, kind, representative_id) VALUES (?, ?, ?)");
              PreparedStatement m =
                  c.prepareStatement(
                      "INSERT INTO tape_member (tape_id, item_id, position, relation, joined,"
                          + " evidence) VALUES (?, ?, ?, ?, ?, ?)");
              PreparedStatement rel =
                  c.prepareStatement(
                      "INSERT INTO tape_related (tape_id, item_id, member_id, in_tape, relation,"
                          + " evidence) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Tape tape : tapes) {
              t.setString(1, tape.id());
              t.setString(2, tape.kind());
              t.setLong(3, tape.representative().value());
              t.addBatch();
              int position = 0;
              for (Member member : tape.members()) {
                m.setString(1, tape.id());
                m.setLong(2, member.item().value());
                m.setInt(3, position++);
                m.setString(4, member.relation());
                m.setString(5, member.joined());
                m.setString(6, member.evidence());
                m.addBatch();
              }
              for (Related r : tape.related()) {
                rel.setString(1, tape.id());
                rel.setLong(2, r.item().value());
                rel.setLong(3, r.member().value());
                rel.setString(4, r.inTape());
                rel.setString(5, r.relation());
                rel.setString(6, r.evidence());
                rel.addBatch();
              }
            }
            t.executeBatch();
            m.executeBatch();
            rel.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<Tape> tapes() {
    return scope.read(
        "read tapes",
        c -> {
          Map<String, String[]> heads = new LinkedHashMap<>();
          try (PreparedStatement s =
                  c.prepareStatement("SELECT id, kind, representative_id FROM tape ORDER BY id");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              heads.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
            }
          }
          Map<String, List<Member>> members = new LinkedHashMap<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT tape_id, item_id, relation, joined, evidence FROM tape_member"
                          + " ORDER BY tape_id, position");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              members
                  .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                  .add(
                      new Member(
                          new ItemId(r.getLong(2)),
                          r.getString(3),
                          r.getString(4),
                          r.getString(5)));
            }
          }
          Map<String, List<Related>> related = new LinkedHashMap<>();
          try (PreparedStatement s =
                  c.prepareStatement(
                      "SELECT tape_id, item_id, member_id, in_tape, relation, evidence"
                          + " FROM tape_related ORDER BY tape_id, item_id");
              ResultSet r = s.executeQuery()) {
            while (r.next()) {
              related
                  .computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                  .add(
                      new Related(
                          new ItemId(r.getLong(2)),
                          new ItemId(r.getLong(3)),
                          r.getString(4),
                          r.getString(5),
                          r.getString(6)));
            }
          }
          List<Tape> out = new ArrayList<>();
          heads.forEach(
              (id, h) ->
                  out.add(
                      new Tape(
                          id,
                          h[0],
                          new ItemId(Long.parseLong(h[1])),
                          members.getOrDefault(id, List.of()),
                          related.getOrDefault(id, List.of()))));
          return out;
        });
  }

  private static void update(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }
}
