package org.okju.evidence.image;

import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.okju.evidence.EvidenceTimes;

/**
 * Reads the DFXML that The Sleuth Kit's {@code fiwalk -g -z -x} prints: each file system it found
 * ({@code volume}, with its offset and type) and each name in it ({@code fileobject}: path, inode,
 * times, owner, allocation, byte runs), streaming, so that a large listing is never held as text.
 * The XML reader refuses DTDs and external entities. Not thread-safe; one listing per instance.
 */
final class FiwalkListing {
  /** A file system fiwalk found: its offset in the image and its type. */
  record Volume(long offset, String type, long blockSize, long sectorSize) {}

  /** Receives what the listing holds, in the order fiwalk prints it. */
  interface Sink {
    void volume(Volume v);

    void entry(long volumeOffset, Parsed e);
  }

  /** A fileobject as fiwalk printed it, before the image's partitions are known. */
  record Parsed(
      String path,
      String inode,
      char nameType,
      int metaType,
      long size,
      EvidenceTimes times,
      OptionalLong uid,
      OptionalLong gid,
      boolean deleted,
      List<ByteRun> runs,
      boolean directRead) {}

  private FiwalkListing() {}

  /**
   * Parses {@code in} to its end or its first malformed byte.
   *
   * @throws XMLStreamException when the XML is malformed (what came before was delivered)
   */
  static void parse(InputStream in, Sink sink) throws XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
    try {
      long volumeOffset = 0;
      Map<String, String> volume = null;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (r.getLocalName()) {
          case "volume" -> {
            volumeOffset = number(r.getAttributeValue(null, "offset"), 0);
            volume = new HashMap<>();
            volume.put("offset", Long.toString(volumeOffset));
          }
          case "partition_offset", "block_size", "sector_size", "ftype_str" -> {
            if (volume != null) {
              String name = r.getLocalName();
              volume.put(name, text(r).strip());
              if (name.equals("ftype_str")) {
                sink.volume(
                    new Volume(
                        volumeOffset,
                        volume.get("ftype_str"),
                        number(volume.get("block_size"), 512),
                        number(volume.get("sector_size"), 512)));
                volume = null;
              }
            }
          }
          case "fileobject" -> sink.entry(volumeOffset, fileObject(r));
          default -> {
            // Run-time statistics and the creator's notes are not needed.
          }
        }
      }
    } finally {
      r.close();
    }
  }

  private static Parsed fileObject(XMLStreamReader r) throws XMLStreamException {
    Map<String, String> v = new HashMap<>();
    List<ByteRun> runs = new ArrayList<>();
    boolean direct = true;
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = r.getLocalName();
      switch (name) {
        case "parent_object" -> skip(r);
        case "byte_runs" -> depth++;
        case "byte_run" -> {
          String img = r.getAttributeValue(null, "img_offset");
          String fill = r.getAttributeValue(null, "fill");
          String type = r.getAttributeValue(null, "type");
          long length = number(r.getAttributeValue(null, "len"), -1);
          long fileOffset = number(r.getAttributeValue(null, "file_offset"), -1);
          if (fill != null && length >= 0) {
            runs.add(new ByteRun(fileOffset, 0, length, true));
          } else if (img != null && type == null && length >= 0) {
            runs.add(new ByteRun(fileOffset, number(img, -1), length, false));
          } else {
            direct = false;
          }
          skip(r);
        }
        default -> v.putIfAbsent(name, text(r).strip());
      }
    }
    String nameType = v.getOrDefault("name_type", "-");
    boolean deleted =
        "1".equals(v.get("unalloc"))
            || "0".equals(v.get("alloc"))
            || "0".equals(v.get("alloc_name"));
    if (v.containsKey("compressed") || v.containsKey("encrypted")) {
      direct = false;
    }
    return new Parsed(
        v.getOrDefault("filename", ""),
        v.getOrDefault("inode", "?"),
        nameType.isEmpty() ? '-' : nameType.charAt(0),
        (int) number(v.get("meta_type"), 0),
        number(v.get("filesize"), 0),
        new EvidenceTimes(
            time(v.get("mtime")),
            time(v.get("ctime")),
            time(v.get("atime")),
            time(v.get("crtime"))),
        v.containsKey("uid") ? OptionalLong.of(number(v.get("uid"), 0)) : OptionalLong.empty(),
        v.containsKey("gid") ? OptionalLong.of(number(v.get("gid"), 0)) : OptionalLong.empty(),
        deleted,
        runs,
        direct);
  }

  // An element's text, whatever elements it contains.
  private static String text(XMLStreamReader r) throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (depth == 1
          && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
        b.append(r.getText());
      }
    }
    return b.toString();
  }

  private static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  static long number(String s, long otherwise) {
    if (s == null) {
      return otherwise;
    }
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }

  // fiwalk prints ISO-8601; FAT's times have no zone (tools run with TZ=UTC, so they read as UTC).
  static Optional<Instant> time(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String t = s.strip();
    if (!t.endsWith("Z") && !t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
      t = t + "Z";
    }
    try {
      Instant i = Instant.parse(t);
      return i.getEpochSecond() <= 0 ? Optional.empty() : Optional.of(i);
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(java.time.OffsetDateTime.parse(t).toInstant());
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }
}
