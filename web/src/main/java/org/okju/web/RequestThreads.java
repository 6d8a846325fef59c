package org.okju.web;

import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's request threads, bounded near what the cores and a case's connections can serve. With
 * Jetty's default of 200, fifty busy clients meant fifty threads racing for a case's six database
 * connections, and whoever lost the race again and again made the slowest responses (okju bench
 * web); a request that waits in Jetty's queue is served in arrival order instead.
 */
final class RequestThreads {
  static final String PROPERTY = "okju.web.threads";

  private RequestThreads() {}

  static QueuedThreadPool pool() {
    int cores = Runtime.getRuntime().availableProcessors();
    int threads = Integer.getInteger(PROPERTY, Math.max(16, 4 * cores));
    QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(8, threads));
    pool.setName("okju-web");
    return pool;
  }
}
