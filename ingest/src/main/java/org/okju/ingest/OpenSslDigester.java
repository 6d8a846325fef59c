package org.okju.ingest;

import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.okju.casefile.Digests;
import org.okju.casefile.Md5;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;

/**
 * The three digests by OpenSSL, on native memory the kernel read into. Beside the JDK's digests it
 * saves the copy of every chunk into the heap, and a run's first second of interpreted and
 * C1-compiled digest code before C2's intrinsics take over: about 3% of a cold ingest's CPU on this
 * machine kind (README, Benchmarks, "Session 24"). Used only when the library passes the known
 * answers of all three algorithms ({@link #available}): an OpenSSL restricted to FIPS algorithms
 * refuses MD5, and then every reader takes the JDK's.
 */
final class OpenSslDigester implements Digester {
  private static final Cleaner CLEANER = Cleaner.create();
  private static final int SCRATCH_BYTES = 256 << 10;
  private static final boolean AVAILABLE = LibCrypto.bound() && passesKnownAnswers();

  private final Contexts contexts = new Contexts();
  // Bytes that arrive in the heap (the type-detection head, a kept item's chunks) pass through it.
  private final ByteBuffer scratch = ByteBuffer.allocateDirect(SCRATCH_BYTES);

  OpenSslDigester() {
    CLEANER.register(this, contexts);
    reset();
  }

  /** Whether OpenSSL is on the machine and gives the three digests their published answers. */
  static boolean available() {
    return AVAILABLE;
  }

  @Override
  public void update(byte[] buffer, int offset, int length) {
    int done = 0;
    while (done < length) {
      int n = Math.min(SCRATCH_BYTES, length - done);
      scratch.clear();
      scratch.put(buffer, offset + done, n).flip();
      update(scratch);
      done += n;
    }
  }

  @Override
  public void update(ByteBuffer direct) {
    long n = direct.limit();
    for (Pointer context : contexts.all) {
      check(LibCrypto.EVP_DigestUpdate(context, direct, n), "EVP_DigestUpdate");
    }
  }

  @Override
  public boolean digestsNativeMemory() {
    return true;
  }

  @Override
  public Digests finish() {
    Digests d =
        Digests.of(
            Md5.of(finish(contexts.all[0], 16)),
            Sha1.of(finish(contexts.all[1], 20)),
            Sha256.of(finish(contexts.all[2], 32)));
    reset();
    return d;
  }

  @Override
  public void reset() {
    check(LibCrypto.EVP_DigestInit_ex(contexts.all[0], LibCrypto.EVP_md5(), null), "MD5 init");
    check(LibCrypto.EVP_DigestInit_ex(contexts.all[1], LibCrypto.EVP_sha1(), null), "SHA-1 init");
    check(
        LibCrypto.EVP_DigestInit_ex(contexts.all[2], LibCrypto.EVP_sha256(), null), "SHA-256 init");
  }

  private static byte[] finish(Pointer context, int length) {
    byte[] out = new byte[64]; // EVP_MAX_MD_SIZE
    check(LibCrypto.EVP_DigestFinal_ex(context, out, null), "EVP_DigestFinal_ex");
    return Arrays.copyOf(out, length);
  }

  private static void check(int result, String call) {
    if (result != 1) {
      throw new IllegalStateException("OpenSSL's " + call + " failed");
    }
  }

  private static boolean passesKnownAnswers() {
    try {
      OpenSslDigester d = new OpenSslDigester();
      d.update("abc".getBytes(StandardCharsets.US_ASCII), 0, 3);
      Digests abc = d.finish();
      // RFC 1321's and FIPS 180-4's examples.
      return abc.md5().orElseThrow().equals(Md5.parse("900150983cd24fb0d6963f7d28e17f72"))
          && abc.sha1().orElseThrow().equals(Sha1.parse("a9993e364706816aba3e25717850c26c9cd0d89d"))
          && abc.sha256()
              .orElseThrow()
              .equals(
                  Sha256.parse("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** The three native contexts, freed when the digester is unreachable. */
  private static final class Contexts implements Runnable {
    final Pointer[] all = {
      LibCrypto.EVP_MD_CTX_new(), LibCrypto.EVP_MD_CTX_new(), LibCrypto.EVP_MD_CTX_new()
    };

    @Override
    public void run() {
      for (Pointer p : all) {
        LibCrypto.EVP_MD_CTX_free(p);
      }
    }
  }
}
