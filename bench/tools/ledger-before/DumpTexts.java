import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.okju.bench.LedgerCorpus;
import org.okju.text.DocumentReader;
import org.okju.text.ExtractedText;

/** Writes the text of every development document as the bench reads it (pages apart by \f). */
public class DumpTexts {
  public static void main(String[] a) throws Exception {
    Path out = Path.of(a[0]);
    Files.createDirectories(out);
    Path tmp = Files.createTempDirectory("s14-dev");
    DocumentReader reader = DocumentReader.withDefaults();
    for (LedgerCorpus.Document d : LedgerCorpus.build(tmp, LedgerCorpus.Split.DEV)) {
      ExtractedText t = reader.read(d.file());
      Files.writeString(out.resolve(d.file().getFileName() + ".txt"), String.join("\f", t.pages()), StandardCharsets.UTF_8);
    }
  }
}
