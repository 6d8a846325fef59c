package org.okju.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * An HTTP client that behaves like a browser for the workbench's purposes: keeps the session
 * cookie, never follows redirects (tests look at them), and knows the CSRF token of the last page.
 */
final class Browser {
  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  String cookie;
  String csrf;

  Browser(String base) {
    this.base = base;
  }

  HttpResponse<String> get(String path) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).GET();
    return send(r);
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return send(r);
  }

  /** A form POST carrying the session's CSRF token. */
  HttpResponse<String> submit(String path, Map<String, String> form) throws Exception {
    Map<String, String> with = new LinkedHashMap<>(form);
    if (csrf != null) {
      with.put("csrf", csrf);
    }
    return post(path, with);
  }

  private HttpResponse<String> send(HttpRequest.Builder r) throws Exception {
    if (cookie != null) {
      r.header("Cookie", cookie);
    }
    HttpResponse<String> res = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    List<String> set = res.headers().allValues("Set-Cookie");
    for (String c : set) {
      String pair = c.split(";", 2)[0];
      cookie = pair.endsWith("=") ? null : pair;
    }
    String type = res.headers().firstValue("Content-Type").orElse("");
    if (type.startsWith("text/html")) {
      Document d = Jsoup.parse(res.body());
      var hidden = d.selectFirst("input[name=csrf]");
      if (hidden != null && !hidden.val().isEmpty()) {
        csrf = hidden.val();
      }
    }
    return res;
  }

  /** Signs in through the form, as a person would. */
  HttpResponse<String> login(String user, String password) throws Exception {
    get("/login");
    HttpResponse<String> r =
        post("/login", Map.of("csrf", csrf, "username", user, "password", password));
    if (r.statusCode() == 303) {
      get(r.headers().firstValue("Location").orElseThrow());
    }
    return r;
  }
}
