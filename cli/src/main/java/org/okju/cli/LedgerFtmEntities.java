package org.okju.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.okju.casefile.CaseStore;
import org.okju.ledger.FtmExport;
import org.okju.ledger.LedgerView;
import org.okju.report.FtmEntity;
import org.okju.report.LedgerEntities;
import tech.followthemoney.entity.ValueEntity;

/**
 * The ledger's confirmed facts as the FollowTheMoney entities of {@code okju export --format ftm}:
 * the same entities as {@code okju ledger ftm}, people shown as the case's disclosure policy
 * allows.
 */
final class LedgerFtmEntities implements LedgerEntities {
  private final List<FtmEntity> entities;

  LedgerFtmEntities(CaseStore store) {
    List<FtmEntity> out = new ArrayList<>();
    for (ValueEntity e : new FtmExport().entities(LedgerView.load(store.ledger()))) {
      Map<String, List<String>> properties = new TreeMap<>();
      e.toValueJson()
          .path("properties")
          .properties()
          .forEach(
              p -> {
                List<String> values = new ArrayList<>();
                p.getValue().forEach(v -> values.add(v.asText()));
                properties.put(p.getKey(), values);
              });
      out.add(FtmEntity.of(e.getId(), e.getSchema().getName(), properties));
    }
    this.entities = List.copyOf(out);
  }

  @Override
  public List<FtmEntity> entities() {
    return entities;
  }
}
