package org.okju.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.okju.casefile.CaseStore;
import org.okju.casefile.NewCustodyEntry;
import org.okju.casefile.Sha256;

/**
 * {@code okju export}: writes the case in one of the {@link ExportFormat}s, published atomically
 * (temporary file, fsync, rename), then appends an {@value #EXPORT_WRITTEN} custody entry with the
 * file's SHA-256. Names go through the case's privacy rules as in the report. Thread-safe when the
 * store is.
 */
public final class CaseExporter {
  /** The custody action of a written export. */
  public static final String EXPORT_WRITTEN = "export-written";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaseStore store;
  private final IdentityTable identities;
  private final LedgerEntities ledger;

  /**
   * @param store the case
   * @param identities the identity table (empty until the ledger lands)
   * @param ledger the ledger's FtM entities ({@link LedgerEntities#NONE} until the ledger lands)
   */
  public CaseExporter(CaseStore store, IdentityTable identities, LedgerEntities ledger) {
    this.store = store;
    this.identities = identities;
    this.ledger = ledger;
  }

  /**
   * What was written.
   *
   * @param file the export
   * @param sha256 its SHA-256, as logged
   * @param records top-level records written (items, media, entities)
   */
  public record Result(Path file, Sha256 sha256, long records) {}

  /**
   * Writes the export and logs it.
   *
   * @throws IOException when the file cannot be written (nothing is logged then)
   */
  public Result export(ExportFormat format, Path out, String user, String okjuVersion)
      throws IOException {
    CaseSnapshot c = CaseSnapshot.read(store, identities);
    long[] records = {0};
    Sha256 sha256 =
        AtomicFile.write(
            out,
            stream -> {
              switch (format) {
                case CASE_UCO -> records[0] = CaseUcoExport.write(c, store, okjuVersion, stream);
                case VICS2 -> records[0] = Vics2Export.write(c, store, true, okjuVersion, stream);
                case VICS2_MEDIA ->
                    records[0] = Vics2Export.write(c, store, false, okjuVersion, stream);
                case FTM, CSV -> {
                  Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                  records[0] =
                      format == ExportFormat.FTM
                          ? FtmExport.write(c, ledger, w)
                          : CsvExport.write(c, store, w);
                  w.flush();
                }
              }
            });
    ObjectNode p = JSON.createObjectNode();
    p.put("format", format.word());
    p.put("file", out.toAbsolutePath().toString());
    p.put("records", records[0]);
    Map<String, Sha256> inputs = new TreeMap<>();
    if (!c.custody().isEmpty()) {
      inputs.put("custody-head", c.custody().get(c.custody().size() - 1).hash());
    }
    store
        .custody()
        .append(
            NewCustodyEntry.of(
                user, EXPORT_WRITTEN, p.toString(), inputs, Map.of("export", sha256), okjuVersion));
    return new Result(out, sha256, records[0]);
  }
}
