package org.okju.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.okju.casefile.CaseStore;
import org.okju.casefile.ImagePdq;
import org.okju.casefile.Item;
import org.okju.casefile.ItemError;
import org.okju.casefile.ItemId;
import org.okju.casefile.ItemStatus;
import org.okju.casefile.Sha256;
import org.okju.casefile.Source;
import org.okju.evidence.EvidenceMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code okju files}: the catalogue, one line per item. */
@Command(
    name = "files",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the case's catalogue, sorted by path.",
      "Lists the case's catalogue sorted by path (source by source; an archive's members "
          + "follow it as archive!/member): path, type, size, sha256, pdq, quality, status and "
          + "problems, tab-separated. --json: one JSON object a line."
    })
final class FilesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CaseOption caseOption;

  @Option(names = "--json", description = "One JSON object per item (JSON Lines).")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    try (CaseStore store = caseOption.openExisting()) {
      if (!json) {
        out.println("path\ttype\tsize\tsha256\tpdq\tquality\tstatus\tproblems");
      }
      for (Source source : store.sources().all()) {
        Set<ItemId> containers = store.items().containers(source.id());
        // The files of a source stream (there can be millions); an archive's members follow it.
        try (Stream<Item> top = store.items().children(source.id(), Optional.empty())) {
          top.forEach(item -> print(store, mapper, out, containers, item, ""));
        }
      }
    }
    out.flush();
    return ExitCode.OK;
  }

  // Prints the item, then (for an opened archive) its members in path order, depth first.
  private void print(
      CaseStore store,
      ObjectMapper mapper,
      PrintWriter out,
      Set<ItemId> containers,
      Item item,
      String prefix) {
    String path = prefix + item.path().display();
    line(store, mapper, out, item, path);
    if (containers.contains(item.id())) {
      List<Item> members;
      try (Stream<Item> s = store.items().children(item.source(), Optional.of(item.id()))) {
        members = s.toList();
      }
      for (Item m : members) {
        print(store, mapper, out, containers, m, path + "!/");
      }
    }
  }

  // Where an item of a disk image came from: its partition and path there, deleted or carved.
  private static void evidence(Map<String, String> metadata, ObjectNode o) {
    o.put("deleted", "true".equals(metadata.get(EvidenceMetadata.DELETED)));
    o.put("carved", "true".equals(metadata.get(EvidenceMetadata.CARVED)));
    String offset = metadata.get(EvidenceMetadata.OFFSET);
    if (offset == null) {
      o.putNull("offset");
    } else {
      o.put("offset", Long.parseLong(offset));
    }
    o.put("partition", metadata.get(EvidenceMetadata.PARTITION));
    o.put("imagePath", metadata.get(EvidenceMetadata.IMAGE_PATH));
  }

  private void line(CaseStore store, ObjectMapper mapper, PrintWriter out, Item item, String path) {
    Optional<ImagePdq> pdq =
        item.mediaType().orElse("").startsWith("image/")
            ? store.fingerprints().image(item.id())
            : Optional.empty();
    List<ItemError> errors =
        item.status() == ItemStatus.OK ? List.of() : store.itemErrors().of(item.id());
    String problems =
        errors.stream()
            .map(e -> e.severity().name().toLowerCase(Locale.ROOT) + ":" + e.kind())
            .collect(Collectors.joining(","));
    if (json) {
      ObjectNode o = mapper.createObjectNode();
      o.put("id", item.id().value());
      o.put("source", item.source().value());
      o.put("path", path);
      o.put("type", item.mediaType().orElse(null));
      o.put("extensionMismatch", item.extensionMismatch());
      if (item.size().isPresent()) {
        o.put("size", item.size().getAsLong());
      }
      o.put("md5", item.digests().md5().map(m -> m.toHex()).orElse(null));
      o.put("sha1", item.digests().sha1().map(m -> m.toHex()).orElse(null));
      o.put("sha256", item.digests().sha256().map(Sha256::toHex).orElse(null));
      o.put("pdq", pdq.map(p -> p.pdq().toHex()).orElse(null));
      if (pdq.isPresent()) {
        o.put("quality", pdq.get().quality());
      }
      o.put("status", item.status().name().toLowerCase(Locale.ROOT));
      evidence(store.metadata().of(item.id()), o);
      var arr = o.putArray("problems");
      for (ItemError e : errors) {
        ObjectNode p = arr.addObject();
        p.put("stage", e.stage());
        p.put("kind", e.kind());
        p.put("severity", e.severity().name().toLowerCase(Locale.ROOT));
        p.put("message", e.message());
      }
      out.println(o.toString());
    } else {
      out.println(
          String.join(
              "\t",
              path.replace("\t", "\\t").replace("\n", "\\n"),
              item.mediaType().orElse("-") + (item.extensionMismatch() ? "(renamed)" : ""),
              item.size().isPresent() ? Long.toString(item.size().getAsLong()) : "-",
              item.digests().sha256().map(Sha256::toHex).orElse("-"),
              pdq.map(p -> p.pdq().toHex()).orElse("-"),
              pdq.map(p -> Integer.toString(p.quality())).orElse("-"),
              item.status().name().toLowerCase(Locale.ROOT),
              problems.isEmpty() ? "-" : problems));
    }
  }
}
