package org.okju.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Optical character recognition of a scanned or photographed page with the Tesseract command
 * (Debian packages tesseract-ocr, tesseract-ocr-kor, tesseract-ocr-eng, installed by .ci/run).
 * Korean and English together ({@code -l kor+eng}); page segmentation 6 (a uniform block of text)
 * suits a diary page. The picture goes to Tesseract's standard input, so an image ingest holds in
 * memory is never written to a file. Thread-safe: one process per call.
 */
public final class Ocr {
  private final String command;
  private final String languages;
  private final Duration timeout;

  public Ocr(String command, String languages, Duration timeout) {
    this.command = command;
    this.languages = languages;
    this.timeout = timeout;
  }

  /** {@code tesseract} from the PATH, Korean and English, one minute a page. */
  public static Ocr tesseract() {
    return new Ocr("tesseract", "kor+eng", Duration.ofMinutes(1));
  }

  /** The text of the picture in {@code image}. */
  public String read(DocumentSource image) throws DocumentException {
    String input = image.file().map(java.nio.file.Path::toString).orElse("stdin");
    List<String> cmd = new ArrayList<>(List.of(command, input, "stdout"));
    cmd.addAll(List.of("-l", languages, "--psm", "6"));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("OMP_THREAD_LIMIT", "1"); // one core: the machine is shared
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new DocumentException(
          image.name(), DocumentException.Kind.OCR_UNAVAILABLE, "cannot run " + command, e);
    }
    Thread feeder = feed(image, p);
    try {
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new DocumentException(
            image.name(), DocumentException.Kind.TIMEOUT, "OCR took over " + timeout, null);
      }
      if (p.exitValue() != 0) {
        throw new DocumentException(
            image.name(),
            DocumentException.Kind.OCR_UNAVAILABLE,
            command + " exited " + p.exitValue(),
            null);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DocumentException(image.name(), DocumentException.Kind.CORRUPT, e.getMessage(), e);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DocumentException(image.name(), DocumentException.Kind.TIMEOUT, "interrupted", e);
    } finally {
      feeder.interrupt();
    }
  }

  /** Writes an in-memory picture to Tesseract's input on its own thread (no pipe deadlock). */
  private static Thread feed(DocumentSource image, Process p) {
    Thread t =
        new Thread(
            () -> {
              try (OutputStream stdin = p.getOutputStream()) {
                if (image.file().isEmpty()) {
                  try (InputStream in = image.open()) {
                    in.transferTo(stdin);
                  }
                }
              } catch (IOException e) {
                // Tesseract stopped reading (it failed or was killed): its exit code says why.
              }
            },
            "okju-ocr-input");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
