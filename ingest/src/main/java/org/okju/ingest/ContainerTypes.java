package org.okju.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.config.LoadErrorHandler;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.microsoft.POIFSContainerDetector;
import org.apache.tika.detect.ole.MiscOLEDetector;
import org.apache.tika.detect.zip.DefaultZipContainerDetector;
import org.apache.tika.detect.zip.ZipContainerDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * The specific type of a zip or OLE2 container (docx, xlsx, pptx, odt, epub, hwpx; doc, xls, ppt,
 * msg, hwp), as Tika's full detector ({@code DefaultDetector} with tika-parsers' container
 * detectors) gives it: its magic rules only see "a zip" or "an OLE2 file" in the head.
 *
 * <p>Tika's own container detectors run here, the way {@code DefaultDetector} runs them on a file
 * ({@code CompositeDetector}: OLE2 detectors, then the zip detector, then the magic answer, each
 * answer kept only when it specialises the one before), but on the bytes ingest kept from its one
 * read, never on a temporary copy: the zip's central directory is read through a channel over the
 * kept bytes, and the OLE2 directory is opened once and handed to both OLE2 detectors. Only items
 * whose magic answer is a zip or OLE2 type come here, so the rest of a drive pays nothing. Thread-
 * safe (the detectors are stateless).
 */
final class ContainerTypes {
  private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
  private static final MediaType OOXML = MediaType.application("x-tika-ooxml");

  private final MediaTypeRegistry registry;
  private final Detector poifs = new POIFSContainerDetector();
  private final Detector miscOle = new MiscOLEDetector();

  /**
   * Tika's zip container detectors, in the order its service loader gives them, loaded once, at the
   * first zip: loading them initialises POI's OOXML relations (some 300 classes and 150 lambdas),
   * which a run without a zip, like a cold ingest of videos, never needs.
   */
  private static final class Holder {
    static final List<ZipContainerDetector> ZIP_DETECTORS =
        new ServiceLoader(DefaultZipContainerDetector.class.getClassLoader(), LoadErrorHandler.WARN)
            .loadStaticServiceProviders(ZipContainerDetector.class);
  }

  ContainerTypes(MediaTypeRegistry registry) {
    this.registry = registry;
  }

  /** Whether Tika's container detectors could name {@code magic} more precisely. */
  boolean refines(MediaType magic) {
    MediaType t = magic.getBaseType();
    return t.equals(MediaType.APPLICATION_ZIP)
        || t.equals(OOXML)
        || t.equals(OLE2)
        || registry.isSpecializationOf(t, MediaType.APPLICATION_ZIP)
        || registry.isSpecializationOf(t, OLE2);
  }

  /**
   * The container's specific type, given what the magic rules said and its kept bytes.
   *
   * @param magic Tika's magic answer for the head, for which {@link #refines} holds
   */
  MediaType detect(MediaType magic, Content content) {
    MediaType type = MediaType.OCTET_STREAM;
    MediaType base = magic.getBaseType();
    if (base.equals(OLE2) || registry.isSpecializationOf(base, OLE2)) {
      type = keepSpecialisation(type, ole2(content));
    } else {
      type = keepSpecialisation(type, zip(content));
    }
    return keepSpecialisation(type, magic);
  }

  private MediaType keepSpecialisation(MediaType current, MediaType detected) {
    return registry.isSpecializationOf(detected, current) ? detected : current;
  }

  /** As DefaultZipContainerDetector on a file: each zip detector on the central directory. */
  private MediaType zip(Content content) {
    try (SeekableByteChannel channel = content.channel();
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get();
        TikaInputStream tis = TikaInputStream.get(new byte[0])) {
      for (ZipContainerDetector d : Holder.ZIP_DETECTORS) {
        MediaType t = d.detect(zip, tis);
        if (t != null) {
          return t;
        }
      }
      return MediaType.APPLICATION_ZIP;
    } catch (IOException | RuntimeException e) {
      // Tika: a zip whose directory cannot be read is still "a zip".
      return MediaType.APPLICATION_ZIP;
    }
  }

  /** As POIFSContainerDetector then MiscOLEDetector on a file whose OLE2 directory is open. */
  private MediaType ole2(Content content) {
    POIFSFileSystem fs;
    try {
      fs =
          content.file().isPresent()
              ? new POIFSFileSystem(content.file().get().toFile(), true)
              : new POIFSFileSystem(open(content));
    } catch (IOException | RuntimeException e) {
      // Tika's detectors answer "OLE2" when POI cannot read the directory.
      return OLE2;
    }
    try (TikaInputStream tis = TikaInputStream.get(new byte[0])) {
      tis.setOpenContainer(fs);
      MediaType type = poifs.detect(tis, new Metadata());
      return keepSpecialisation(type, miscOle.detect(tis, new Metadata()));
    } catch (IOException | RuntimeException e) {
      return OLE2;
    }
  }

  private static InputStream open(Content content) throws IOException {
    return content.bytes().<InputStream>map(ByteArrayInputStream::new).orElse(content.stream());
  }
}
