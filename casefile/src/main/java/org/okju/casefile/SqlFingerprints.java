package org.okju.casefile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link Fingerprints} in SQL: image_pdq (+ image_pdq_dihedral) and video_frame. */
final class SqlFingerprints implements Fingerprints {
  private final Scope scope;

  SqlFingerprints(Scope scope) {
    this.scope = scope;
  }

  @Override
  public void putImage(ItemId item, ImagePdq pdq) {
    scope.write(
        "store image PDQ",
        c -> {
          delete(c, "DELETE FROM image_pdq_dihedral WHERE item_id = ?", item);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO image_pdq (item_id, pdq, quality) VALUES (?, ?, ?)"
                      + " ON CONFLICT (item_id) DO UPDATE SET pdq = excluded.pdq,"
                      + " quality = excluded.quality")) {
            s.setLong(1, item.value());
            s.setString(2, pdq.pdq().toHex());
            s.setInt(3, pdq.quality());
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO image_pdq_dihedral (item_id, dihedral, pdq) VALUES (?, ?, ?)")) {
            for (Map.Entry<Dihedral, PdqHex> d : pdq.dihedrals().entrySet()) {
              s.setLong(1, item.value());
              s.setString(2, d.getKey().label());
              s.setString(3, d.getValue().toHex());
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  @Override
  public Optional<ImagePdq> image(ItemId item) {
    return scope.read(
        "read image PDQ",
        c -> {
          Map<Dihedral, PdqHex> dihedrals = new EnumMap<>(Dihedral.class);
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT dihedral, pdq FROM image_pdq_dihedral WHERE item_id = ?")) {
            s.setLong(1, item.value());
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                dihedrals.put(Dihedral.ofLabel(r.getString(1)), PdqHex.parse(r.getString(2)));
              }
            }
          }
          try (PreparedStatement s =
              c.prepareStatement("SELECT pdq, quality FROM image_pdq WHERE item_id = ?")) {
            s.setLong(1, item.value());
            try (ResultSet r = s.executeQuery()) {
              return r.next()
                  ? Optional.of(new ImagePdq(PdqHex.parse(r.getString(1)), r.getInt(2), dihedrals))
                  : Optional.<ImagePdq>empty();
            }
          }
        });
  }

  @Override
  public void putVideo(ItemId item, List<VideoFrame> frames) {
    scope.write(
        "store video frames",
        c -> {
          delete(c, "DELETE FROM video_frame WHERE item_id = ?", item);
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO video_frame (item_id, frame_number, quality, pdq,"
                      + " timestamp_seconds) VALUES (?, ?, ?, ?, ?)")) {
            for (VideoFrame f : frames) {
              s.setLong(1, item.value());
              s.setLong(2, f.frameNumber());
              s.setInt(3, f.quality());
              s.setString(4, f.pdq().toHex());
              s.setDouble(5, f.timestampSeconds());
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<VideoFrame> video(ItemId item) {
    return scope.read(
        "read video frames",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT frame_number, quality, pdq, timestamp_seconds FROM video_frame"
                      + " WHERE item_id = ? ORDER BY frame_number")) {
            s.setLong(1, item.value());
            List<VideoFrame> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                out.add(
                    new VideoFrame(
                        r.getLong(1), r.getInt(2), PdqHex.parse(r.getString(3)), r.getDouble(4)));
              }
            }
            return out;
          }
        });
  }

  @Override
  public Stream<ItemImage> streamImages() {
    // Dihedrals are left out: an index over all images wants the identity hashes; image(item)
    // gives the variants of one.
    return scope.stream(
        "stream image PDQs",
        "SELECT item_id, pdq, quality FROM image_pdq ORDER BY item_id",
        s -> {},
        r ->
            new ItemImage(
                new ItemId(r.getLong(1)),
                new ImagePdq(PdqHex.parse(r.getString(2)), r.getInt(3), Map.of())));
  }

  private static void delete(Connection c, String sql, ItemId item) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, item.value());
      s.executeUpdate();
    }
  }
}
