package org.okju.evidence.image;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.okju.evidence.EvidenceTimes;

/**
 * Reads the body-file lines of The Sleuth Kit's {@code fls -r -p -m /}: {@code
 * MD5|name|inode|mode|uid|gid|size|atime|mtime|ctime|crtime}, times in seconds since 1970. Used for
 * a file system that {@code fiwalk} cannot reach (it has no offset option, so a partition of a
 * table TSK refuses is listed this way). The lines give no byte runs: such files are read through
 * {@code icat}. Stateless.
 */
final class FlsListing {
  private static final String DELETED = " (deleted)";
  private static final String REALLOCATED = " (deleted-realloc)";

  private FlsListing() {}

  /** The entries of {@code text}; malformed lines are left out. */
  static List<FiwalkListing.Parsed> parse(String text) {
    List<FiwalkListing.Parsed> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      String[] f = line.split("\\|", -1);
      if (f.length < 11) {
        continue;
      }
      // A '|' inside a name splits it: the name is everything between the first and the last nine.
      int extra = f.length - 11;
      String name = String.join("|", java.util.Arrays.copyOfRange(f, 1, 2 + extra));
      String[] rest = java.util.Arrays.copyOfRange(f, 2 + extra, f.length);
      boolean deleted = false;
      if (name.endsWith(REALLOCATED)) {
        name = name.substring(0, name.length() - REALLOCATED.length());
        deleted = true;
      } else if (name.endsWith(DELETED)) {
        name = name.substring(0, name.length() - DELETED.length());
        deleted = true;
      }
      if (name.startsWith("/")) {
        name = name.substring(1);
      }
      String mode = rest[1];
      if (mode.length() < 3) {
        continue;
      }
      out.add(
          new FiwalkListing.Parsed(
              name,
              rest[0],
              mode.charAt(0),
              switch (mode.charAt(2)) {
                case 'r' -> 1;
                case 'd' -> 2;
                case 'l' -> 3;
                default -> 0;
              },
              FiwalkListing.number(rest[4], 0),
              new EvidenceTimes(time(rest[6]), time(rest[7]), time(rest[5]), time(rest[8])),
              OptionalLong.of(FiwalkListing.number(rest[2], 0)),
              OptionalLong.of(FiwalkListing.number(rest[3], 0)),
              deleted,
              List.of(),
              false));
    }
    return out;
  }

  private static Optional<Instant> time(String seconds) {
    long s = FiwalkListing.number(seconds, 0);
    return s <= 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(s));
  }
}
