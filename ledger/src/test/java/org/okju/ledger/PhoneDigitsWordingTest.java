package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A mobile number written as its eleven digits, as a phone's SMS backup keeps it ({@code
 * address="01012345678"}), is a phone; a longer run of digits or an amount is not. Fictional lines.
 */
class PhoneDigitsWordingTest extends WordingTestBase {
  @Test
  void aMobileNumberWithoutSeparatorsIsAPhone() {
    Extraction x =
        read(
            "SMS conversation with 메기 (01048210000)",
            "문자 온 번호 0109917000 저장",
            "주문번호 2025010123456789, 합계 150000원");
    assertThat(normalized(x, EntityType.PHONE)).containsExactly("01048210000", "0109917000");
  }
}
