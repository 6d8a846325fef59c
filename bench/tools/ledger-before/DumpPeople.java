import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.okju.ledger.DocumentText;
import org.okju.ledger.EntityMention;
import org.okju.ledger.EntityType;
import org.okju.ledger.Extraction;
import org.okju.ledger.LedgerExtractor;
import org.okju.ledger.SuggestedFact;

/** The people an (old) ledger reader finds in documents: doc, name, flags, title, cue, party, role. */
public class DumpPeople {
  public static void main(String[] a) throws Exception {
    Path dir = Path.of(a[0]);
    LedgerExtractor x = new LedgerExtractor();
    for (int i = 1; i < a.length; i++) {
      String name = a[i];
      String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
      Extraction e = x.extract(new DocumentText(name, List.of(text.split("\f", -1)), List.of()));
      Set<String> parties = new HashSet<>();
      for (SuggestedFact f : e.facts()) {
        f.subject().ifPresent(parties::add);
        f.object().ifPresent(parties::add);
      }
      Map<?, ?> roles = Map.of();
      try {
        Method m = Extraction.class.getMethod("roles");
        roles = (Map<?, ?>) m.invoke(e);
      } catch (NoSuchMethodException ignored) {
      }
      for (EntityMention m : e.entities()) {
        if (m.type() != EntityType.PERSON || m.normalized().isEmpty()) continue;
        boolean cue = false;
        try {
          cue = ((Optional<?>) EntityMention.class.getMethod("cue").invoke(m)).isPresent();
        } catch (NoSuchMethodException ignored) {
        }
        Object role = roles.get(m.normalized());
        String code = "";
        if (role != null) {
          try { code = String.valueOf(role.getClass().getMethod("code").invoke(role)); } catch (NoSuchMethodException ignored) { code = role.toString().toLowerCase(); }
        }
        System.out.println(name + "\t" + m.normalized() + "\t" + String.join(",", m.flags()) + "\t" + m.role().isPresent() + "\t" + cue + "\t" + parties.contains(m.normalized()) + "\t" + code);
      }
    }
  }
}
