package org.okju.casefile;

/**
 * One place where the custody log does not hold.
 *
 * @param seq the entry concerned (for {@link Kind#MISSING}, the first missing number)
 * @param kind what is wrong
 * @param detail a sentence for the report
 */
public record ChainBreak(long seq, Kind kind, String detail) {
  /** What is wrong with an entry. */
  public enum Kind {
    /** Its stored hash differs from the hash of its content: a field was changed after writing. */
    EDITED,
    /** Numbers are missing before it: entries were deleted. */
    MISSING,
    /** It was written at another position: entries were moved or swapped. */
    REORDERED,
    /** Its link to the previous entry matches no entry: the chain was cut or spliced. */
    UNLINKED,
    /** The case signs its log but this entry carries no signature. */
    UNSIGNED,
    /** Its signature does not verify with the case's public key. */
    BAD_SIGNATURE,
    /** It is signed, but the case's public key is missing so the signature cannot be checked. */
    NO_PUBLIC_KEY
  }
}
