package org.okju.evidence.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partitions The Sleuth Kit's {@code mmls} reads from an image's MBR or GPT (including DOS
 * extended partitions), named {@code p1, p2 …} in table order; metadata entries (the table itself,
 * the protective MBR), extended-partition containers and unallocated gaps are left out. Stateless.
 */
final class PartitionTable {
  private static final Pattern ROW =
      Pattern.compile("^\\s*\\d+:\\s+(\\S+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*(.*)$");
  private static final Pattern UNITS = Pattern.compile("Units are in (\\d+)-byte sectors");

  private PartitionTable() {}

  /** The data partitions of {@code mmls} output {@code text}; empty when there are none. */
  static List<Partition> parse(String text) {
    long unit = 512;
    Matcher u = UNITS.matcher(text);
    if (u.find()) {
      unit = Long.parseLong(u.group(1));
    }
    List<Partition> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      Matcher m = ROW.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String slot = m.group(1);
      String description = m.group(5).strip();
      if (slot.equals("Meta")
          || slot.startsWith("---")
          || description.contains("Extended")
          || description.equals("Unallocated")) {
        continue;
      }
      long start = Long.parseLong(m.group(2));
      long length = Long.parseLong(m.group(4));
      out.add(
          new Partition(
              "p" + (out.size() + 1), start * unit, length * unit, description, Optional.empty()));
    }
    return out;
  }
}
