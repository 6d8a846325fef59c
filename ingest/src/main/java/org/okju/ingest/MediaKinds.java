package org.okju.ingest;

import org.okju.text.DocumentTypes;

/** The coarse kind of a media type, as summaries and listings group items. Stateless. */
public final class MediaKinds {
  private MediaKinds() {}

  /** image, video, archive, document, text, other; "unread" when no type was detected. */
  public static String kind(String mediaType) {
    if (mediaType.startsWith("image/")) {
      return "image";
    }
    if (VideoStage.isVideo(mediaType)) {
      return "video";
    }
    if (ArchiveStage.isArchive(mediaType)) {
      return "archive";
    }
    if (DocumentTypes.isDocument(mediaType)) {
      return "document";
    }
    if (mediaType.startsWith("text/")) {
      return "text";
    }
    return mediaType.isEmpty() ? "unread" : "other";
  }
}
