package org.okju.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Common names, public facts rather than anyone's data, from which {@link PersonRenamer} draws the
 * people of a renamed document and by which it tells a name from a nickname or a role word.
 */
final class FictionalNames {
  private FictionalNames() {}

  /** Korean women's given names, with and without a final consonant on the last syllable. */
  static final List<String> KO_FEMALE =
      List.of(
          "수아", "지아", "서아", "하나", "유나", "예나", "민지", "수지", "지수", "은지", "예지", "소희", "다희", "윤희", "서희",
          "미소", "보라", "아라", "주아", "시아", "은서", "민서", "지우", "채아", "세아", "가희", "나희", "유주", "수하", "지은",
          "서연", "하은", "채원", "다은", "서현", "하린", "지민", "수빈", "예린", "소연", "민경", "은정", "수정", "지현", "혜진",
          "유진", "다인", "아린", "세린", "채린", "윤정", "가은", "나연", "소민", "예은", "하윤", "지원", "서윤", "수연", "민정",
          "혜원", "은영", "지연", "다연", "소율");

  /** Korean men's given names, with and without a final consonant on the last syllable. */
  static final List<String> KO_MALE =
      List.of(
          "민수", "준호", "지호", "현수", "태호", "성호", "재우", "민재", "시후", "지후", "준서", "영호", "정우", "상우", "진호",
          "재호", "대호", "승호", "현우", "건우", "도하", "민혁", "도윤", "서준", "현철", "재석", "동혁", "상철", "준영", "태민",
          "성민", "우진", "민준", "지훈", "성훈", "준혁", "동건", "영진", "정훈", "태준", "현진", "재훈", "승민", "민석", "동욱",
          "상현", "용식", "창식", "광수", "범수", "석호", "철규");

  /** Korean surnames of one syllable to draw from (이 too: the second most common). */
  static final List<String> KO_SURNAMES =
      List.of(
          "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송",
          "전", "홍", "유", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주",
          "구", "민", "진", "채", "천", "방", "변", "도", "석", "마", "길", "표");

  /** Korean surnames of two syllables. */
  static final Set<String> KO_SURNAMES_2 = Set.of("황보", "남궁", "제갈", "선우", "독고", "사공");

  /** Surnames recognised in an annotation (more than are drawn: rarer ones included). */
  static final Set<String> KO_SURNAMES_KNOWN = new HashSet<>(KO_SURNAMES);

  static {
    KO_SURNAMES_KNOWN.addAll(
        List.of(
            "류", "우", "나", "지", "엄", "원", "공", "현", "함", "염", "여", "추", "소", "선", "설", "연", "위",
            "명", "기", "반", "라", "왕", "금", "옥", "육", "맹", "제", "모", "탁", "국", "봉", "용"));
  }

  /** Titles and honorifics written after a surname (박실장, 김 약사, 정 사장님, 약사 김씨). */
  static final List<String> KO_TITLES =
      List.of(
          "실장", "약사", "사장", "대리", "과장", "회장", "마담", "박사", "대표", "기사", "부장", "차장", "주임", "팀장", "이사",
          "원장", "선생", "기자", "교수", "소장", "상무", "전무", "반장", "작가", "감독", "여사", "사모", "형사", "씨", "님",
          "군", "양");

  /** First syllables of Korean given names (a gold name of two such syllables is renamed). */
  static final String GIVEN_FIRST =
      "가나다도동민미보서선성세소수시승아예유윤은지진채하혜현효희주준재정태영우상석광대범봉용창철덕명경연슬" + "건규기다라래리린빈솔송시신원인혁호화훈이만덕";

  /** Last syllables of Korean given names. */
  static final String GIVEN_LAST =
      "아은연원현린민빈인윤희진정지수나라리미서우호혁철석준훈영경솔율슬름온래솜람늘비별하해혜주식규욱건성환" + "람결봄비찬혁균열용우일택태채기란을";

  /** English women's first names recognised in an annotation. */
  static final Set<String> EN_FEMALE_KNOWN =
      Set.of(
          "Jess",
          "Jessica",
          "Lily",
          "Kelly",
          "Hannah",
          "Grace",
          "Ellie",
          "Dana",
          "Clara",
          "Claire",
          "Celine",
          "Jenna",
          "Gwen",
          "Nadia",
          "Lena",
          "Tess",
          "Mina",
          "Hana",
          "Anna",
          "Amy",
          "Beth",
          "Chloe",
          "Daisy",
          "Emma",
          "Erin",
          "Fiona",
          "Gina",
          "Holly",
          "Iris",
          "Jade",
          "Julia",
          "Kate",
          "Laura",
          "Lucy",
          "Maya",
          "Megan",
          "Nina",
          "Olivia",
          "Paige",
          "Rachel",
          "Rose",
          "Ruby",
          "Sarah",
          "Sophie",
          "Tara",
          "Vera",
          "Zoe",
          "Alice",
          "Molly",
          "Nora",
          "Eva",
          "Leah",
          "Amber",
          "Emily",
          "Jane",
          "Mary",
          "Linda",
          "Susan",
          "Karen",
          "Lisa",
          "Sandra",
          "Amanda",
          "Melissa",
          "Stephanie",
          "Nicole",
          "Jennifer",
          "Elizabeth",
          "Michelle",
          "Heather",
          "Tina",
          "Sofia",
          "Mia",
          "Ava",
          "Isla",
          "Ella",
          "Bella",
          "Lara",
          "Sasha",
          "Natalie",
          "Helen");

  /** English men's first names recognised in an annotation. */
  static final Set<String> EN_MALE_KNOWN =
      Set.of(
          "Marco", "Leo", "Felix", "Ray", "Rocco", "Tony", "Bruno", "Kevin", "Daniel", "Mason",
          "Max", "Marcus", "Rick", "Pete", "Frankie", "Danny", "Kyle", "Kev", "Dex", "Gus", "Moe",
          "Rafa", "Pablo", "Tomas", "Theo", "Eli", "Vince", "Victor", "Tommy", "Tom", "Jay", "Adam",
          "Ben", "Carl", "Dan", "Dave", "Eddie", "Frank", "Glen", "Greg", "Hank", "Ian", "Jack",
          "Jake", "Joe", "Karl", "Luke", "Mark", "Matt", "Mike", "Nick", "Owen", "Paul", "Phil",
          "Rob", "Ryan", "Sam", "Sean", "Steve", "Ted", "Tim", "Vic", "Will", "Zack", "Oscar",
          "Simon", "Henry", "Colin", "Derek", "Nathan", "John", "James", "Robert", "Michael",
          "David", "Richard", "Joseph", "Thomas", "Chris", "Charles", "Anthony", "Steven", "Andrew",
          "Josh", "Brian", "George", "Jason", "Jeff", "Eric", "Jacob", "Gary", "Larry", "Justin",
          "Scott", "Brandon", "Benny", "Sal", "Vinnie", "Nico", "Rex");

  /** English women's names drawn (none of them also a common English word). */
  static final List<String> EN_FEMALE =
      List.of(
          "Anna", "Amy", "Beth", "Chloe", "Emma", "Erin", "Fiona", "Gina", "Julia", "Kate", "Laura",
          "Lucy", "Maya", "Megan", "Nina", "Olivia", "Paige", "Rachel", "Sarah", "Sophie", "Tara",
          "Vera", "Zoe", "Alice", "Molly", "Nora", "Eva", "Leah", "Chelsea", "Hailey");

  /** English men's names drawn (none of them also a common English word). */
  static final List<String> EN_MALE =
      List.of(
          "Adam", "Carl", "Dave", "Eddie", "Greg", "Ian", "Jake", "Joe", "Karl", "Luke", "Matt",
          "Mike", "Owen", "Paul", "Phil", "Ryan", "Sam", "Sean", "Steve", "Ted", "Tim", "Zack",
          "Oscar", "Simon", "Henry", "Colin", "Derek", "Nathan", "Gavin", "Trevor");

  /** Korean surnames as passports romanise them, recognised in an annotation. */
  static final Set<String> ROMANISED_SURNAMES_KNOWN =
      Set.of(
          "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Choi", "Jung", "Jeong", "Chung", "Kang",
          "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh",
          "Shin", "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Yoo", "Yu", "Jeon", "Jun", "Chun", "Hong",
          "Ko", "Go", "Moon", "Mun", "Yang", "Son", "Sohn", "Bae", "Baek", "Paik", "Heo", "Hur",
          "Nam", "Shim", "Noh", "Roh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Woo", "Koo", "Gu",
          "Min", "Jin", "Na", "Chae", "Won", "Bang", "Gong", "Hyun", "Byun", "Yeom", "Do", "Seok",
          "Ma", "Gil", "Pyo", "Tak", "Wang", "Maeng", "Hwangbo", "Namgung");

  /** Romanised surnames drawn (none of them also a common English word). */
  static final List<String> ROMANISED_SURNAMES =
      List.of(
          "Kim", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Seo", "Shin",
          "Kwon", "Hwang", "Ahn", "Ryu", "Yoo", "Jeon", "Hong", "Yang", "Bae", "Baek", "Heo", "Noh",
          "Kwak", "Cha", "Byun", "Pyo", "Chae", "Yeom");
}
