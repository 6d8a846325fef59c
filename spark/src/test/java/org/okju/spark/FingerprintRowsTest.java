package org.okju.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class FingerprintRowsTest {
  @Test
  void metadataIsWrittenInNameOrderWhateverOrderIngestHandsItOver() {
    Map<String, String> sorted = new TreeMap<>();
    for (int i = 0; i < 12; i++) {
      sorted.put("meta." + (char) ('a' + i), "v" + i);
    }
    // What IngestedItem holds: Map.copyOf, iterated in an order salted per JVM.
    Map<String, String> asIngestHoldsIt = Map.copyOf(sorted);
    List<String> written =
        new ArrayList<>(
            CollectionConverters.asJava(FingerprintRows.metadataMap(asIngestHoldsIt)).keySet());
    assertThat(written).containsExactlyElementsOf(sorted.keySet());
  }
}
