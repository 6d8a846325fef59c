package org.okju.evidence.image;

/**
 * Something besides the hashes that wants the media's bytes as the one pass reads them (the carving
 * spool), so that it need not read them a second time.
 */
interface MediaSink {
  /**
   * The media's bytes {@code [position, position + length)}, in media order (each call starts where
   * the one before ended); {@code data} is the pass's buffer, only valid during the call.
   */
  void accept(long position, byte[] data, int length);
}
