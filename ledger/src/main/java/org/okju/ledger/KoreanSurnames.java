package org.okju.ledger;

import java.util.Set;

/** Korean surnames (통계청 2015 census, the most common), one and two syllables. */
final class KoreanSurnames {
  private static final Set<String> SURNAMES =
      Set.of(
          "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송",
          "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "유", "남", "심", "노", "하", "곽", "성", "차",
          "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여",
          "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "라", "왕", "금", "옥",
          "육", "인", "맹", "제", "모", "탁", "국", "어", "편", "용", "예", "경", "봉", "황보", "남궁", "제갈", "선우",
          "독고");

  // The same surnames as passports and newspapers romanise them, so that a romanised name can be
  // read surname first (Kim Minji, Park Se-ah) as well as given name first (Minji Kim).
  private static final Set<String> ROMANISED =
      Set.of(
          "kim", "gim", "lee", "yi", "rhee", "park", "pak", "bak", "choi", "choe", "jung", "jeong",
          "chung", "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "im", "han", "oh",
          "seo", "suh", "shin", "sin", "kwon", "gwon", "hwang", "ahn", "an", "song", "ryu", "yoo",
          "yu", "jeon", "jun", "chun", "hong", "ko", "go", "moon", "mun", "yang", "son", "sohn",
          "bae", "baek", "paik", "heo", "hur", "nam", "shim", "sim", "noh", "roh", "ha", "kwak",
          "sung", "seong", "cha", "joo", "ju", "woo", "koo", "gu", "min", "jin", "na", "ji", "eom",
          "um", "chae", "won", "bang", "gong", "hyun", "ham", "byun", "byeon", "yeom", "yeo",
          "choo", "do", "so", "seok", "sun", "seon", "ma", "gil", "yeon", "wi", "pyo", "myung",
          "ki", "ban", "ra", "wang", "geum", "ok", "yook", "maeng", "je", "mo", "tak", "guk", "eo",
          "pyeon", "yong", "ye", "gyeong", "bong", "hwangbo", "namgung", "jegal", "sunwoo",
          "dokgo");

  private KoreanSurnames() {}

  /** Whether {@code word} is a Korean surname as it is romanised ({@code Kim}, {@code Park}). */
  static boolean containsRomanised(String word) {
    return ROMANISED.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  static boolean contains(String s) {
    return SURNAMES.contains(s);
  }
}
