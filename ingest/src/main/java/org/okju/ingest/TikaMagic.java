package org.okju.ingest;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Tika's own magic rules (the ones its {@link MimeTypes} loaded), evaluated on the head in place.
 * Tika 3.3.1 evaluates each of its ~850 rules (some of dozens of clauses) through a fresh stream
 * and a fresh comparison buffer as long as the rule's offset range (regular expressions: 8 KiB
 * more), and compiles each regular expression again; on a text file, which no rule matches so every
 * rule is tried, that costs about a millisecond, more CPU than hashing the file. Here the rules are
 * read once and each is checked against the head directly, with the same semantics, so the answer
 * is Tika's:
 *
 * <ul>
 *   <li>a rule (Tika's {@code MagicDetector.detect}) sees the bytes from its first offset, as many
 *       as its window holds, zeros past the end of the head; a byte rule needs the head to reach
 *       its first window, a regular expression does not; masks and case folding as in Tika;
 *   <li>{@code and}, {@code or} and {@code min-should-match} clauses as Tika combines them;
 *   <li>{@code MimeTypes.getMimeType(byte[])}: every rule in priority order, all matches of the
 *       first matching priority kept, the first of them answers; none: Tika's {@link TextDetector}.
 * </ul>
 *
 * When a match is XML or HTML (Tika then looks at the root element) the answer is left to Tika. The
 * rules are private fields of Tika's classes, read by reflection: {@link #load} gives nothing for
 * any Tika version but the one checked, or when the rules are laid out differently, and the caller
 * then asks Tika as before. {@code TikaMagicTest} checks the answers equal Tika's on every
 * reference file and on heads built to trigger every rule. Immutable and thread-safe.
 */
final class TikaMagic {
  /** A magic rule of Tika's database: its type, priority and clause. */
  record Magic(MimeType type, int priority, MagicRule rule) {}

  private final MimeTypes types;
  private final List<Magic> magics;

  private TikaMagic(MimeTypes types, List<Magic> magics) {
    this.types = types;
    this.magics = magics;
  }

  /** The rules in Tika's order (tests build heads from them). */
  List<Magic> magics() {
    return magics;
  }

  /** The Tika whose detection this mirrors (its bytecode was read for the semantics above). */
  static final String TIKA_VERSION = "3.3.1";

  /**
   * The rules of {@code types}; empty with another Tika version (its semantics may differ: check
   * them and {@code TikaMagicTest}, then raise {@link #TIKA_VERSION}) or when this Tika keeps its
   * rules in a way not known here.
   */
  static Optional<TikaMagic> load(MimeTypes types) {
    if (!TIKA_VERSION.equals(MimeTypes.class.getPackage().getImplementationVersion())) {
      return Optional.empty();
    }
    try {
      List<Magic> magics = new ArrayList<>();
      for (Object magic : (List<?>) field(MimeTypes.class, "magics").get(types)) {
        Class<?> c = magic.getClass();
        magics.add(
            new Magic(
                (MimeType) field(c, "type").get(magic),
                field(c, "priority").getInt(magic),
                rule(field(c, "clause").get(magic))));
      }
      return Optional.of(new TikaMagic(types, List.copyOf(magics)));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * What {@code types.detect(stream over data[0, n), new Metadata())} answers, or null when Tika
   * must decide (an XML or HTML match).
   */
  MediaType detect(byte[] data, int n) {
    if (n == 0) {
      return MediaType.OCTET_STREAM;
    }
    MimeType first = null;
    boolean markup = false;
    int priority = -1;
    MagicHead head = new MagicHead(data, n);
    for (Magic m : magics) {
      if (priority > 0 && priority > m.priority()) {
        break;
      }
      if (m.rule().matches(head)) {
        if (first == null) {
          first = m.type();
        }
        String name = m.type().getName();
        markup |= name.equals("application/xml") || name.equals("text/html");
        priority = m.priority();
      }
    }
    if (markup) {
      return null;
    }
    if (first != null) {
      return first.getType();
    }
    try {
      MediaType text =
          new TextDetector(types.getMinLength())
              .detect(new ByteArrayInputStream(data, 0, n), new Metadata());
      return types.forName(text.toString()).getType();
    } catch (java.io.IOException | MimeTypeException | RuntimeException e) {
      return MediaType.OCTET_STREAM;
    }
  }

  private static MagicRule rule(Object clause) throws ReflectiveOperationException {
    Class<?> c = clause.getClass();
    switch (c.getName()) {
      case "org.apache.tika.mime.MagicMatch" -> {
        Method detector = c.getDeclaredMethod("getDetector");
        detector.setAccessible(true);
        return leaf((MagicDetector) detector.invoke(clause));
      }
      case "org.apache.tika.mime.AndClause" -> {
        return new MagicRule.All(rules(List.of((Object[]) field(c, "clauses").get(clause))));
      }
      case "org.apache.tika.mime.OrClause" -> {
        return new MagicRule.Any(rules((List<?>) field(c, "clauses").get(clause)));
      }
      case "org.apache.tika.mime.MinShouldMatchClause" -> {
        return new MagicRule.AtLeast(
            field(c, "min").getInt(clause), rules((List<?>) field(c, "clauses").get(clause)));
      }
      default -> throw new IllegalStateException("unknown Tika clause " + c.getName());
    }
  }

  private static List<MagicRule> rules(List<?> clauses) throws ReflectiveOperationException {
    List<MagicRule> out = new ArrayList<>();
    for (Object o : clauses) {
      out.add(rule(o));
    }
    return out;
  }

  private static MagicRule leaf(MagicDetector d) throws ReflectiveOperationException {
    Class<?> c = MagicDetector.class;
    MediaType type = (MediaType) field(c, "type").get(d);
    int length = field(c, "length").getInt(d);
    byte[] pattern = (byte[]) field(c, "pattern").get(d);
    byte[] mask = (byte[]) field(c, "mask").get(d);
    boolean ignoreCase = field(c, "isStringIgnoreCase").getBoolean(d);
    int begin = field(c, "offsetRangeBegin").getInt(d);
    int end = field(c, "offsetRangeEnd").getInt(d);
    // MagicMatch.eval: a match counts only when the detector's answer is not (the very instance)
    // OCTET_STREAM. Identity, not equals, is what Tika compares, so it is what this mirrors.
    @SuppressWarnings("ReferenceEquality")
    boolean counts = type != MediaType.OCTET_STREAM;
    if (field(c, "isRegex").getBoolean(d)) {
      Pattern p =
          Pattern.compile(
              new String(pattern, StandardCharsets.UTF_8),
              ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
      return new MagicRule.Regex(p, length, begin, end, counts);
    }
    if (pattern.length != length || mask.length != length) {
      throw new IllegalStateException("Tika magic pattern and window differ");
    }
    return new MagicRule.Bytes(pattern, mask, ignoreCase, begin, end, counts);
  }

  private static Field field(Class<?> c, String name) throws NoSuchFieldException {
    Field f = c.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }
}
