package org.okju.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okju.casefile.Item;
import org.okju.casefile.ItemId;

/**
 * What a report or export may say about people: every text passes through {@link #text}, which
 * replaces each real name of the identity table with its pseudonym, and every item path through
 * {@link #path}, which withholds the names the case marks as sensitive (metadata {@value
 * #SENSITIVE_NAME} = {@code true}, set by review or by the ledger). Immutable, thread-safe.
 */
public final class Privacy {
  /** Item metadata marking a file name that must not be printed (it names or shows a victim). */
  public static final String SENSITIVE_NAME = "case.sensitive-name";

  private final Set<ItemId> sensitive;
  private final List<Map.Entry<Pattern, String>> replacements;

  /**
   * @param sensitive items whose names are withheld
   * @param identities real names to replace
   */
  public Privacy(Set<ItemId> sensitive, IdentityTable identities) {
    this.sensitive = Set.copyOf(sensitive);
    // Longest names first, so "Kim Min-ji" is replaced before "Kim".
    this.replacements =
        identities.pseudonyms().entrySet().stream()
            .filter(e -> !e.getKey().isBlank())
            .sorted(
                Comparator.comparing((Map.Entry<String, String> e) -> -e.getKey().length())
                    .thenComparing(Map.Entry::getKey))
            .map(
                e ->
                    Map.entry(
                        Pattern.compile(
                            Pattern.quote(e.getKey()),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        e.getValue()))
            .toList();
  }

  /** Nothing withheld (for tests and for the investigator's own terminal). */
  public static Privacy none() {
    return new Privacy(Set.of(), IdentityTable.EMPTY);
  }

  /** The text with every real name replaced by its pseudonym. */
  public String text(String text) {
    String out = text;
    for (Map.Entry<Pattern, String> r : replacements) {
      out = r.getKey().matcher(out).replaceAll(Matcher.quoteReplacement(r.getValue()));
    }
    return out;
  }

  /** The path of an item as it may be printed. */
  public String path(Item item) {
    if (sensitive.contains(item.id())) {
      return "[name withheld: item " + item.id().value() + extension(item) + "]";
    }
    return text(item.path().display());
  }

  /** Whether the item's name is withheld. */
  public boolean withholds(ItemId item) {
    return sensitive.contains(item);
  }

  /** The file name part of {@link #path}. */
  public String fileName(Item item) {
    String p = path(item);
    return sensitive.contains(item.id()) ? p : p.substring(p.lastIndexOf('/') + 1);
  }

  // The extension says what kind of file it was without naming anyone.
  private static String extension(Item item) {
    String d = item.path().display();
    int slash = d.lastIndexOf('/');
    int dot = d.lastIndexOf('.');
    if (dot > slash + 1 && d.length() - dot <= 6) {
      return ", ." + d.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
    return "";
  }
}
