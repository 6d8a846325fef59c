package org.okju.web.media;

/**
 * An item's pixels cannot be shown: it has none (not an image or video), it sits inside an archive,
 * its evidence is no longer reachable, or it does not decode. The message is safe to show.
 */
public final class MediaUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public MediaUnavailableException(String message) {
    super(message);
  }

  public MediaUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
