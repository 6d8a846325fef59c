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

  private KoreanSurnames() {}

  static boolean contains(String s) {
    return SURNAMES.contains(s);
  }
}
