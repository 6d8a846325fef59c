package org.okju.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The few files pages load, all served by okju itself (nothing from a CDN): htmx and its SSE
 * extension from their webjars (vendored through Maven, versions pinned in the POM), okju's own
 * stylesheet and script. Read once into memory. Thread-safe.
 */
final class StaticAssets {
  private static final class Asset {
    // A class, not a record: its arrays are handed over as they are, neither copied nor compared.
    private final byte[] bytes;
    private final String contentType;

    Asset(byte[] bytes, String contentType) {
      this.bytes = bytes;
      this.contentType = contentType;
    }

    byte[] bytes() {
      return bytes;
    }

    String contentType() {
      return contentType;
    }
  }

  private final Map<String, Asset> assets;

  StaticAssets() {
    String htmx = webjar("htmx.org");
    String sse = webjar("htmx-ext-sse");
    assets =
        Map.of(
            "htmx.min.js",
            load(
                "/META-INF/resources/webjars/htmx.org/" + htmx + "/dist/htmx.min.js",
                "text/javascript; charset=utf-8"),
            "sse.js",
            load(
                "/META-INF/resources/webjars/htmx-ext-sse/" + sse + "/sse.js",
                "text/javascript; charset=utf-8"),
            "okju.css",
            load("/org/okju/web/static/okju.css", "text/css; charset=utf-8"),
            "okju.js",
            load("/org/okju/web/static/okju.js", "text/javascript; charset=utf-8"));
  }

  /** Serves {@code /static/{file}}; 404 for anything else. */
  void serve(Context ctx) {
    Asset a = assets.get(ctx.pathParam("file"));
    if (a == null) {
      throw WebError.notFound();
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(a.contentType()).result(a.bytes());
  }

  private static String webjar(String artifact) {
    String props = "/META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = StaticAssets.class.getResourceAsStream(props)) {
      if (in == null) {
        throw new IllegalStateException("webjar " + artifact + " is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Asset load(String resource, String contentType) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new Asset(in.readAllBytes(), contentType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
