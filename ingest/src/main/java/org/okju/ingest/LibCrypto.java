package org.okju.ingest;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;

/**
 * OpenSSL's message-digest calls ({@code EVP_*} of {@code libcrypto.so.3}), bound with JNA's direct
 * mapping (no proxy or argument objects per call: they are made once per 256 KiB read). {@code
 * size_t} is {@code long}: okju reads evidence on 64-bit Linux only.
 */
final class LibCrypto {
  private static final boolean BOUND = bind();

  private LibCrypto() {}

  private static boolean bind() {
    try {
      Native.register(LibCrypto.class, NativeLibrary.getInstance("libcrypto.so.3"));
      return true;
    } catch (UnsatisfiedLinkError e) {
      return false;
    }
  }

  /** Whether the library was found and its calls bound. */
  static boolean bound() {
    return BOUND;
  }

  static native Pointer EVP_MD_CTX_new();

  static native void EVP_MD_CTX_free(Pointer context);

  static native Pointer EVP_md5();

  static native Pointer EVP_sha1();

  static native Pointer EVP_sha256();

  static native int EVP_DigestInit_ex(Pointer context, Pointer type, Pointer engine);

  static native int EVP_DigestUpdate(Pointer context, ByteBuffer data, long count);

  static native int EVP_DigestFinal_ex(Pointer context, byte[] digest, Pointer size);
}
