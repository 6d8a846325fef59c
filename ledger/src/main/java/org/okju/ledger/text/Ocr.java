package org.okju.ledger.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Optical character recognition of a scanned or photographed page with the Tesseract command
 * (Debian packages tesseract-ocr, tesseract-ocr-kor, tesseract-ocr-eng, installed by .ci/run).
 * Korean and English together ({@code -l kor+eng}); page segmentation 6 (a uniform block of text)
 * suits a diary page. Thread-safe: one process per call.
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

  /** The text of the image at {@code image}. */
  public String read(Path image) throws DocumentException {
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(command, image.toString(), "stdout", "-l", languages, "--psm", "6"))
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("OMP_THREAD_LIMIT", "1"); // one core: the machine is shared
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new DocumentException(
          image, DocumentException.Kind.OCR_UNAVAILABLE, "cannot run " + command, e);
    }
    try {
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        throw new DocumentException(
            image, DocumentException.Kind.TIMEOUT, "OCR took over " + timeout, null);
      }
      if (p.exitValue() != 0) {
        throw new DocumentException(
            image,
            DocumentException.Kind.OCR_UNAVAILABLE,
            command + " exited " + p.exitValue(),
            null);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DocumentException(image, DocumentException.Kind.CORRUPT, e.getMessage(), e);
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new DocumentException(image, DocumentException.Kind.TIMEOUT, "interrupted", e);
    }
  }
}
