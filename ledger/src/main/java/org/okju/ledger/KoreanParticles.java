package org.okju.ledger;

import java.util.Set;

/** The particles and place words that may follow a Korean name or place in the same word. */
final class KoreanParticles {
  private static final Set<String> PARTICLES =
      Set.of(
          "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에서는", "에서도", "으로", "로", "으로는", "까지", "부터",
          "도", "만", "와", "과", "랑", "이랑", "하고", "한테", "에게", "께", "한테서", "에게서", "로부터", "쪽", "쪽에서",
          "쪽으로", "근처", "근처에서", "앞", "앞에서", "역", "에선", "엔");

  private KoreanParticles() {}

  /** Whether {@code tail} is a particle (or a particle-like place word such as 쪽, 앞). */
  static boolean isParticle(String tail) {
    return PARTICLES.contains(tail);
  }
}
