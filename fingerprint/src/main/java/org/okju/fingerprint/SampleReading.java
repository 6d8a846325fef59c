package org.okju.fingerprint;

/**
 * How an image's samples become the RGB that PDQ's luma is computed from, where hashers disagree:
 * grey, grey+alpha, 16-bit grey and CMYK images. For 8-bit RGB(A) and palette images both give the
 * same pixels.
 */
public enum SampleReading {
  /**
   * The samples as stored, as partners hash them: Hasher-Matcher-Actioner's Python hasher
   * (python-threatexchange {@code pdq_hasher.py}: PIL's array of an {@code L} image stacked into
   * three channels, {@code LA} converted to RGB) and the C++ {@code pdq-photo-hasher} (CImg fed by
   * ImageMagick). Grey is replicated, alpha dropped; 16-bit grey is clipped to 255, as PIL's {@code
   * I;16} to {@code RGB} conversion does (python-threatexchange's own test value for {@code
   * I16.png}); CMYK becomes {@code R = (255-C)(255-K)/255} rounded, ImageMagick's conversion
   * without a colour profile (the C++ tool's value for {@code CMYK.jpg}). The default: what a
   * partner's bank holds for the same file.
   */
  RAW,
  /**
   * What the JDK's {@code BufferedImage.getRGB} gives, as Meta's Java reference reads pixels: grey
   * mapped through the JDK's linear-to-sRGB curve, CMYK through its colour management. For
   * reproducing the Java reference's vectors.
   */
  JDK
}
