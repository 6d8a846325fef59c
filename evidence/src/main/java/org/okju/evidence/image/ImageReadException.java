package org.okju.evidence.image;

import org.okju.evidence.EvidenceException;

/** A file of an image that could not be read where its runs say it is. */
final class ImageReadException extends EvidenceException {
  private static final long serialVersionUID = 1L;

  ImageReadException(String kind, String message) {
    super(kind, message);
  }
}
