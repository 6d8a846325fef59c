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
 * missing file is a 404, so a caller changes the site between two crawls by editing the folder.
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
          boolean found = file.startsWith(this.root) && Files.isRegularFile(file);
          byte[] body =
              found
                  ? Files.readAllBytes(file)
                  : "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", found ? type(file) : "text/html");
          exchange.sendResponseHeaders(found ? 200 : 404, body.length);
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

  private static String type(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".html")) {
      return "text/html; charset=utf-8";
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
    return "application/octet-stream";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
