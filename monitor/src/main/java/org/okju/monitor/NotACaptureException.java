package org.okju.monitor;

import java.io.IOException;

/**
 * Thrown when a file given as a web capture is none: neither a WARC (plain or gzip) nor a WACZ.
 * Nothing of it is recorded in the case: a photo or a document given by mistake must not become a
 * crawl in the custody log for good.
 */
public final class NotACaptureException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;

  NotACaptureException(String file, String why) {
    super(file + " is not a web capture (WARC, ARC, WACZ or a folder with urls.csv): " + why);
    this.file = file;
  }

  /** The file's name as given. */
  public String file() {
    return file;
  }
}
