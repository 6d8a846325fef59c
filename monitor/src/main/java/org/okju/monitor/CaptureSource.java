package org.okju.monitor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.okju.casefile.Sha256;

/**
 * A web capture given to {@code okju monitor import}: a WARC file, a WACZ, or a folder of saved
 * files with a {@code urls.csv} manifest. It is evidence: read only, never moved or written, its
 * access time kept where the kernel allows. Not thread-safe; close it when done.
 */
interface CaptureSource extends AutoCloseable {
  /** {@code warc}, {@code wacz} or {@code folder}, as the case stores it. */
  String format();

  /**
   * The file format as given, which the summary and the custody entry name: {@link #format()}, or
   * {@code arc} for an ARC file (stored as {@code warc}, whose records jwarc reads it as).
   */
  default String container() {
    return format();
  }

  /** The file or folder name as given. */
  String name();

  /** Its size in bytes (a folder: its manifest and files). */
  long size();

  /** Its SHA-256 (a folder: of its manifest and its files' digests in manifest order). */
  Sha256 sha256() throws IOException;

  /** Reads every record into {@code sink}; problems go to the sink, the rest is read. */
  void read(CaptureSink sink) throws IOException;

  /** Whether reading kept the access time (O_NOATIME granted). */
  boolean atimePreserved();

  @Override
  void close() throws IOException;

  /**
   * The capture at {@code path}: a directory is a folder capture, a {@code .wacz} (or a zip with an
   * {@code archive/} folder) a WACZ, anything else a WARC.
   *
   * @param keepLimit payloads larger than this are digested, not fingerprinted
   * @throws NotACaptureException when the file is plainly no capture (a photo, a document)
   */
  static CaptureSource open(Path path, long keepLimit) throws IOException {
    if (Files.isDirectory(path)) {
      return new FolderCapture(path, keepLimit);
    }
    EvidenceChannel channel = EvidenceChannel.open(path);
    try {
      ByteBuffer head = ByteBuffer.allocate(4);
      channel.read(head);
      channel.position(0);
      boolean zip = head.position() == 4 && head.getInt(0) == 0x504b0304;
      String name = path.getFileName().toString();
      if (zip) {
        CaptureSniff.wacz(name, channel);
        return new WaczCapture(name, channel, keepLimit);
      }
      return new WarcCapture(name, CaptureSniff.warc(name, channel), channel, keepLimit);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The SHA-256 of a whole channel, read from its start. */
  static Sha256 sha256(EvidenceChannel channel) throws IOException {
    MessageDigest md = sha256Digest();
    ByteBuffer buf = ByteBuffer.allocate(1 << 20);
    channel.position(0);
    while (channel.read(buf.clear()) > 0) {
      md.update(buf.flip());
    }
    channel.position(0);
    return Sha256.of(md.digest());
  }

  static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
