package org.okju.index.hashset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * VICS 2.0 as a case file ({@code …/2.0.xml/Default/$metadata#Cases}: one Case, its Media nested),
 * the shape case-based importers expect. Reads like {@link VicsV2Format} (which detects both
 * shapes, so this format never claims a file itself); writes through {@link Vics2Writer} with an
 * okju case header. Callers that know the case write with {@link Vics2Writer#write} and their own
 * header; this SPI entry names the case by a nil GUID.
 */
public final class VicsV2CaseFormat implements HashSetFormat {
  @Override
  public String name() {
    return "vics-2.0-case";
  }

  @Override
  public boolean sniff(byte[] head) {
    return false;
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
    return Vics2Writer.write(
        file,
        entries,
        Optional.of(
            new Vics2Writer.CaseHeader(new UUID(0, 0), Optional.empty(), "okju", "unknown")));
  }
}
