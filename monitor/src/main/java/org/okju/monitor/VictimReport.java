package org.okju.monitor;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A victim's status report: in plain words, how many copies of their recordings were found on the
 * web, how many were taken down, how many are still up or came back, and what the team does next,
 * site by site. In Korean (times in Korea's time zone) or English (UTC).
 *
 * <p>It holds the victim's pseudonym and nothing of anyone else: only the sightings of the tapes
 * that show them, no tape ids, no media, no thumbnails, no names, and the copies' URLs only when
 * asked for ({@code withUrls}). Stateless.
 */
final class VictimReport {
  /**
   * What the report is made of.
   *
   * @param pseudonym the victim's pseudonym ({@code V-001})
   * @param sightings the sightings of the tapes that show the victim
   * @param platforms the registry (deadlines and regimes of the sites)
   * @param language {@code ko} or {@code en}
   * @param withUrls whether the copies' addresses are listed
   * @param now when the report is written
   */
  record Request(
      String pseudonym,
      List<Sighting> sightings,
      Platforms platforms,
      String language,
      boolean withUrls,
      Instant now) {
    Request {
      sightings = List.copyOf(sightings);
      if (!language.equals("ko") && !language.equals("en")) {
        throw new IllegalArgumentException("--lang takes ko or en, not " + language);
      }
    }
  }

  /** Per site: what was found and where each copy stands. */
  private record Site(
      String name,
      String category,
      long found,
      long removed,
      long open,
      long reappeared,
      long unreported,
      long waiting,
      long overdue,
      Optional<Instant> deadline,
      String regime) {}

  private VictimReport() {}

  static NoticeDocument build(Request r) {
    VictimReportWords w =
        r.language().equals("ko") ? new KoreanVictimWords() : new EnglishVictimWords();
    List<Site> sites = sites(r);
    long found = r.sightings().size();
    long removed = r.sightings().stream().filter(s -> !s.open()).count();
    long open = found - removed;
    long asked = r.sightings().stream().filter(s -> s.open() && s.notifiedAt().isPresent()).count();
    long back = r.sightings().stream().filter(s -> s.reappearedFrom().isPresent()).count();
    Optional<Instant> asOf =
        r.sightings().stream()
            .flatMap(s -> s.observations().stream())
            .map(Sighting.Observation::capturedAt)
            .max(Comparator.naturalOrder());
    List<String> header = new ArrayList<>();
    header.add(w.forWhom(r.pseudonym()));
    header.add(w.date(w.time(r.now())));
    asOf.ifPresent(t -> header.add(w.asOf(w.time(t))));
    NoticeDocument.Builder b = new NoticeDocument.Builder();
    b.section(
        w.inShort(),
        found == 0 ? w.noneFound() : w.summary(found, sites.size(), removed, open, asked, back));
    if (found > 0) {
      List<List<String>> table = new ArrayList<>();
      table.add(w.siteHeadings());
      for (Site s : sites) {
        table.add(
            List.of(
                s.name(),
                w.category(s.category()),
                Long.toString(s.found()),
                Long.toString(s.removed()),
                Long.toString(s.open()),
                Long.toString(s.reappeared()),
                nextStep(w, s)));
      }
      b.table(w.siteBySite(), List.of(), table);
    }
    b.section(w.whatNext(), next(w, r, sites).toArray(String[]::new));
    if (r.withUrls() && found > 0) {
      List<List<String>> urls = new ArrayList<>();
      urls.add(w.urlHeadings());
      for (Sighting s : r.sightings()) {
        urls.add(
            List.of(
                s.url(),
                s.platform(),
                w.state(s.state()),
                w.time(s.firstSeen()),
                s.removedBy().map(w::time).orElse(w.time(s.lastSeen()))));
      }
      b.table(w.addresses(), List.of(w.addressesWarning()), urls);
    }
    b.section(w.about(), w.aboutText(r.withUrls()));
    return new NoticeDocument(r.language(), w.title(r.pseudonym()), header, b.sections());
  }

  private static List<Site> sites(Request r) {
    Map<String, List<Sighting>> by = new TreeMap<>();
    r.sightings().forEach(s -> by.computeIfAbsent(s.platform(), k -> new ArrayList<>()).add(s));
    List<Site> out = new ArrayList<>();
    by.forEach(
        (name, list) -> {
          Optional<Platform> p = r.platforms().named(name);
          out.add(
              new Site(
                  name,
                  list.get(0).category(),
                  list.size(),
                  list.stream().filter(s -> !s.open()).count(),
                  list.stream().filter(Sighting::open).count(),
                  list.stream().filter(s -> s.reappearedFrom().isPresent()).count(),
                  list.stream().filter(s -> s.open() && s.notifiedAt().isEmpty()).count(),
                  list.stream().filter(s -> s.state().equals("notified")).count(),
                  list.stream().filter(s -> s.state().equals("overdue")).count(),
                  list.stream()
                      .filter(s -> s.state().equals("notified"))
                      .flatMap(s -> s.deadline().stream())
                      .max(Comparator.naturalOrder()),
                  p.map(Platform::regime).orElse("eu-dsa")));
        });
    out.sort(Comparator.comparingLong(Site::open).reversed().thenComparing(Site::name));
    return out;
  }

  private static String nextStep(VictimReportWords w, Site s) {
    if (s.overdue() > 0) {
      return w.stepEscalate(s.regime());
    }
    if (s.unreported() > 0) {
      return w.stepRequest();
    }
    if (s.waiting() > 0) {
      return w.stepWait(s.deadline().map(w::time).orElse("?"));
    }
    return w.stepWatch();
  }

  private static List<String> next(VictimReportWords w, Request r, List<Site> sites) {
    List<String> out = new ArrayList<>();
    long unreported = sites.stream().mapToLong(Site::unreported).sum();
    long waiting = sites.stream().mapToLong(Site::waiting).sum();
    long overdue = sites.stream().mapToLong(Site::overdue).sum();
    long removed = sites.stream().mapToLong(Site::removed).sum();
    long back = sites.stream().mapToLong(Site::reappeared).sum();
    if (unreported > 0) {
      out.add(w.nextRequest(unreported));
    }
    if (waiting > 0) {
      out.add(
          w.nextWait(
              waiting,
              w.time(
                  sites.stream()
                      .flatMap(s -> s.deadline().stream())
                      .max(Comparator.naturalOrder())
                      .orElse(r.now()))));
    }
    if (overdue > 0) {
      Set<String> regimes = new java.util.TreeSet<>();
      sites.stream().filter(s -> s.overdue() > 0).forEach(s -> regimes.add(s.regime()));
      out.add(w.nextEscalate(overdue, regimes.stream().map(w::authority).toList()));
    }
    if (back > 0) {
      out.add(w.nextBack(back));
    }
    if (removed > 0 || r.sightings().isEmpty()) {
      out.add(w.nextWatch());
    }
    out.add(w.contact());
    return out;
  }

  static DateTimeFormatter format(String zone, String suffix) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '" + suffix + "'", Locale.ROOT)
        .withZone(ZoneId.of(zone));
  }
}
