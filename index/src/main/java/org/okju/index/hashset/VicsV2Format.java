package org.okju.index.hashset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Project VIC VICS 2.0 JSON ({@code "@odata.context": "http://github.com/VICSDATAMODEL/ProjectVic/
 * DataModels/2.0.xml/Default/$metadata#Media"}, {@code "value"} a list of Media). Reads with {@link
 * VicsMediaReader}; writes one Media per entry with {@code MediaID} (the entry's label when it is a
 * number, else its position), {@code MD5} and {@code SHA1} in upper case as VICS distributes them,
 * {@code Category}, {@code MediaSize}, {@code RelativeFilePath}, and PDQ as an {@code
 * AlternativeHashes} entry ({@link Vics2Writer}). Nothing else is written: no names beyond the
 * entry's own. This is the flat {@code #Media} shape; {@link VicsV2CaseFormat} writes the
 * case-wrapped {@code #Cases} one, which this format also reads.
 */
public final class VicsV2Format implements HashSetFormat {
  static final String CONTEXT = Vics2Writer.MEDIA_CONTEXT;

  @Override
  public String name() {
    return "vics-2.0";
  }

  @Override
  public boolean sniff(byte[] head) {
    String text = TextLines.headText(head);
    return text.trim().startsWith("{") && text.contains("DataModels/2.0");
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return VicsMediaReader.stream(file, problems);
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public WriteCount write(Path file, Stream<HashSetEntry> entries) throws IOException {
    return Vics2Writer.write(file, entries, Optional.empty());
  }
}
