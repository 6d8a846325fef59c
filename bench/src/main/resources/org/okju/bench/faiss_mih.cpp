// FAISS IndexBinaryMultiHash timing harness for `okju bench index`.
//
// Built by the bench at run time (g++ -O2 ... -lfaiss -lblas -llapack -fopenmp) when Debian's
// libfaiss-dev is installed. Reads one data file written by the bench:
//   int64 n, int64 q (little-endian), n * 32 bytes of database hashes, q * 32 bytes of queries
// and for each radius given on the command line runs range_search over all queries on one thread
// (as okju's figure is measured), printing one line per measurement:
//   build <seconds>
//   radius <r> nflip <f> seconds <s> matches <total>
//   peak_rss_kb <kilobytes>
// With 16 hash tables of 16 bits, nflip = floor(r / 16) makes the search exact by the pigeonhole
// principle (FAISS probes every bucket within nflip bits of the query's 16-bit substring).
#include <faiss/IndexBinaryHash.h>
#include <faiss/impl/AuxIndexStructures.h>
#include <omp.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

static double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: faiss_mih DATA RADIUS...\n");
    return 2;
  }
  omp_set_num_threads(1);
  FILE* f = std::fopen(argv[1], "rb");
  if (!f) {
    std::perror(argv[1]);
    return 1;
  }
  int64_t n = 0, q = 0;
  if (std::fread(&n, 8, 1, f) != 1 || std::fread(&q, 8, 1, f) != 1) return 1;
  std::vector<uint8_t> db(n * 32), queries(q * 32);
  if (std::fread(db.data(), 32, n, f) != (size_t)n) return 1;
  if (std::fread(queries.data(), 32, q, f) != (size_t)q) return 1;
  std::fclose(f);

  double t0 = now();
  faiss::IndexBinaryMultiHash index(256, 16, 16);
  index.add(n, db.data());
  std::printf("build %.3f\n", now() - t0);
  std::fflush(stdout);
  for (int a = 2; a < argc; a++) {
    int radius = std::atoi(argv[a]);
    index.nflip = radius / 16;
    faiss::RangeSearchResult result(q);
    double t1 = now();
    // FAISS counts a hit when distance < radius, okju when distance <= radius.
    index.range_search(q, queries.data(), radius + 1, &result);
    double seconds = now() - t1;
    std::printf(
        "radius %d nflip %d seconds %.6f matches %lld\n", radius, index.nflip, seconds,
        (long long)result.lims[q]);
    std::fflush(stdout);
  }
  // Peak resident memory of the whole process (data arrays included), from Linux /proc.
  FILE* status = std::fopen("/proc/self/status", "r");
  char line[256];
  while (status && std::fgets(line, sizeof line, status)) {
    if (std::strncmp(line, "VmHWM:", 6) == 0) std::printf("peak_rss_kb %lld\n", std::atoll(line + 6));
  }
  if (status) std::fclose(status);
  return 0;
}
