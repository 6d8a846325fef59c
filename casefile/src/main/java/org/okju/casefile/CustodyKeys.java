package org.okju.casefile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;

/**
 * The case's Ed25519 key pair for signing custody entries (JDK EdDSA, RFC 8032). Stored in the key
 * directory as {@code custody-ed25519.key} (PKCS#8 DER, owner-only permissions) and {@code
 * custody-ed25519.pub} (X.509 DER). Thread-safe (a new {@link Signature} per call).
 */
final class CustodyKeys {
  static final String PRIVATE_FILE = "custody-ed25519.key";
  static final String PUBLIC_FILE = "custody-ed25519.pub";

  private final Optional<PrivateKey> privateKey;
  private final Optional<PublicKey> publicKey;

  private CustodyKeys(Optional<PrivateKey> privateKey, Optional<PublicKey> publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  static CustodyKeys none() {
    return new CustodyKeys(Optional.empty(), Optional.empty());
  }

  /**
   * Loads the keys found in {@code dir}; when {@code create} and there is no key at all, makes a
   * new pair first.
   *
   * @throws IOException when a key file cannot be read or written
   * @throws GeneralSecurityException when a key file is not an Ed25519 key
   */
  static CustodyKeys load(Path dir, boolean create) throws IOException, GeneralSecurityException {
    Path priv = dir.resolve(PRIVATE_FILE);
    Path pub = dir.resolve(PUBLIC_FILE);
    if (create && !Files.exists(priv) && !Files.exists(pub)) {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      Files.createDirectories(dir);
      publish(priv, pair.getPrivate().getEncoded(), true);
      publish(pub, pair.getPublic().getEncoded(), false);
    }
    KeyFactory factory = KeyFactory.getInstance("Ed25519");
    Optional<PrivateKey> privateKey = Optional.empty();
    Optional<PublicKey> publicKey = Optional.empty();
    if (Files.exists(priv)) {
      privateKey =
          Optional.of(factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(priv))));
    }
    if (Files.exists(pub)) {
      publicKey =
          Optional.of(factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(pub))));
    }
    if (create && privateKey.isEmpty()) {
      throw new IOException("signing requested but " + priv + " is missing (public key present)");
    }
    return new CustodyKeys(privateKey, publicKey);
  }

  // Write to a temporary file, then rename, so a crash never leaves half a key.
  private static void publish(Path target, byte[] bytes, boolean secret) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try {
      if (secret && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      }
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  boolean canSign() {
    return privateKey.isPresent();
  }

  boolean canVerify() {
    return publicKey.isPresent();
  }

  byte[] sign(byte[] message) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(privateKey.orElseThrow());
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 signing failed", e);
    }
  }

  boolean verify(byte[] message, byte[] signature) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(publicKey.orElseThrow());
      s.update(message);
      return s.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
