package org.okju.casefile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The picture-profile part of {@link Copies} in SQL: table picture_profile. */
final class SqlPictures {
  private static final String PROFILE_COLUMNS =
      "width, height, colours, dominant_share, smooth_share, transparent_share,"
          + " content_x0, content_y0, content_x1, content_y1, framed";

  /** Items looked up per query: well under both databases' parameter limits. */
  private static final int CHUNK = 500;

  private final Scope scope;

  SqlPictures(Scope scope) {
    this.scope = scope;
  }

  void put(ItemId item, Copies.Picture p) {
    scope.write(
        "store picture profile",
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM picture_profile WHERE item_id = ?")) {
            s.setLong(1, item.value());
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO picture_profile (item_id, "
                      + PROFILE_COLUMNS
                      + ", thumbnail_luma, thumbnail_alpha, thumbnail_chroma)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            double[] box = p.content();
            s.setLong(1, item.value());
            s.setInt(2, p.width());
            s.setInt(3, p.height());
            s.setInt(4, p.colours());
            s.setDouble(5, p.dominantShare());
            s.setDouble(6, p.smoothShare());
            s.setDouble(7, p.transparentShare());
            for (int i = 0; i < 4; i++) {
              s.setDouble(8 + i, box[i]);
            }
            s.setInt(12, p.framed() ? 1 : 0);
            s.setBytes(13, p.luma());
            byte[] alpha = p.alpha();
            if (alpha.length == 0) {
              s.setNull(14, java.sql.Types.BINARY);
            } else {
              s.setBytes(14, alpha);
            }
            byte[] chroma = p.chroma();
            if (chroma.length == 0) {
              s.setNull(15, java.sql.Types.BINARY);
            } else {
              s.setBytes(15, chroma);
            }
            s.executeUpdate();
          }
          return null;
        });
  }

  Stream<Copies.ItemPicture> streamProfiles() {
    return scope.stream(
        "stream picture profiles",
        "SELECT item_id, " + PROFILE_COLUMNS + " FROM picture_profile ORDER BY item_id",
        s -> {},
        r ->
            new Copies.ItemPicture(
                new ItemId(r.getLong(1)), picture(r, 2, new byte[0], new byte[0], new byte[0])));
  }

  Map<ItemId, Copies.Picture> pictures(Collection<ItemId> items) {
    List<ItemId> all = new ArrayList<>(items);
    Map<ItemId, Copies.Picture> out = new HashMap<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<ItemId> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      scope.read(
          "read pictures",
          c -> {
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s =
                c.prepareStatement(
                    "SELECT item_id, "
                        + PROFILE_COLUMNS
                        + ", thumbnail_luma, thumbnail_alpha, thumbnail_chroma FROM picture_profile"
                        + " WHERE item_id IN ("
                        + marks
                        + ")")) {
              for (int i = 0; i < chunk.size(); i++) {
                s.setLong(i + 1, chunk.get(i).value());
              }
              try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                  byte[] alpha = r.getBytes(14);
                  byte[] chroma = r.getBytes(15);
                  out.put(
                      new ItemId(r.getLong(1)),
                      picture(
                          r,
                          2,
                          r.getBytes(13),
                          alpha == null ? new byte[0] : alpha,
                          chroma == null ? new byte[0] : chroma));
                }
              }
            }
            return null;
          });
    }
    return out;
  }

  private static Copies.Picture picture(
      ResultSet r, int first, byte[] luma, byte[] alpha, byte[] chroma) throws SQLException {
    return new Copies.Picture(
        r.getInt(first),
        r.getInt(first + 1),
        r.getInt(first + 2),
        r.getDouble(first + 3),
        r.getDouble(first + 4),
        r.getDouble(first + 5),
        new double[] {
          r.getDouble(first + 6),
          r.getDouble(first + 7),
          r.getDouble(first + 8),
          r.getDouble(first + 9)
        },
        luma,
        alpha,
        chroma,
        r.getInt(first + 10) != 0);
  }
}
