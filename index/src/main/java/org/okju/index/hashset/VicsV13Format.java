package org.okju.index.hashset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Project VIC VICS 1.3 JSON ({@code "odata.metadata": "http://github.com/ICMEC/ProjectVic/
 * DataModels/1.3.xml#..."}), as case files with nested {@code Media} or as flat media lists. Read
 * only; see {@link VicsMediaReader}.
 */
public final class VicsV13Format implements HashSetFormat {
  @Override
  public String name() {
    return "vics-1.3";
  }

  @Override
  public boolean sniff(byte[] head) {
    String text = TextLines.headText(head);
    return text.trim().startsWith("{") && text.contains("DataModels/1.3");
  }

  @Override
  public Stream<HashSetEntry> read(Path file, Consumer<ParseProblem> problems) throws IOException {
    return VicsMediaReader.stream(file, problems);
  }
}
