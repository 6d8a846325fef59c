package org.okju.cli.daemon;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Asks a resident okju one question ({@code status}, {@code stop}) and returns its answer. */
public final class DaemonClient {
  private static final int TIMEOUT_MILLIS = 5_000;

  private DaemonClient() {}

  /**
   * The resident's one-line answer to {@code word}.
   *
   * @throws IOException when no resident answers at the file's address
   */
  public static String ask(DaemonInfo info, String word) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), info.port()), TIMEOUT_MILLIS);
      s.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = s.getOutputStream();
      DaemonProtocol.greet(out, info.token());
      DaemonProtocol.field(out, word, StandardCharsets.US_ASCII);
      out.flush();
      InputStream in = new BufferedInputStream(s.getInputStream());
      String answer = DaemonProtocol.line(in);
      if (answer.isEmpty()) {
        throw new IOException("the resident okju at port " + info.port() + " did not answer");
      }
      return answer;
    }
  }
}
