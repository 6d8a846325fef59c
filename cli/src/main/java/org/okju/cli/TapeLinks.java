package org.okju.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Copies;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;
import org.okju.ledger.LedgerView;

/**
 * Links a tape title read from the diary ({@code 테이프 #12}, {@code clip 21}, normalised by the
 * ledger to {@code tape-12}) to the catalogued file named for it ({@code tape12.mp4}, {@code
 * 테이프_012.avi}, {@code clip-21.mp4}, {@code 12.mp4}) and so to the tape (copy group) that file
 * belongs to. A suggestion for the reviewer, shown beside the recording fact; it changes nothing in
 * the case.
 */
final class TapeLinks {
  /** A recording fact's tape title and the file (and tape) it names. */
  record Link(long fact, String title, Item item, Optional<String> tape) {}

  private static final Pattern TITLE = Pattern.compile("tape-0*(\\d+)");
  private static final String WORDS = "(?:tape|테이프|clip|클립|video|vid|영상|녹화)";

  private TapeLinks() {}

  /** The links of every recording fact of {@code view} whose title names a catalogued file. */
  static List<Link> of(CaseStore store, LedgerView view) {
    Map<String, List<LedgerView.FactView>> byNumber = new HashMap<>();
    for (LedgerView.FactView f : view.facts()) {
      if (!f.type().code().equals("recording")) {
        continue;
      }
      f.object()
          .map(TITLE::matcher)
          .filter(Matcher::matches)
          .ifPresent(m -> byNumber.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(f));
    }
    List<Link> links = new ArrayList<>();
    if (byNumber.isEmpty()) {
      return links;
    }
    Map<ItemId, String> tapeOf = new HashMap<>();
    for (Copies.Tape t : store.copies().tapes()) {
      t.members().forEach(m -> tapeOf.put(m.item(), t.id()));
    }
    try (Stream<Item> items = store.items().streamAll()) {
      items.forEach(
          item -> {
            String name = baseName(item.path().display()).toLowerCase(Locale.ROOT);
            byNumber.forEach(
                (number, facts) -> {
                  if (names(name, number)) {
                    for (LedgerView.FactView f : facts) {
                      links.add(
                          new Link(
                              f.id(),
                              f.object().orElse(""),
                              item,
                              Optional.ofNullable(tapeOf.get(item.id()))));
                    }
                  }
                });
          });
    }
    return links;
  }

  /** Whether a file name names tape {@code number}: a tape word then the number, or the number. */
  static boolean names(String fileName, String number) {
    String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : "";
    return Pattern.compile(WORDS + "[ _#.\\-]*0*" + number + "(?!\\d)").matcher(fileName).find()
        || stem.matches("0*" + number);
  }

  private static String baseName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
