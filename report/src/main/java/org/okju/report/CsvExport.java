package org.okju.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.Item;
import org.okju.casefile.Md5;
import org.okju.casefile.Sha1;
import org.okju.casefile.Sha256;

/** The catalogue as CSV (RFC 4180: CRLF, fields quoted when needed). Stateless. */
final class CsvExport {
  static final String HEADER =
      "item_id,source_id,parent_id,path,size,media_type,extension_mismatch,modified_utc,"
          + "md5,sha1,sha256,pdq,pdq_quality,status";

  private CsvExport() {}

  static long write(CaseSnapshot c, CaseStore store, Writer out) throws IOException {
    out.write(HEADER);
    out.write("\r\n");
    for (Item i : c.items()) {
      java.util.Optional<ImagePdq> pdq = store.fingerprints().image(i.id());
      String[] fields = {
        Long.toString(i.id().value()),
        Long.toString(i.source().value()),
        i.parent().map(p -> Long.toString(p.value())).orElse(""),
        c.privacy().path(i),
        i.size().isPresent() ? Long.toString(i.size().getAsLong()) : "",
        i.mediaType().orElse(""),
        Boolean.toString(i.extensionMismatch()),
        i.times().modified().map(Object::toString).orElse(""),
        i.digests().md5().map(Md5::toHex).orElse(""),
        i.digests().sha1().map(Sha1::toHex).orElse(""),
        i.digests().sha256().map(Sha256::toHex).orElse(""),
        pdq.map(p -> p.pdq().toHex()).orElse(""),
        pdq.map(p -> Integer.toString(p.quality())).orElse(""),
        i.status().name().toLowerCase(Locale.ROOT)
      };
      for (int f = 0; f < fields.length; f++) {
        if (f > 0) {
          out.write(',');
        }
        out.write(field(fields[f]));
      }
      out.write("\r\n");
    }
    return c.items().size();
  }

  /** A field, quoted when it holds a comma, quote or line break (quotes doubled). */
  static String field(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
