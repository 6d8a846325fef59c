package org.okju.ingest;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.okju.casefile.ErrorSeverity;

/**
 * Metadata worth having: EXIF date taken, camera and GPS position of images; duration, codec and
 * resolution of MP4/QuickTime videos (metadata-extractor, pure Java); author and dates of PDF and
 * Office documents ({@link DocumentMetadata}). Names are the dotted words of casefile's SCHEMA.md.
 */
final class MetadataStage implements IngestStage {
  static final String NAME = "metadata";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<Fact> requires() {
    return EnumSet.of(Fact.CONTENT);
  }

  @Override
  public Set<Fact> provides() {
    return EnumSet.of(Fact.METADATA);
  }

  @Override
  public void open(StageContext context) {}

  @Override
  public void process(IngestItem item) {
    String type = item.mediaType().orElse("");
    if (!item.readable() || item.content().isEmpty() || item.content().get().size() == 0) {
      return;
    }
    Content content = item.content().get();
    try {
      if (readsDocument(type)) {
        item.metadata().putAll(DocumentMetadata.read(type, content));
      } else if (ImagePdqStage.isImage(type)
          || (VideoStage.isVideo(type) && !VideoContainers.named(type))) {
        // metadata-extractor reads no Matroska, Ogg or transport stream ("file format could not
        // be determined" on every one); their pixels are read by the vPDQ stage all the same.
        try (InputStream in = content.stream()) {
          extract(ImageMetadataReader.readMetadata(in, content.size()), item.metadata());
        }
      }
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      // metadata-extractor throws unchecked exceptions on some hostile inputs; never fatal.
      item.problem(
          NAME,
          "unreadable-metadata",
          ErrorSeverity.WARNING,
          e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  static boolean readsDocument(String mediaType) {
    return DocumentMetadata.reads(mediaType);
  }

  private static void extract(com.drew.metadata.Metadata m, Map<String, String> out) {
    ExifSubIFDDirectory sub = m.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    if (sub != null && sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL) != null) {
      // EXIF keeps local camera time without a zone: stored as written, ISO-like, no zone.
      String raw = sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL).trim();
      out.put("exif.date-taken", raw.replaceFirst("^(\\d{4}):(\\d{2}):(\\d{2}) ", "$1-$2-$3T"));
    }
    ExifIFD0Directory ifd0 = m.getFirstDirectoryOfType(ExifIFD0Directory.class);
    if (ifd0 != null) {
      String make = ifd0.getString(ExifIFD0Directory.TAG_MAKE);
      String model = ifd0.getString(ExifIFD0Directory.TAG_MODEL);
      String camera =
          ((make == null ? "" : make.trim()) + " " + (model == null ? "" : model.trim())).trim();
      if (!camera.isEmpty()) {
        out.put("exif.camera", camera);
      }
    }
    GpsDirectory gps = m.getFirstDirectoryOfType(GpsDirectory.class);
    GeoLocation where = gps == null ? null : gps.getGeoLocation();
    if (where != null && !where.isZero()) {
      out.put(
          "gps.position",
          String.format(Locale.ROOT, "%.6f,%.6f", where.getLatitude(), where.getLongitude()));
    }
    for (Directory d : m.getDirectories()) {
      String dir = d.getName();
      if (!(dir.startsWith("MP4") || dir.startsWith("QuickTime"))) {
        continue;
      }
      for (Tag t : d.getTags()) {
        String value = d.getString(t.getTagType());
        if (value == null) {
          continue;
        }
        switch (t.getTagName()) {
          case "Duration in Seconds", "Duration in seconds" -> putNumber(out, value);
          case "Compression Type" -> out.putIfAbsent("video.codec", value.trim());
          case "Width" -> out.putIfAbsent("video.width", value.trim());
          case "Height" -> out.putIfAbsent("video.height", value.trim());
          default -> {}
        }
      }
    }
    if (out.containsKey("video.width") && out.containsKey("video.height")) {
      out.put("video.resolution", out.remove("video.width") + "x" + out.remove("video.height"));
    }
  }

  private static void putNumber(Map<String, String> out, String value) {
    try {
      String v = value.trim();
      int slash = v.indexOf('/');
      // metadata-extractor gives durations as rationals ("6891/1000").
      double seconds =
          slash < 0
              ? Double.parseDouble(v)
              : Double.parseDouble(v.substring(0, slash))
                  / Double.parseDouble(v.substring(slash + 1));
      if (seconds > 0) {
        out.putIfAbsent("video.duration-seconds", String.format(Locale.ROOT, "%.3f", seconds));
      }
    } catch (NumberFormatException e) {
      // Not a number: keep it as text.
      out.putIfAbsent("video.duration", value.trim());
    }
  }

  @Override
  public void close() {}
}
