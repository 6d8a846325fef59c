package org.okju.monitor;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fictional web site served from a folder on 127.0.0.1, never a real site: okju's demo and the
 * capture tests crawl it with real wget. A file is served with the type its extension says and a
 * missing file is a 404, so a caller changes the site between two crawls by editing the folder. A
 * single {@code Range} is honoured ({@code 206 Partial Content}), as a player's requests are. A
 * file {@code NAME.redirect} holding a path answers {@code NAME} with a {@code 301} to that path,
 * as sites send a picture's short link to its file.
 */
public final class FolderSite implements AutoCloseable {
  private final Path root;
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  /** Serves {@code root} on a free loopback port until closed. */
  public FolderSite(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Path file = this.root.resolve(path.substring(1)).normalize();
          if (path.endsWith("/")) {
            file = file.resolve("index.html");
          }
          Path redirect = file.resolveSibling(file.getFileName() + ".redirect");
          if (redirect.startsWith(this.root) && Files.isRegularFile(redirect)) {
            exchange.getResponseHeaders().set("Location", Files.readString(redirect).trim());
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
            return;
          }
          boolean found = file.startsWith(this.root) && Files.isRegularFile(file);
          byte[] body =
              found
                  ? Files.readAllBytes(file)
                  : "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", found ? type(file) : "text/html");
          exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
          int status = found ? 200 : 404;
          String range = exchange.getRequestHeaders().getFirst("Range");
          long[] r = found && range != null ? range(range, body.length) : null;
          if (r != null) {
            // One byte range, as a browser's player asks for a progressive video.
            exchange
                .getResponseHeaders()
                .set("Content-Range", "bytes " + r[0] + "-" + r[1] + "/" + body.length);
            body = java.util.Arrays.copyOfRange(body, (int) r[0], (int) r[1] + 1);
            status = 206;
          }
          exchange.sendResponseHeaders(status, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** The site's base URL, ending in {@code /}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  /** The folder served. */
  public Path root() {
    return root;
  }

  /** {@code bytes=first-last} (or {@code first-}, {@code -suffix}) of {@code size} bytes. */
  private static long[] range(String header, long size) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("bytes=(\\d*)-(\\d*)").matcher(header.trim());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty()) || size == 0) {
      return null;
    }
    long first;
    long last;
    if (m.group(1).isEmpty()) {
      first = Math.max(0, size - Long.parseLong(m.group(2)));
      last = size - 1;
    } else {
      first = Long.parseLong(m.group(1));
      last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
    }
    return first <= last && first < size ? new long[] {first, last} : null;
  }

  private static String type(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (n.endsWith(".css")) {
      return "text/css";
    }
    if (n.endsWith(".jpg")) {
      return "image/jpeg";
    }
    if (n.endsWith(".png")) {
      return "image/png";
    }
    if (n.endsWith(".mp4")) {
      return "video/mp4";
    }
    if (n.endsWith(".m3u8")) {
      return "application/vnd.apple.mpegurl";
    }
    if (n.endsWith(".mpd")) {
      return "application/dash+xml";
    }
    if (n.endsWith(".ts")) {
      return "video/mp2t";
    }
    if (n.endsWith(".m4s")) {
      return "video/iso.segment";
    }
    return "application/octet-stream";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
