package org.okju.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who outputs may name, and how free text is rewritten, from an identity table. */
class DisclosureTest {
  private final List<LedgerRows.Identity> people = new ArrayList<>();
  private final List<LedgerRows.Entity> entities = new ArrayList<>();

  private long person(String pseudonym, String role, boolean confirmed, String... names) {
    long id = entities.size() + 1L;
    entities.add(
        new LedgerRows.Entity(
            id,
            "person",
            pseudonym,
            pseudonym,
            Optional.empty(),
            Optional.empty(),
            Optional.empty()));
    List<LedgerRows.PersonName> n = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      n.add(new LedgerRows.PersonName(names[i], i == 0 ? "name" : "written"));
    }
    people.add(new LedgerRows.Identity(id, pseudonym, role, confirmed, n));
    return id;
  }

  private Disclosure disclosure() {
    return Disclosure.of(people, entities, Map.of());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "김지은이를 잠수교로 불러냄 | V-001이를 잠수교로 불러냄",
        "지은씨한테 연락함 | V-001씨한테 연락함",
        "지은님께 | V-001님께",
        "Met Kim Ji-eun at the park | Met V-001 at the park",
        "Ji-eun came late; JIEUN paid | V-001 came late; V-001 paid",
        "Ji Eun's phone | V-001's phone",
        "Sora한테 보냄 | V-002한테 보냄",
        "Sora Han, the catch of the day | V-002, the catch of the day",
        "Jingle bells, Soraya | Jingle bells, Soraya",
      })
  void everySpellingOfAWithheldNameBecomesThePseudonym(String in, String out) {
    person("V-001", "victim", false, "김지은", "Kim Ji-eun");
    person("V-002", "unknown", false, "Sora Han");
    assertThat(disclosure().text(in)).isEqualTo(out);
  }

  @Test
  void onlyAConfirmedAccusedAccompliceOrWitnessIsNamed() {
    long kim = person("V-001", "accomplice", true, "김약사");
    long park = person("V-002", "accomplice", false, "박실장");
    long han = person("V-003", "witness", true, "Mr Han");
    long lee = person("V-004", "victim", true, "이수진");
    Disclosure d = disclosure();
    assertThat(List.of(kim, park, han, lee))
        .extracting(d::label)
        .containsExactly("김약사", "V-002", "Mr Han", "V-004");
    assertThat(d.text("V-001에게 30만원, V-002 3할, 박실장 2할, 이수진 V-003"))
        .isEqualTo("김약사에게 30만원, V-002 3할, V-002 2할, V-004 Mr Han");
    assertThat(d.pseudonymise("김약사에게 30만원, Mr Han")).isEqualTo("V-001에게 30만원, V-003");
  }

  @Test
  void aRecordedTextKeepsItsPseudonymsAndLosesItsWithheldNames() {
    person("V-001", "accomplice", true, "김약사");
    person("V-002", "victim", false, "이수진");
    Disclosure d = disclosure();
    // A custody entry records pseudonyms: shown as recorded, it still matches its hash.
    assertThat(d.withhold("{\"entity\":\"E1\",\"pseudonym\":\"V-001\",\"role\":\"accomplice\"}"))
        .isEqualTo("{\"entity\":\"E1\",\"pseudonym\":\"V-001\",\"role\":\"accomplice\"}");
    assertThat(d.text("\"pseudonym\":\"V-001\"")).isEqualTo("\"pseudonym\":\"김약사\"");
    // An old entry that wrote a name: the victim's is withheld, the disclosed one's stays.
    assertThat(d.withhold("--subject 이수진, paid 김약사")).isEqualTo("--subject V-002, paid 김약사");
  }

  @Test
  void aSpellingMergedFromAVictimWithholdsTheWholePerson() {
    long sora = person("V-001", "accomplice", true, "Sora");
    long jieun = person("V-002", "victim", false, "지은");
    entities.set(
        (int) jieun - 1,
        new LedgerRows.Entity(
            jieun,
            "person",
            "V-002",
            "V-002",
            Optional.empty(),
            Optional.empty(),
            Optional.of(sora)));
    Disclosure d = disclosure();
    assertThat(d.label(sora)).isEqualTo("V-001");
    assertThat(d.label(jieun)).isEqualTo("V-001");
    assertThat(d.text("Sora and 지은, V-002")).isEqualTo("V-001 and V-001, V-001");
    assertThat(d.person(jieun).orElseThrow().role()).isEqualTo("victim");
  }

  @Test
  void aDisclosedFullNameKeepsAGivenNameAVictimShares() {
    person("V-001", "victim", false, "Sora Han");
    person("V-002", "accused", true, "Kim Sora");
    assertThat(disclosure().text("Kim Sora paid; Sora cried"))
        .isEqualTo("Kim Sora paid; V-001 cried");
  }

  @Test
  void aRoleWordAloneIsNoNameAndTheRewriteIsIdempotent() {
    long boss = person("V-001", "unknown", false);
    people.set(
        0,
        new LedgerRows.Identity(
            boss, "V-001", "unknown", false, List.of(new LedgerRows.PersonName("boss", "title"))));
    person("V-002", "accomplice", true, "Jin");
    person("V-003", "victim", false, "Mina Jin");
    Disclosure d = disclosure();
    String once = d.text("the boss paid Jin; Mina Jin and V-002 met; Jin's cut");
    assertThat(once).isEqualTo("the boss paid Jin; V-003 and Jin met; Jin's cut");
    assertThat(d.text(once)).isEqualTo(once);
    assertThat(d.label(boss)).isEqualTo("V-001");
  }

  @Test
  void namesAlsoWithheldOutsideTheLedgerAreReplacedAndNothingKnownChangesNothing() {
    assertThat(Disclosure.none().text("지은 V-001")).isEqualTo("지은 V-001");
    Disclosure d = Disclosure.of(List.of(), List.of(), Map.of("Hana Yoon", "V-009"));
    assertThat(d.text("/evidence/hana_yoon/Hana Yoon 01.mp4"))
        .isEqualTo("/evidence/hana_yoon/V-009 01.mp4");
  }

  @ParameterizedTest
  @CsvSource({"김지은,지은", "남궁민수,민수", "Kim Ji-eun,Ji-eun", "Sora Han,Sora", "Park Jo,"})
  void theGivenNameOfAFullName(String full, String given) {
    assertThat(Disclosure.givenName(full)).isEqualTo(Optional.ofNullable(given));
  }
}
