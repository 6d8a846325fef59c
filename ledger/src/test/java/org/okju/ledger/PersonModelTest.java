package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The person model's logistic regression: it learns, repeats exactly, and reads what it writes. */
class PersonModelTest {
  private static List<PersonModel.Example> examples() {
    List<PersonModel.Example> out = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      out.add(new PersonModel.Example(Map.of("ctx:honorific", 1.0, "shared", 1.0), true));
      out.add(new PersonModel.Example(Map.of("word:place-suffix", 1.0, "shared", 1.0), false));
    }
    return out;
  }

  @Test
  void learnsWhichFeaturesMakeAPerson() {
    PersonModel m = PersonModel.train(examples(), 400, 1.0, 0.001, Set.of());
    assertThat(m.probability(Map.of("ctx:honorific", 1.0, "shared", 1.0))).isGreaterThan(0.9);
    assertThat(m.probability(Map.of("word:place-suffix", 1.0, "shared", 1.0))).isLessThan(0.1);
  }

  @Test
  void aSkippedFeatureIsNeverLearnt() {
    PersonModel m = PersonModel.train(examples(), 400, 1.0, 0.001, Set.of("ctx:honorific"));
    assertThat(m.weights()).doesNotContainKey("ctx:honorific");
  }

  @Test
  void trainingRepeatsExactlyAndTheWrittenModelReadsBackTheSame() {
    PersonModel a = PersonModel.train(examples(), 100, 1.0, 0.001, Set.of()).withThreshold(0.4);
    PersonModel b = PersonModel.train(examples(), 100, 1.0, 0.001, Set.of()).withThreshold(0.4);
    assertThat(a.write()).isEqualTo(b.write());
    PersonModel read =
        PersonModel.read(new ByteArrayInputStream(a.write().getBytes(StandardCharsets.UTF_8)));
    assertThat(read.threshold()).isEqualTo(0.4);
    Map<String, Double> f = Map.of("ctx:honorific", 1.0);
    assertThat(read.probability(f)).isCloseTo(a.probability(f), within(1e-5));
  }
}
