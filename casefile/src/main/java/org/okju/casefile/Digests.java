package org.okju.casefile;

import java.util.Optional;

/**
 * The cryptographic digests of an item's content; empty until it has been read.
 *
 * @param md5 MD5 (for hash lists and partners that still use it)
 * @param sha1 SHA-1 (NSRL)
 * @param sha256 SHA-256 (okju's own identity of content)
 */
public record Digests(Optional<Md5> md5, Optional<Sha1> sha1, Optional<Sha256> sha256) {
  /** Not read yet. */
  public static Digests none() {
    return new Digests(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** All three, from one read. */
  public static Digests of(Md5 md5, Sha1 sha1, Sha256 sha256) {
    return new Digests(Optional.of(md5), Optional.of(sha1), Optional.of(sha256));
  }
}
