package org.okju.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.okju.web.Workbench;
import org.okju.web.auth.Passwords;
import org.okju.web.auth.Secrets;
import org.okju.web.store.Cases;
import org.okju.web.store.Role;
import org.okju.web.store.ServerStore;
import org.okju.web.store.Users;

/**
 * {@code okju bench web}: the workbench under load on a case of generated catalogue rows. Clients
 * page the catalogue through the JSON API and open an item from each page; the same number of
 * clients fetching a static file from the same server, in the same run, is the floor. Then one
 * client times the first page of filtered and sorted views of the whole catalogue.
 */
public final class WebBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CASE = "bench";

  /**
   * The catalogue views the load's clients page through, client {@code i} taking view {@code i %
   * size}: the default order, filters an investigator uses, and the sorts of the page's columns.
   */
  static final List<String> LOAD_VIEWS =
      List.of(
          "",
          "type=image",
          "status=ok&sort=size&order=desc",
          "sort=modified",
          "type=video&sort=path",
          "status=error");

  /** The filtered first pages timed one at a time. */
  static final List<String> FIRST_PAGES =
      List.of(
          "type=image",
          "type=video/mp4&status=ok",
          "status=error",
          "min=100000000",
          "from=2023-06-01&before=2023-07-01",
          "hash=abcd",
          "q=VID_00099",
          "q=photo-00012&sort=size&order=desc",
          "q=.mp4",
          "sort=size&order=desc",
          "type=image&sort=modified&order=desc",
          "sort=path");

  /**
   * What to run.
   *
   * @param items catalogue rows to generate
   * @param clients concurrent clients
   * @param duration how long each load is measured
   * @param warmup how long the mixed load runs before anything is measured
   * @param repeats repeats of each first page, after its first request
   * @param work where the case and server live; a case already there with {@code items} rows is
   *     reused
   * @param seed seed of the generated rows and the clients' choices
   */
  public record Options(
      int items,
      int clients,
      Duration duration,
      Duration warmup,
      int repeats,
      Path work,
      long seed) {}

  /**
   * One load's requests: throughput and latency.
   *
   * @param cpuSecondsPerRequest this process's CPU seconds (server and clients) over the load,
   *     divided by all the load's requests, of every kind
   * @param loadAverage the machine's load average over the load (start and end, averaged)
   */
  public record Load(
      String what,
      long requests,
      long errors,
      double perSecond,
      Latencies latency,
      double cpuSecondsPerRequest,
      double loadAverage) {}

  /** The first page of one filtered view: the first request and the median of the repeats. */
  public record FirstPage(String query, int rows, double firstMs, double medianMs, double maxMs) {}

  /** The whole run. */
  public record Result(
      int items,
      Optional<Duration> generated,
      int clients,
      Duration duration,
      List<Load> loads,
      List<FirstPage> firstPages) {}

  /** Runs the benchmark; {@code log} hears what it is doing. */
  public Result run(Options o, PrintStream log) throws IOException, InterruptedException {
    Path casePath = o.work().resolve("case");
    Optional<Duration> generated = Optional.empty();
    Path marker = o.work().resolve("items-" + o.items());
    if (!Files.exists(marker)) {
      deleteTree(casePath);
      log.printf("generating %,d catalogue rows in %s ...%n", o.items(), casePath);
      long t = System.nanoTime();
      SyntheticCatalogue.write(casePath, o.items(), o.seed());
      generated = Optional.of(Duration.ofNanos(System.nanoTime() - t));
      Files.createFile(marker);
    }
    Path serverDir = o.work().resolve("server");
    deleteTree(serverDir);
    Instant now = Instant.now();
    try (ServerStore store = ServerStore.init(serverDir, Optional.empty())) {
      Cases.Registered c = store.cases().add(CASE, casePath.toString(), List.of(), now);
      Users.Account user =
          store.users().add("bench", Role.INVESTIGATOR, new Passwords().hash(Secrets.token()), now);
      store.cases().addMember(user.id(), c.id());
      String token = Secrets.token();
      store.tokens().add(user.id(), Secrets.sha256(token), now);
      try (Workbench wb =
          Workbench.create(store, cfg -> cfg.port(0).okjuVersion("bench")).start()) {
        String base = "http://127.0.0.1:" + wb.port();
        log.printf("warming up for %d s ...%n", o.warmup().toSeconds());
        ClientLoad.Traffic catalogue = catalogueTraffic(base, token, o.seed());
        ClientLoad.Traffic floor = staticTraffic(base);
        new ClientLoad(o.clients(), o.warmup().dividedBy(2)).run(catalogue);
        new ClientLoad(o.clients(), o.warmup().dividedBy(2)).run(floor);
        List<Load> loads = new ArrayList<>();
        log.printf("static file, %d clients, %d s ...%n", o.clients(), o.duration().toSeconds());
        loads.addAll(new ClientLoad(o.clients(), o.duration()).run(floor));
        log.printf("catalogue, %d clients, %d s ...%n", o.clients(), o.duration().toSeconds());
        loads.addAll(new ClientLoad(o.clients(), o.duration()).run(catalogue));
        log.println("first pages of filtered views ...");
        List<FirstPage> firsts = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String q : FIRST_PAGES) {
          firsts.add(firstPage(http, base, token, q, o.repeats()));
        }
        return new Result(o.items(), generated, o.clients(), o.duration(), loads, firsts);
      }
    }
  }

  private static ClientLoad.Traffic staticTraffic(String base) {
    URI css = URI.create(base + "/static/okju.css");
    return (http, client, stopped, record) -> {
      while (!stopped.get()) {
        record.time("static file (the floor)", () -> get(http, css, Optional.empty()));
      }
    };
  }

  // Each client pages through its view (from the start again after the last page) and opens one
  // item of every page it reads.
  private static ClientLoad.Traffic catalogueTraffic(String base, String token, long seed) {
    return (http, client, stopped, record) -> {
      SplittableRandom random = new SplittableRandom(seed + client);
      String view = LOAD_VIEWS.get(client % LOAD_VIEWS.size());
      String cursor = null;
      while (!stopped.get()) {
        String q = "limit=50" + (view.isEmpty() ? "" : "&" + view);
        if (cursor != null) {
          q += "&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
        }
        URI page = URI.create(base + "/api/cases/" + CASE + "/items?" + q);
        Optional<String> body = record.time("catalogue page (API)", () -> get(http, page, token));
        if (body.isEmpty()) {
          cursor = null;
          continue;
        }
        JsonNode json = JSON.readTree(body.get());
        JsonNode items = json.get("items");
        cursor = json.get("next").isNull() ? null : json.get("next").asText();
        if (items.size() > 0) {
          String id = items.get(random.nextInt(items.size())).get("id").asText();
          URI item = URI.create(base + "/api/cases/" + CASE + "/items/" + id);
          record.time("item (API)", () -> get(http, item, token));
        }
      }
    };
  }

  private static Optional<String> get(HttpClient http, URI uri, String token)
      throws IOException, InterruptedException {
    return get(http, uri, Optional.of(token));
  }

  private static Optional<String> get(HttpClient http, URI uri, Optional<String> token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
    token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode() == 200 ? Optional.of(r.body()) : Optional.empty();
  }

  private static FirstPage firstPage(
      HttpClient http, String base, String token, String query, int repeats)
      throws IOException, InterruptedException {
    URI uri = URI.create(base + "/api/cases/" + CASE + "/items?" + query);
    long t = System.nanoTime();
    Optional<String> body = get(http, uri, token);
    double first = (System.nanoTime() - t) / 1e6;
    if (body.isEmpty()) {
      throw new IOException("the workbench refused " + uri);
    }
    int rows = JSON.readTree(body.get()).get("items").size();
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < repeats; i++) {
      long s = System.nanoTime();
      get(http, uri, token);
      times.add((System.nanoTime() - s) / 1e6);
    }
    double max = times.stream().mapToDouble(Double::doubleValue).max().orElse(first);
    return new FirstPage(query, rows, first, Medians.of(times), max);
  }

  /** Prints the run as tables, with the goals of issue 12 beside the figures. */
  public static void print(Result r, PrintStream out) {
    out.printf(
        "okju bench web: %,d catalogue rows%s; %d clients, %d s per load, server and clients in"
            + " one JVM on %d cores%n%n",
        r.items(),
        r.generated().map(d -> String.format(" (generated in %d s)", d.toSeconds())).orElse(""),
        r.clients(),
        r.duration().toSeconds(),
        Runtime.getRuntime().availableProcessors());
    out.printf(
        "%-26s %9s %7s %9s %8s %8s %8s %11s %6s%n",
        "requests", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "CPU ms/req", "load");
    for (Load l : r.loads()) {
      out.printf(
          "%-26s %,9d %7d %9.0f %8.1f %8.1f %8.1f %11.3f %6.1f%n",
          l.what(),
          l.requests(),
          l.errors(),
          l.perSecond(),
          l.latency().p50(),
          l.latency().p95(),
          l.latency().p99(),
          l.cpuSecondsPerRequest() * 1e3,
          l.loadAverage());
    }
    Optional<Load> floor = find(r, "static file (the floor)");
    Optional<Load> pages = find(r, "catalogue page (API)");
    if (floor.isPresent() && pages.isPresent()) {
      out.printf(
          "%ncatalogue page p95 / static file p95: %.2fx (goal: at most 3x)%n",
          pages.get().latency().p95() / floor.get().latency().p95());
      out.printf(
          "CPU per request, catalogue load (pages and items) / static file: %.2fx%n",
          pages.get().cpuSecondsPerRequest() / floor.get().cpuSecondsPerRequest());
      out.println("(CPU ms/req: this JVM's CPU, server and clients, over the load / its requests)");
    }
    out.printf(
        "%n%-40s %5s %9s %10s %8s%n",
        "first page of a view (one client)", "rows", "first ms", "median ms", "max ms");
    for (FirstPage f : r.firstPages()) {
      out.printf(
          "%-40s %5d %9.1f %10.1f %8.1f%n",
          f.query(), f.rows(), f.firstMs(), f.medianMs(), f.maxMs());
    }
    double worst = r.firstPages().stream().mapToDouble(FirstPage::medianMs).max().orElse(0);
    out.printf("%nslowest first page (median): %.1f ms (goal: at most 100 ms)%n", worst);
  }

  private static Optional<Load> find(Result r, String what) {
    return r.loads().stream().filter(l -> l.what().equals(what)).findFirst();
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
