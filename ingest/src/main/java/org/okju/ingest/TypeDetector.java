package org.okju.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.okju.text.TextEncoding;

/**
 * Media type by content, as Tika's full detector gives it: the magic database on the head (in
 * place, {@link TikaMagic}), then for zip and OLE2 containers Tika's container detectors on the
 * whole item ({@link ContainerTypes}); the character encoding of text ({@link TextEncoding}), which
 * also finds text in CP949, Shift-JIS or UTF-16 where Tika's text test says binary; and whether the
 * file name's extension contradicts the type. Thread-safe (Tika's {@link MimeTypes} is immutable
 * once loaded).
 */
final class TypeDetector {
  /** Bytes of the head read before anything else (the first read's size). */
  static final int HEAD_BYTES = 64 << 10;

  /**
   * Bytes Tika's magic rules see. Every type okju acts on (images, video containers, archives,
   * documents, text) is recognised within its first few hundred bytes; scanning 64 KiB through the
   * whole magic database cost more CPU than MD5, SHA-1 and SHA-256 of the file together.
   */
  static final int DETECT_BYTES = 8 << 10;

  private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
  private final MediaTypeRegistry registry = types.getMediaTypeRegistry();
  // Tika's rules evaluated in place (same answers, a fraction of the CPU); Tika itself when this
  // Tika's rules cannot be read, and for XML and HTML.
  private final java.util.Optional<TikaMagic> magic = DefaultRules.MAGIC;

  /**
   * The rules of Tika's default types, read once (about 10 ms) for all detectors: every worker of
   * every run opens one. Immutable, like the default types they come from.
   */
  private static final class DefaultRules {
    static final java.util.Optional<TikaMagic> MAGIC =
        TikaMagic.load(MimeTypes.getDefaultMimeTypes());
  }

  private final ContainerTypes containers = new ContainerTypes(registry);

  /**
   * The detected type, what the name suggests, and for text its character encoding.
   *
   * @param charset the encoding of a {@code text/plain} item, decided on the head
   */
  record Detection(
      MediaType content,
      MediaType byName,
      boolean extensionMismatch,
      Optional<TextEncoding.Detected> charset) {
    String contentType() {
      return content.getBaseType().toString();
    }
  }

  /** Whether the type can only be told from the whole item (a zip or OLE2 container). */
  boolean needsContainer(Detection d) {
    return containers.refines(d.content());
  }

  /**
   * The specific type of a container from its kept bytes, as Tika's full detector names it.
   *
   * @param d the detection from the head, for which {@link #needsContainer} holds
   */
  Detection refine(Detection d, Content content) {
    MediaType specific = containers.detect(d.content(), content);
    return new Detection(specific, d.byName(), mismatch(specific, d.byName()), d.charset());
  }

  /**
   * Detects from the first bytes of the content; {@code name} only judges the extension.
   *
   * @param complete whether the head is the whole item (a character cut at its end is then an error
   *     of the text, not of the cut)
   */
  Detection detect(byte[] head, int length, byte[] nameBytes, boolean complete) {
    MediaType content = commonImage(head, length);
    if (content == null && magic.isPresent()) {
      content = magic.get().detect(head, Math.min(length, DETECT_BYTES));
    }
    if (content == null) {
      try {
        content =
            types.detect(
                new ByteArrayInputStream(head, 0, Math.min(length, DETECT_BYTES)), new Metadata());
      } catch (IOException e) {
        throw new IllegalStateException("reading from memory cannot fail", e);
      }
    }
    if (length == 0) {
      content = MediaType.OCTET_STREAM;
    }
    content = VideoContainers.refine(content, head, Math.min(length, DETECT_BYTES));
    Optional<TextEncoding.Detected> charset = Optional.empty();
    if (content.equals(MediaType.TEXT_PLAIN)) {
      charset = Optional.of(TextEncoding.ofText(head, length, complete));
      if (!charset.get().decided()) {
        // Tika's rules call a head text on a weak sign ("/*" first, a C comment's magic) that
        // random bytes show once in 65,536 files: no encoding fits and it holds NUL or control
        // bytes, so it is binary, as Tika's own text test says of such bytes (an encrypted blob
        // went to the ledger as a document, and noise came out as facts). UTF-16 without a byte
        // order mark is text; a file of high bytes without controls stays text, flagged.
        Optional<TextEncoding.Detected> wide = TextEncoding.ofBinary(head, length, complete);
        if (wide.isPresent()) {
          charset = wide;
        } else if (TextEncoding.hasControls(head, Math.min(length, DETECT_BYTES))) {
          content = MediaType.OCTET_STREAM;
          charset = Optional.empty();
        }
      }
    } else if (content.equals(MediaType.OCTET_STREAM) && length > 0) {
      // Tika's text test calls text binary unless it is mostly ASCII or UTF-8: a diary in CP949,
      // Shift-JIS or UTF-16 would be lost as application/octet-stream.
      charset = TextEncoding.ofBinary(head, length, complete);
      if (charset.isPresent()) {
        content = MediaType.TEXT_PLAIN;
      }
    }
    MediaType byName = byName(nameBytes);
    return new Detection(content, byName, mismatch(content, byName), charset);
  }

  /**
   * The three image formats that make up most of a seized drive, recognised by their signatures
   * without Tika: its magic database costs about a millisecond a file, as much CPU as hashing a few
   * hundred kilobytes. {@code TypeDetectorTest} checks the answers equal Tika's. Null when the head
   * is anything else.
   */
  static MediaType commonImage(byte[] h, int n) {
    if (n >= 3 && (h[0] & 0xff) == 0xff && (h[1] & 0xff) == 0xd8 && (h[2] & 0xff) == 0xff) {
      return JPEG;
    }
    if (n >= 8 && startsWith(h, PNG_SIGNATURE)) {
      return PNG;
    }
    if (n >= 6 && (startsWith(h, GIF87A) || startsWith(h, GIF89A))) {
      return GIF;
    }
    return null;
  }

  private static final MediaType JPEG = MediaType.image("jpeg");
  private static final MediaType PNG = MediaType.image("png");
  private static final MediaType GIF = MediaType.image("gif");
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] GIF87A = {'G', 'I', 'F', '8', '7', 'a'};
  private static final byte[] GIF89A = {'G', 'I', 'F', '8', '9', 'a'};

  private static boolean startsWith(byte[] h, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (h[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private MediaType byName(byte[] nameBytes) {
    String name = new String(nameBytes, java.nio.charset.StandardCharsets.UTF_8);
    int slash = name.lastIndexOf('/');
    String last = name.substring(slash + 1);
    if (last.indexOf('.') < 0) {
      return MediaType.OCTET_STREAM;
    }
    Metadata m = new Metadata();
    m.set(TikaCoreProperties.RESOURCE_NAME_KEY, last.toLowerCase(Locale.ROOT));
    try {
      return types.detect(null, m);
    } catch (IOException e) {
      throw new IllegalStateException("name detection reads nothing", e);
    }
  }

  /**
   * The extension contradicts the content when both say something specific and neither type is a
   * kind of the other (a {@code .docx} is a zip, a {@code .csv} is text: no contradiction).
   */
  private boolean mismatch(MediaType content, MediaType byName) {
    if (byName.equals(MediaType.OCTET_STREAM) || content.equals(MediaType.OCTET_STREAM)) {
      return false;
    }
    MediaType c = registry.normalize(content.getBaseType());
    MediaType n = registry.normalize(byName.getBaseType());
    if (c.equals(n) || registry.isSpecializationOf(c, n) || registry.isSpecializationOf(n, c)) {
      return false;
    }
    // Text detected by content is a weak claim: any text-like extension agrees with it.
    if (c.equals(MediaType.TEXT_PLAIN)) {
      return !isTextual(n);
    }
    return !sameFamily(c, n);
  }

  private boolean isTextual(MediaType t) {
    return t.getType().equals("text")
        || registry.isSpecializationOf(t, MediaType.TEXT_PLAIN)
        || t.getSubtype().endsWith("+xml")
        || t.getSubtype().contains("json")
        || t.getSubtype().contains("script");
  }

  // Container families Tika cannot tell apart from the head alone (mp4/quicktime/3gp share "ftyp";
  // a Matroska or Ogg file's streams are past the head: VideoContainers names it by its header);
  // an AVCHD camcorder's ".mts" is a transport stream, not the 3D model format Tika's name says.
  private boolean sameFamily(MediaType c, MediaType n) {
    return (isIsoMedia(c) && isIsoMedia(n))
        || bothWithin(c, n, VideoContainers.MATROSKA)
        || bothWithin(c, n, VideoContainers.OGG)
        || (c.equals(VideoContainers.TRANSPORT_STREAM) && n.equals(AVCHD_NAME));
  }

  private static final MediaType AVCHD_NAME = MediaType.parse("model/vnd.mts");

  private boolean bothWithin(MediaType c, MediaType n, MediaType container) {
    return registry.isSpecializationOf(c, container) && registry.isSpecializationOf(n, container);
  }

  private static boolean isIsoMedia(MediaType t) {
    String s = t.getBaseType().toString();
    return s.equals("video/mp4")
        || s.equals("video/quicktime")
        || s.equals("audio/mp4")
        || s.equals("video/3gpp")
        || s.equals("video/x-m4v")
        || s.equals("application/mp4");
  }
}
