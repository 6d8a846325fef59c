package org.okju.index.hashset;

/** A record of a hash-set file is malformed; the reader reports it and goes on. */
final class MalformedRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedRecordException(String reason) {
    super(reason);
  }
}
