package org.okju.evidence.tool;

import org.okju.evidence.EvidenceException;

/**
 * A forensic tool that failed on a piece of evidence: it exited with an error, ran past its time
 * ({@code tool-timeout}), printed more than allowed ({@code tool-output-limit}), died on a signal
 * ({@code tool-crashed}) or is not installed ({@code tool-missing}). Per item or per source: the
 * caller records it and goes on.
 */
public final class ToolException extends EvidenceException {
  private static final long serialVersionUID = 1L;

  /** A failure of {@code kind} (one of the words above, or {@code tool-error}). */
  public ToolException(String kind, String message) {
    super(kind, message);
  }
}
