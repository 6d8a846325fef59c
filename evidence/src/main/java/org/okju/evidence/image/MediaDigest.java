package org.okju.evidence.image;

import java.util.List;
import java.util.Optional;

/**
 * One complete read of an image's media: its MD5, SHA-1 and SHA-256 (empty when the media could not
 * be read to its end), the hashes the acquisition stored, and what the read found damaged.
 *
 * @param bytes bytes read
 * @param md5 MD5 of the media, lower-case hex
 * @param sha1 SHA-1 of the media
 * @param sha256 SHA-256 of the media
 * @param storedMd5 the MD5 an EWF image carries, if any
 * @param storedSha1 the SHA-1 an EWF image carries, if any
 * @param damage damaged or missing chunks, one line each
 * @param failure why the read stopped before the end, if it did
 */
public record MediaDigest(
    long bytes,
    Optional<String> md5,
    Optional<String> sha1,
    Optional<String> sha256,
    Optional<String> storedMd5,
    Optional<String> storedSha1,
    List<String> damage,
    Optional<String> failure) {

  /**
   * Whether the image verifies as {@code ewfverify} says it: read to the end, no damaged chunk, and
   * every stored hash equal to the computed one. A raw image, which stores no hash, verifies when
   * it reads to the end.
   */
  public boolean verified() {
    return failure.isEmpty()
        && damage.isEmpty()
        && storedMd5.map(s -> md5.isPresent() && s.equals(md5.get())).orElse(true)
        && storedSha1.map(s -> sha1.isPresent() && s.equals(sha1.get())).orElse(true);
  }

  /** Whether a hash is stored whose value differs from the computed one. */
  public boolean storedHashDiffers() {
    return (storedMd5.isPresent() && md5.isPresent() && !storedMd5.equals(md5))
        || (storedSha1.isPresent() && sha1.isPresent() && !storedSha1.equals(sha1));
  }
}
