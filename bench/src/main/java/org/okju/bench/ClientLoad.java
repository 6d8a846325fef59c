package org.okju.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Concurrent HTTP clients for a fixed time, each on its own thread with its own connection, timing
 * every request by what it is; a request that fails or is refused counts as an error, not a time.
 */
final class ClientLoad {
  private final int clients;
  private final Duration duration;

  ClientLoad(int clients, Duration duration) {
    this.clients = clients;
    this.duration = duration;
  }

  /** What one client does until stopped; it times its requests with {@code record}. */
  @FunctionalInterface
  interface Traffic {
    void run(HttpClient http, int client, AtomicBoolean stopped, Recorder record) throws Exception;
  }

  /** A request to time; empty when the server did not answer 200. */
  @FunctionalInterface
  interface Request {
    Optional<String> send() throws Exception;
  }

  /** One client's times, by what was asked. */
  static final class Recorder {
    private final Map<String, long[]> times = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Long> errors = new LinkedHashMap<>();

    Optional<String> time(String what, Request request) throws Exception {
      long t = System.nanoTime();
      Optional<String> body;
      try {
        body = request.send();
      } catch (java.io.IOException e) {
        body = Optional.empty();
      }
      long took = System.nanoTime() - t;
      if (body.isEmpty()) {
        errors.merge(what, 1L, Long::sum);
        return body;
      }
      long[] a = times.computeIfAbsent(what, w -> new long[1024]);
      int n = counts.getOrDefault(what, 0);
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
        times.put(what, a);
      }
      a[n] = took;
      counts.put(what, n + 1);
      return body;
    }
  }

  /**
   * Runs {@code traffic} on every client for the duration; one load per kind of request. The
   * process's CPU time over the run, divided by every request the traffic made (of all kinds), is
   * each load's CPU per request: server and clients share this JVM, so it is both sides' cost.
   */
  List<WebBench.Load> run(Traffic traffic) throws InterruptedException {
    AtomicBoolean stopped = new AtomicBoolean();
    List<Recorder> recorders = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int c = 0; c < clients; c++) {
      Recorder r = new Recorder();
      recorders.add(r);
      int client = c;
      Thread t =
          new Thread(
              () -> {
                HttpClient http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                try {
                  traffic.run(http, client, stopped, r);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (Exception e) {
                  failures.add(e);
                }
              },
              "bench-client-" + c);
      t.start();
      threads.add(t);
    }
    long start = System.nanoTime();
    long cpuStart = ProcessCpu.nanos();
    double loadStart = ProcessCpu.loadAverage();
    Thread.sleep(duration.toMillis());
    stopped.set(true);
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = cpuStart < 0 ? Double.NaN : (ProcessCpu.nanos() - cpuStart) / 1e9;
    double load = (loadStart + ProcessCpu.loadAverage()) / 2;
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a bench client failed", failures.get(0));
    }
    Map<String, List<long[]>> byWhat = new LinkedHashMap<>();
    Map<String, Long> errors = new LinkedHashMap<>();
    for (Recorder r : recorders) {
      r.times.forEach(
          (what, a) ->
              byWhat
                  .computeIfAbsent(what, w -> new ArrayList<>())
                  .add(java.util.Arrays.copyOf(a, r.counts.get(what))));
      r.errors.forEach(
          (what, n) -> {
            errors.merge(what, n, Long::sum);
            byWhat.computeIfAbsent(what, w -> new ArrayList<>());
          });
    }
    long requests = byWhat.values().stream().flatMap(List::stream).mapToLong(a -> a.length).sum();
    double cpuPerRequest = requests == 0 ? Double.NaN : cpuSeconds / requests;
    List<WebBench.Load> loads = new ArrayList<>();
    for (var e : byWhat.entrySet()) {
      long[] all = e.getValue().stream().flatMapToLong(java.util.Arrays::stream).toArray();
      loads.add(
          new WebBench.Load(
              e.getKey(),
              all.length,
              errors.getOrDefault(e.getKey(), 0L),
              all.length / seconds,
              Latencies.of(all),
              cpuPerRequest,
              load));
    }
    return loads;
  }
}
