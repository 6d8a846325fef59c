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
import java.util.concurrent.Executors;

/**
 * A fictional web site served from a folder on 127.0.0.1 (never a real site): a file is served with
 * the type its extension says, a missing file is a 404, so the test changes the site between crawls
 * by editing the folder.
 */
final class TestSite implements AutoCloseable {
  private final Path root;
  private final HttpServer server;

  TestSite(Path root) throws IOException {
    this.root = root;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(2));
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          Path file = root.resolve(path.substring(1)).normalize();
          if (path.endsWith("/")) {
            file = file.resolve("index.html");
          }
          if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            byte[] body = "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
            return;
          }
          byte[] body = Files.readAllBytes(file);
          exchange.getResponseHeaders().set("Content-Type", type(file));
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  /** The site's base URL, ending in {@code /}. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  Path root() {
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
  }
}
