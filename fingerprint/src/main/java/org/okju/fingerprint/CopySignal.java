package org.okju.fingerprint;

import java.util.Objects;

/**
 * One perceptual view of a picture used to find its copies: a PDQ hash of the whole picture or of a
 * part of it, in one orientation. Only {@link CopySignalKind#FULL} in {@link Dihedral#ORIGINAL} is
 * the interoperable PDQ; the others are okju's own and are computed on a reduced plane.
 */
public record CopySignal(CopySignalKind kind, Dihedral orientation, Pdq256 hash, int quality) {
  public CopySignal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(orientation, "orientation");
    Objects.requireNonNull(hash, "hash");
  }
}
