package org.okju.evidence.image;

import org.okju.evidence.EvidenceException;

/** An EWF (E01) image whose structure okju cannot read: damaged, truncated or of another kind. */
final class EwfFormatException extends EvidenceException {
  private static final long serialVersionUID = 1L;

  EwfFormatException(String kind, String message) {
    super(kind, message);
  }
}
