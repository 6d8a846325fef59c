package org.okju.casefile;

import java.util.Optional;

/**
 * A custody row exactly as read, before any parsing: verification must cope with rows that were
 * tampered into nonsense.
 */
record StoredEntry(
    long seq,
    String time,
    String user,
    String action,
    String parameters,
    String inputs,
    String outputs,
    String okjuVersion,
    String previous,
    String hash,
    Optional<String> signature) {

  /** The entry as okju's API shows it; for rows okju wrote, which always parse. */
  CustodyEntry toEntry() {
    return new CustodyEntry(
        seq,
        StoredTime.parse(time),
        user,
        action,
        parameters,
        CustodyCanonicalForm.parseHashes(inputs),
        CustodyCanonicalForm.parseHashes(outputs),
        okjuVersion,
        Sha256.parse(previous),
        Sha256.parse(hash),
        signature);
  }

  /**
   * The hash of this row's content as if it stood at position {@code asSeq}.
   *
   * @throws IllegalArgumentException when a column does not parse (the row was tampered with)
   */
  Sha256 recompute(long asSeq) {
    return CustodyCanonicalForm.hash(
        CustodyCanonicalForm.bytes(
            asSeq,
            StoredTime.parse(time),
            user,
            action,
            parameters,
            inputs,
            outputs,
            okjuVersion,
            Sha256.parse(previous)));
  }
}
