package org.okju.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A driver process that runs several okju spark command lines, one after another, through okju
 * spark's own entry point in ONE Spark application: {@code MASTER -- CMD ARGS... -- CMD ARGS...}.
 * The session is made first, so the commands use it and leave it running (as in an application
 * embedding okju's commands): one driver JVM and one executor JVM for all of them instead of one
 * each, which is what the standalone test's time went to. Prints {@code exit N} per command line
 * and exits with the first non-zero code.
 */
final class ClusterDriver {
  private ClusterDriver() {}

  public static void main(String[] args) {
    String master = args[0];
    List<List<String>> commands = new ArrayList<>();
    for (String a : Arrays.asList(args).subList(1, args.length)) {
      if (a.equals("--")) {
        commands.add(new ArrayList<>());
      } else {
        commands.get(commands.size() - 1).add(a);
      }
    }
    int first = 0;
    var spark = SparkSessions.builder(master, "okju spark standalone test").getOrCreate();
    try {
      for (List<String> command : commands) {
        int rc = SparkMain.run(command.toArray(String[]::new));
        System.out.println("exit " + rc + ": " + String.join(" ", command));
        System.out.flush();
        if (first == 0) {
          first = rc;
        }
      }
    } finally {
      spark.stop();
    }
    System.exit(first);
  }
}
