package org.okju.bench;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The floor of {@code okju bench pdq}: a Java program that does nothing but decode each image named
 * on its command line with the JDK's own ImageIO decoder, as one process. No ImageIO-based hasher
 * (okju, Meta's Java reference) can start and decode faster.
 */
public final class JdkDecodeFloor {
  private JdkDecodeFloor() {}

  public static void main(String[] args) throws IOException {
    long pixels = 0;
    for (String a : args) {
      var image = ImageIO.read(Path.of(a).toFile());
      if (image == null) {
        throw new IOException(a + ": no JDK decoder reads this file");
      }
      pixels += (long) image.getWidth() * image.getHeight();
    }
    // Printed so that no decode can be optimised away.
    System.out.println(pixels);
  }
}
