package org.okju.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names written in Latin letters: after a title, which is dropped ({@code Ms. Ahn} → Ahn,
 * {@code Pharma Kim} → Kim), before a Korean particle or kinship word ({@code Gyu가}, {@code
 * Rex형이}), and runs of capitalised words, without headings, weekdays, capitalised common words and
 * the places of {@link PlaceReader#GAZETTEER}. A single capitalised word opening a sentence is only
 * {@code weak}: a name when the document also writes it elsewhere. Not thread-safe.
 */
final class EnglishNames {
  private static final String NAME = PersonWords.LATIN_NAME;
  private static final java.util.Set<String> COURTESY =
      java.util.Set.of("mr", "ms", "mrs", "miss", "dr");
  // The same titles as a regular expression's alternatives.
  private static final String COURTESY_WORDS = String.join("|", new java.util.TreeSet<>(COURTESY));
  // Initials before a family name: J.W. Kang, Y. Noh, J. P. Morgan.
  private static final Pattern INITIALS_THEN_NAME =
      Pattern.compile("(?<![A-Za-z.])((?:[A-Z]\\.\\s?){1,3})(" + NAME + ")\\b");
  private static final Pattern TITLE_THEN_NAME =
      Pattern.compile(
          "\\b(?i:("
              + PersonWords.ENGLISH_TITLES
              + "))\\.?\\s+(?:(?i:"
              + PersonWords.ENGLISH_TITLES
              + ")\\.?\\s+)?("
              + NAME
              + "(?:\\s"
              + NAME
              + ")?)");
  // A Korean name as official papers romanise it, the surname in capitals before the hyphenated
  // given name: "YOON Tae-gyu", "Ms. KWON Ye-ji" (a police summary, a passport, a court record).
  // The surname is part of the name; read as a run, only the given name was left.
  private static final Pattern CAPITAL_SURNAME_THEN_GIVEN =
      Pattern.compile("(?<![A-Za-z])([A-Z]{2,7}) ([A-Z][a-z]{1,5}-[a-z]{1,6})(?![A-Za-z])");
  // A victim named after the offender's word for her: "target은 Yuri", "prey: Dahye".
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?i:target|tgt|prey|victim|the catch|catch)(?:은|는|이|:|=|\\s-|\\s(?:is|was|has a name now:?))?\\s*("
              + NAME
              + "(?:\\s"
              + NAME
              + ")?)");
  // The next name of a list: ", Somi", " and Ji-eun", " & Dara".
  private static final Pattern LISTED_NEXT =
      Pattern.compile("(?:\\s?,\\s?(?:and\\s)?|\\s(?:and|&)\\s)(" + NAME + ")\\b");
  // A note's label for the person the item is about: "Name: Yuna", "Girl: Hana", "Who: Sora".
  private static final Pattern PERSON_LABEL =
      Pattern.compile(
          "(?:^|[.;|\\t]\\s*|["
              + PersonWords.BULLETS
              + "]\\s*)(?i:name|real name|her name|girl|girls|who|with)\\s*[:=]\\s*("
              + NAME
              + ")\\b");
  // A name given by a naming phrase is a name whatever word it is: "called her Bunny", "goes by
  // Cherry", "introduced herself as Lou" (the her is no determiner of a thing).
  private static final Pattern NAMED_AS =
      Pattern.compile(
          "\\b(?i:(?:called|calls|call|nicknamed|named)\\s+(?:her|him|herself|himself)|goes\\s+by"
              + "|went\\s+by|introduced\\s+herself\\s+as)\\s+("
              + NAME
              + ")\\b");

  /**
   * The flag of a name a naming phrase gives ("called her Sunny", "goes by Cherry"): written down
   * on purpose as someone's name, whatever word it is.
   */
  static final String NAMED_AS_FLAG = "named-as";

  private static final Pattern REAL_NAME_AFTER =
      Pattern.compile("(?i)\\b(?:real|actual|full|legal)\\s+name\\b|본명|실명");

  private static final Pattern RUN = Pattern.compile(NAME + "(?: " + NAME + "){0,2}");
  // What follows a form's field label: "of", lower-case words, then the colon before the field's
  // value ("Place of interview: Mapo Police Station", "Date of birth: …", "Time of arrest: …").
  private static final Pattern FIELD_LABEL_AFTER =
      Pattern.compile("\\s+of\\s+[a-z][a-z\\- ]{0,30}?\\s?[:：]");
  // A capitalised word right after these is a venue, an app or a brand, not a person: "at Pier 17",
  // "on Tinder", "through Telegram", "at Mr. Pizza", "outside Seoul Forest".
  private static final Pattern VENUE_OR_MEDIUM_BEFORE =
      Pattern.compile("(?i)\\b(?:at|on|via|through|using|outside|inside|near|behind|onto)\\s+$");
  // A temperature or a weather label right before a capitalised word: the weather a journal app
  // writes under each entry ("Weather: 4°C Rain", "12°C Partly Cloudy").
  private static final Pattern WEATHER_BEFORE =
      Pattern.compile("(?:\\d\\s?(?:°\\s?[CF]|℃|℉)|(?i:weather)\\s?[:：]\\s*[^\\p{L}]*)\\s*$");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s(?![A-Za-z])");
  private static final Pattern NIGHT_WITH =
      Pattern.compile(
          "^\\s*,?\\s*(?:again|tonight|finally|(?:was|is)\\s+(?:out|asleep|drunk|wasted|gone))\\b");
  // What a person owns and a venue does not, after her name's 's: "at Mina's place", "outside
  // Bora's flat" (where "at Domino's" is a shop).
  private static final Pattern HOME_OF =
      Pattern.compile(
          "['\u2019]s\\s+(?:place|flat|apartment|apt|house|home|room|studio|dorm|officetel"
              + "|building|car|door)\\b");
  private static final Pattern VENUE_NOUN =
      Pattern.compile(
          "(?i)world|mart|tower|plaza|center|centre|mall|hotel|motel|bar|club|lounge|pub|cafe"
              + "|station|market|reserve|forest|bridge|lake|river|hospital|clinic|pharmacy|gym"
              + "|restaurant|karaoke|noraebang|sauna|spa|salon|studio|square|beach|bakery|pizza"
              + "|chicken|burger|coffee|inn|guesthouse|residence|officetel|apartments?");
  // The head of an organisation's name: a run holding one ("Youth Unit", "Legal Aid Office") names
  // the organisation, and so does a run joined to one by "and" ("Women and Youth Unit").
  private static final Pattern ORGANISATION_NOUN =
      Pattern.compile(
          "(?i)unit|team|squad|department|dept|office|agency|bureau|division|ministry|council"
              + "|committee|association|foundation|institute|services|police|court|union");
  private static final Pattern AND_ORGANISATION_AFTER =
      Pattern.compile(
          "\\s(?:and|&)\\s(?:" + NAME + "\\s){0,2}(?:" + ORGANISATION_NOUN.pattern() + ")\\b");
  // A Korean particle only a person takes, set apart after a Latin name ("4/17 졸피 Pablo 한테 30만":
  // with the date and the drug masked the name opens the line, yet the particle says who he is).
  private static final Pattern KOREAN_PERSON_PARTICLE_AFTER =
      Pattern.compile("\\s?(?:한테서|한테|에게서|에게|께)(?![가-힣])");
  // A thing's name given in brackets after what it is: "a dating app (Glimmer)", "the site
  // (Onlyfriends)", "an app called Glimmer".
  private static final Pattern THING_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:app|site|website|platform|channel|server|brand|game)"
              + "\\s*(?:\\(\\s*|\\s(?:called|named)\\s+)$");
  // A lowercase noun right after a capitalised word that it is said of: "Bookshop girl", "Gym guy",
  // "Trello board": the word describes a person or names a thing, it is no name.
  private static final Pattern DESCRIBED_NOUN_AFTER =
      Pattern.compile(
          "\\s(?:girl|guy|boy|lady|woman|man|chick|dude|board|app|export|channel|server)s?\\b");
  // A verb a reminder or to-do item opens with, before the person it is about: "Ask Marty",
  // "Pay Uncle Lou", "Text Mina".
  private static final Pattern IMPERATIVE =
      Pattern.compile(
          "Ask|Tell|Call|Text|Pay|Send|Meet|Pick|Get|Collect|Remind|Email|Message|Visit");
  // A diary's past verb with its subject left out, opening a sentence before the person it is
  // about: "Saw Mina outside the club", "Told Bora to wait", "Left Hyuna at the motel" (the regular
  // ones end in -ed, which the rule reads by their ending).
  private static final Pattern IRREGULAR_PAST =
      Pattern.compile(
          "Saw|Met|Told|Took|Left|Brought|Gave|Sent|Got|Drove|Paid|Found|Kept|Let|Bought|Sold"
              + "|Caught|Held|Heard|Knew|Lost|Made|Put|Rang|Ran|Sat|Shot|Spent|Woke|Wrote|Forgot"
              + "|Taught|Fed|Hit|Had|Did|Led|Rode|Stole");
  // Romanised Korean road and neighbourhood names: Olympic-daero, Teheran-ro, Garosu-gil.
  private static final Pattern ROAD = Pattern.compile("-(?:daero|ro|gil|dong)$");
  // A person introduced by where she is from or by her age: "Kelly from the gym", "Rick from
  // Hongdae took …" (the place masked by then), "Yuna, 24, nursing student".
  private static final Pattern INTRODUCED_AFTER =
      Pattern.compile(
          "^(?:\\s+from\\s+(?:the\\s+|my\\s+|[A-Z]|\\s)|,?\\s\\(?(?:1[5-9]|[2-6]\\d)\\)?(?:,|\\s*$)"
              // "Dara (24) came with a friend", "Dara — 22, bartender": her age in brackets or
              // after a dash, whatever follows
              + "|\\s\\((?:1[5-9]|[2-6]\\d)\\)|\\s*[\u2014\u2013:-]\\s*(?:1[5-9]|[2-6]\\d)\\b"
              // "Yuna @ Hongdae 11pm", a note's who and where
              + "|\\s+@\\s)");
  // A name joined to another person's: "Kim and Lee split it", "Hannah & Jiyeon", "Hyun-woo & I".
  private static final Pattern JOINED_TO_ANOTHER =
      Pattern.compile(
          "^\\s*(?:,\\s*[A-Z][a-z]+(?:-[a-z]+)?\\s*(?:,|and\\b|&)"
              // "Yuna, Hana and Sora at the table": the first of a list of names
              + "|(?:&|and|/)\\s*(?:[A-Z][a-z]+|I|me|(?:her|his|my)\\s+(?:friend|sister|brother|cousin"
              + "|roommate|girlfriend|boyfriend|colleague|classmate)s?))\\b");
  // A handle with digits or an underscore, as chats write people ("Doc2020", "Teddy_88"), when it
  // acts as a person (ChatHandles): not a file-like tape title ("Nutcracker_03").
  private static final Pattern HANDLE =
      Pattern.compile("(?<![A-Za-z0-9_])([A-Z][a-z]{1,11}_?\\d{2,4})(?![A-Za-z0-9_.])");
  // "The pharmacist is Mr. Gil", "my driver was Jin": the role word then stands for him.
  private static final Pattern ROLE_IS_NAME =
      Pattern.compile(
          "\\b(?i:the|our|my)\\s((?i:"
              + PersonWords.ENGLISH_TITLES
              + "))\\s(?:is|was|=)\\s(?:(?i:"
              + COURTESY_WORDS
              + ")\\.?\\s)?("
              + NAME
              + ")\\b");
  private static final Pattern NAME_THEN_ROLE =
      Pattern.compile(
          "\\b("
              + NAME
              + "(?:\\s"
              + NAME
              + ")?),?\\s(?:the\\s|our\\s|my\\s)?"
              + "(pharmacist|boss|aide|manager|driver|supplier|buyer)\\b");
  // "the boss", and the role word opening a sentence or an item, as notes write it: "Boss paid 2m",
  // "- Driver: …" (not "Boss Yoon", a title before a name).
  private static final Pattern BARE_ROLE =
      Pattern.compile(
          "(?:\\b(?i:the|our|my)\\s|(?:^|[.!?;:]\\s{1,3})\\s*(?:["
              + PersonWords.BULLETS
              + "]\\s*)?)((?i:boss|pharmacist|aide|manager|driver|supplier|buyer|client|uncle))\\b(?!\\s+[A-Z])"
              // "The doc sold me two boxes": after an article only, as "Doc" alone is a nickname
              + "|\\b(?i:the|our|my)\\s((?i:doc))\\b(?!\\s+[A-Z])");
  // A Latin name with a Korean particle or kinship word on it: Gyu가, Rex형이.
  private static final Pattern BEFORE_HANGUL =
      Pattern.compile("(?<![A-Za-z])(" + NAME + "(?:\\s" + NAME + ")?)(?=[가-힣])");

  // A single Latin capital used as a name inside Korean text, as a diary hides a woman behind her
  // initial: with a person's particle on it (J랑, K한테), or joined to one so written (J랑 K 합석).
  // Not a blood type or a grade (A형, B급): those take no person's particle.
  private static final Pattern INITIAL_IN_KOREAN =
      Pattern.compile(
          "(?<![A-Za-z0-9_.])([A-Z])(?=(?:이랑|랑|한테서|한테|에게서|에게|하고)(?![가-힣]))"
              + "|(?<=(?<![A-Za-z0-9_.])[A-Z](?:랑|하고)\\s)([A-Z])(?![A-Za-z0-9_])");

  // A note's line that is where, then who, and nothing else ("Gangnam station exit 10. Seoyun.",
  // "Sinsa. Haram and Somin."): the place is masked by then, so before the names only blanks (three
  // or more: a masked entity) and the stop after it are left, and after them only more names.
  private static final Pattern MASKED_LEAD = Pattern.compile("^\\s{3,}[.:,—–-]\\s*$");
  private static final Pattern NAMES_TO_END =
      Pattern.compile("^(?:\\s*(?:,|,?\\s+and\\b|&)\\s*" + NAME + ")*\\s*[.!]?\\s*$");

  // A romanised Korean given name written with its hyphen: Ha-eun, Seul-gi, Dong-min.
  private static final Pattern ROMANISED_GIVEN = Pattern.compile("[A-Z][a-z]{1,4}-[a-z]{1,4}");

  // An article or possessive right before a capitalised word: a thing or a kinship word, not a
  // name.
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:the|a|an|this|that|these|those|my|his|her|our|their|your|its|some|any|every"
              + "|each|another|no)\\s+$");
  private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
  // A verb right after a name opening a sentence: the name is its subject ("Tony took the file").
  // Not is/was/has/had, which follow any noun ("Footage is up").
  private static final Pattern SUBJECT_VERB =
      Pattern.compile(
          "^\\s+(?:(?:still|also|now|always|never|just|already|then|again|only|really)\\s+)?"
              // "Paulo still wants his 15 percent": an adverb may come between
              + "(?:took|paid|sent|gave|drove|filmed|called|texted|asked|said|says|wants|wanted|got|gets"
              + "|keeps|kept|takes|brought|picked|came|went|left|met|made|added|messaged"
              + "|transferred|wired|bought|sold|owes|edited|hosts|rents|supplied|will|would|can|could"
              + "|ran|runs|held|holds|handled|handles|drives|shot)\\b");

  // What a diary says its subject did or was, right after a name opening a sentence: a past tense
  // (regular or common irregular), a negation or an adverb before one, an age ("Dara showed up
  // late", "Yuna didn't remember", "Mina never noticed the camera", "Hana was 21"). A common word
  // opening a sentence the same way ("Nothing happened") is left to the person filter's doubt.
  private static final Pattern SUBJECT_PAST =
      Pattern.compile(
          "^\\s+(?:(?:never|finally|just|already|also|still|then|again|barely|even|only|really"
              + "|totally|actually|apparently|immediately|suddenly|eventually)\\s+)?"
              + "(?:[a-z]{2,}(?:ed|ied)|(?:didn|doesn|wasn|couldn|wouldn|won|can)['\u2019]t|did"
              + "|saw|fell|felt|woke|slept|drank|threw|knew|thought|kept|lost|sat|stood|wore|spent"
              + "|found|heard|began|became|forgot|told|let|lay|cried|tried|replied|seemed|showed"
              + "|(?:was|is|turned)\\s+(?:1[5-9]|[2-6]\\d)\\b"
              // "Seola is coming Friday", "Hana's coming over": someone on her way (unread, the
              // name stayed in the quoted line of a payment written after it; session 28)
              + "|(?:is|was|['\u2019]s)\\s+(?:coming|here|over|back)\\b"
              // "Seola is coming Friday" with its date ("coming Friday") read and masked out
              + "|(?:is|['\u2019]s)\\s{8,}(?=[.!?,;]|$))(?![A-Za-z])");

  List<Found<Person>> find(String line, List<Integer> numbers) {
    List<Found<Person>> out = new ArrayList<>();
    Matcher m = CAPITAL_SURNAME_THEN_GIVEN.matcher(line);
    while (m.find()) {
      if (KoreanSurnames.containsRomanised(m.group(1))) {
        add(out, Found.of(m.start(), m.end(), new Person(m.group(), Optional.empty()), 0.85));
      }
    }
    m = ROLE_IS_NAME.matcher(line);
    while (m.find()) {
      String name = m.group(2);
      if (!PersonWords.isEnglishNotName(name) && !isPlace(name)) {
        String role = m.group(1).toLowerCase(Locale.ROOT);
        add(out, Found.of(m.start(2), m.end(2), new Person(name, Optional.of(role)), 0.85));
      }
    }
    m = INITIALS_THEN_NAME.matcher(line);
    while (m.find()) {
      String name = m.group(1).strip() + " " + m.group(2);
      if (!PersonWords.isEnglishNotName(m.group(2)) && !isPlace(m.group(2))) {
        add(out, Found.of(m.start(), m.end(), new Person(name, Optional.empty()), 0.85));
      }
    }
    m = TITLE_THEN_NAME.matcher(line);
    while (m.find()) {
      String title = m.group(1).toLowerCase(Locale.ROOT);
      String name = trim(m.group(2));
      boolean courtesy = COURTESY.contains(title);
      String first = m.group(2).substring(0, (m.group(2) + " ").indexOf(' '));
      // Pharmacist Oh, Doctor Ha: after a job title a Korean surname is his, though alone the word
      // is a common one (unread, the pharmacist's payment went to the next name in the line).
      boolean surname = KoreanSurnames.containsRomanised(first);
      if (name.isEmpty() && (courtesy || surname)) {
        // Mr. Oh, Ms. No: after Mr. a word is a surname.
        name = first;
      }
      if (!name.isEmpty()
          && (courtesy || surname || !PersonWords.isEnglishNotName(name))
          && !isPlace(name)
          && !VENUE_OR_MEDIUM_BEFORE.matcher(line.substring(0, m.start())).find()) {
        int s = m.start(2);
        add(out, Found.of(s, s + name.length(), new Person(name, Optional.of(title)), 0.85));
      }
    }
    m = HANDLE.matcher(line);
    while (m.find()) {
      if (ChatHandles.actsAsPerson(
          m.group(1), line.substring(0, m.start()), line.substring(m.end()))) {
        add(out, Found.of(m.start(1), m.end(1), new Person(m.group(1), Optional.empty()), 0.8));
      }
    }
    m = NAME_THEN_ROLE.matcher(line);
    while (m.find()) {
      String name = trim(m.group(1));
      if (!name.isEmpty() && !isPlace(name)) {
        int s = m.start(1) + m.group(1).indexOf(name);
        add(out, Found.of(s, s + name.length(), new Person(name, Optional.of(m.group(2))), 0.85));
      }
    }
    m = BARE_ROLE.matcher(line);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      String role = m.group(g).toLowerCase(Locale.ROOT);
      add(
          out,
          Found.of(m.start(g), m.end(g), new Person(role, Optional.of(role)), 0.6, "role-only"));
    }
    m = BEFORE_HANGUL.matcher(line);
    while (m.find()) {
      String name = trim(m.group(1));
      if (!name.isEmpty() && !isPlace(name)) {
        int s = m.start(1) + m.group(1).indexOf(name);
        add(out, Found.of(s, s + name.length(), new Person(name, Optional.empty()), 0.8));
      }
    }
    m = INITIAL_IN_KOREAN.matcher(line);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      add(out, Found.of(m.start(g), m.end(g), new Person(m.group(g), Optional.empty()), 0.7));
    }
    m = PERSON_LABEL.matcher(line);
    while (m.find()) {
      if (!PersonWords.isEnglishNotName(m.group(1)) && !isPlace(m.group(1))) {
        add(out, Found.of(m.start(1), m.end(1), new Person(m.group(1), Optional.empty()), 0.8));
      }
    }
    m = NAMED_AS.matcher(line);
    while (m.find()) {
      if (!isPlace(m.group(1))) {
        // Only the whole name said ("called himself Director Choi" is a title and a name), and
        // not a nickname whose real name the line gives ("goes by Blue, real name …"): that name
        // is who she is.
        String rest = line.substring(m.end(1));
        boolean whole = !rest.matches("(?s)\\s[A-Z].*");
        boolean realNameAfter = REAL_NAME_AFTER.matcher(rest).find();
        Person named = new Person(m.group(1), Optional.empty());
        add(
            out,
            whole && !realNameAfter
                ? Found.of(m.start(1), m.end(1), named, 0.8, NAMED_AS_FLAG)
                : Found.of(m.start(1), m.end(1), named, 0.8));
      }
    }
    m = LABELLED.matcher(line);
    while (m.find()) {
      String name = trim(m.group(1));
      if (!name.isEmpty() && !isPlace(name)) {
        int s = m.start(1);
        add(out, Found.of(s, s + name.length(), new Person(name, Optional.empty()), 0.8, "label"));
        // "prey: Hana, Somi and Ji-eun": the label is every name listed after it.
        Matcher more = LISTED_NEXT.matcher(line);
        more.region(s + name.length(), line.length());
        while (more.lookingAt()) {
          String next = trim(more.group(1));
          if (next.isEmpty() || isPlace(next)) {
            break;
          }
          int ns = more.start(1);
          add(
              out,
              Found.of(ns, ns + next.length(), new Person(next, Optional.empty()), 0.8, "label"));
          more.region(ns + next.length(), line.length());
        }
      }
    }
    // Runs of capitalised words: in English only names and headings are capitalised mid-sentence,
    // and a Korean line capitalises nothing; a run opening a sentence is only weak.
    m = RUN.matcher(line);
    while (m.find()) {
      if ((m.start() > 0 && Character.isLetter(line.charAt(m.start() - 1)))
          || (m.end() < line.length()
              && Character.isLetterOrDigit(line.charAt(m.end()))
              && !Character.UnicodeBlock.of(line.charAt(m.end()))
                  .equals(Character.UnicodeBlock.HANGUL_SYLLABLES))) {
        continue;
      }
      if (DETERMINER_BEFORE.matcher(line.substring(0, m.start())).find()
          // "Sold the Sunhee tape to Brick": a woman's name as her recording's title takes the
          // article; left unread, it reached the report in the payment's quoted line (session 28)
          && !(THE_BEFORE.matcher(line.substring(0, m.start())).find()
              && RecordingOfHer.titlesARecording(line.substring(m.end())))) {
        continue; // "on the Sony", "a Nokia", "my Mom": a name takes no article
      }
      if (VENUE_OR_MEDIUM_BEFORE.matcher(line.substring(0, m.start())).find()
          && !HOME_OF.matcher(line.substring(m.end())).lookingAt()
          // "Stayed at Mina's.": a romanised given name's 's is her place
          && !(RomanisedNames.givenNameShaped(m.group())
              && POSSESSIVE.matcher(line.substring(m.end())).lookingAt())) {
        continue; // "at Pier 17", "on Tinder": a venue or an app
      }
      if (WEATHER_BEFORE.matcher(line.substring(0, m.start())).find()) {
        continue; // "Weather: 4°C Rain", a journal app's weather line: the sky, no one
      }
      if (FIELD_LABEL_AFTER.matcher(line.substring(m.end())).lookingAt()) {
        continue; // "Place of interview:", "Date of birth:": a form's field, its value after it
      }
      if (DESCRIBED_NOUN_AFTER.matcher(line.substring(m.end())).lookingAt()) {
        continue; // "Bookshop girl", "Trello board": what describes a person or a thing
      }
      if (THING_BEFORE.matcher(line.substring(0, m.start())).find()) {
        continue; // "a dating app (Glimmer)": the app's name
      }
      if (AND_ORGANISATION_AFTER.matcher(line.substring(m.end())).lookingAt()
          || Arrays.stream(m.group().split(" ", -1))
              .anyMatch(w -> ORGANISATION_NOUN.matcher(w).matches())) {
        continue; // "Women and Youth Unit", "Youth Unit": an organisation, no person
      }
      String[] words = m.group().split(" ");
      int first = 0;
      int last = words.length - 1;
      while (first <= last
          && !(first < last
              && PersonWords.NICKNAME_ADJECTIVE.matcher(words[first]).matches()
              && !PersonWords.isEnglishNotName(words[first + 1]))
          // "Oh Ha-eun", "Ha Ji-won": a romanised surname before a hyphenated given name is hers,
          // though "Oh" alone is a word
          && !(first < last
              && KoreanSurnames.containsRomanised(words[first])
              && ROMANISED_GIVEN.matcher(words[first + 1]).matches())
          && (PersonWords.isEnglishNotName(words[first]) || isPlace(words[first]))) {
        first++;
      }
      // "Invited Lena out", "Texted Mina", "Eventually Marco showed up", "Ask Marty about …": a
      // verb or an adverb opening a sentence, or a reminder's verb, is not the first name.
      if (first < last
          && (IMPERATIVE.matcher(words[first]).matches()
              || ((words[first].matches("[A-Z][a-z]{2,}(?:ed|ing|ly)")
                      || IRREGULAR_PAST.matcher(words[first]).matches())
                  && line.substring(0, m.start() + m.group().indexOf(words[first]))
                      .matches(
                          "(?s)(?:.*[.!?:;]\\s{1,3}|\\s*(?:["
                              + PersonWords.BULLETS
                              + "]\\s*)?)")))) {
        first++;
      }
      while (last >= first && (PersonWords.isEnglishNotName(words[last]) || isPlace(words[last]))) {
        last--;
      }
      // "Heard from Jae, he'll take it", "Met at Sinsa": a past verb opening a sentence whose
      // subject the diary leaves out, alone, is no one (read as "Kelly from the gym", session 32).
      if (first == last
          && IRREGULAR_PAST.matcher(words[first]).matches()
          && line.substring(0, m.start() + m.group().indexOf(words[first]))
              .matches("(?s)(?:.*[.!?:;]\\s{1,3}|\\s*(?:[" + PersonWords.BULLETS + "]\\s*)?)")) {
        continue;
      }
      if (first > last) {
        continue;
      }
      if (Arrays.stream(words).anyMatch(w -> VENUE_NOUN.matcher(w).matches())) {
        continue; // "Lotte World", "Starbucks Reserve", "Hotel Daisy": a venue, not a person
      }
      String name = String.join(" ", Arrays.copyOfRange(words, first, last + 1));
      if (ROAD.matcher(name).find()) {
        continue; // Olympic-daero, Yeonmu-ro: a road, romanised
      }
      if (isPlace(name) || Arrays.stream(words, first, last + 1).anyMatch(this::isPlace)) {
        continue;
      }
      if (last > first && givenNamesSideBySide(words, first, last)) {
        // "Jiyu Nari and the tall one": a memo without punctuation lists names with nothing
        // between them; romanised given names, none a surname, are as many people.
        int at = m.start();
        for (int w = 0; w < words.length; w++) {
          int ws = line.indexOf(words[w], at);
          at = ws + words[w].length();
          if (w >= first && w <= last) {
            add(out, Found.of(ws, at, new Person(words[w], Optional.empty()), 0.7));
          }
        }
        continue;
      }
      int start = m.start() + m.group().indexOf(name);
      int end = start + name.length();
      // A given and a family name together ("Jae-hee Lim from the cafe"), or a name owning
      // something ("Yuri Kang's bag"), is a person even opening a sentence: when in doubt, a
      // person (whose name is then withheld) rather than a name left in the open.
      boolean twoNames = last > first;
      boolean owns = line.startsWith("'s", end) || line.startsWith("\u2019s", end);
      // "Gangnam station exit 10. Seoyun.": who was there, written after where and nothing else
      boolean namedAfterPlace =
          MASKED_LEAD.matcher(line.substring(0, start)).matches()
              && NAMES_TO_END.matcher(line.substring(end)).matches();
      boolean opensSentence =
          !namedAfterPlace
              && line.substring(0, start)
                  .matches("(?s)(?:.*[.!?:]\\s{1,3}|\\s*(?:[" + PersonWords.BULLETS + "]\\s*)?)")
              && !twoNames
              && !owns
              && !SUBJECT_VERB.matcher(line.substring(end)).find()
              && !SUBJECT_PAST.matcher(line.substring(end)).lookingAt()
              && !Cues.STATE.matcher(line.substring(end)).find() // "Yuna is out cold"
              && !INTRODUCED_AFTER.matcher(line.substring(end)).find()
              && !JOINED_TO_ANOTHER.matcher(line.substring(end)).find()
              // "Mina again tonight.", "Mina, finally.", "Mina was out by midnight": a diary's
              // note of whom the night was with, in a romanised given name's shape ("Rain again
              // tonight" is the weather)
              && !(RomanisedNames.givenNameShaped(name)
                  && NIGHT_WITH.matcher(line.substring(end)).lookingAt())
              && !KOREAN_PERSON_PARTICLE_AFTER.matcher(line.substring(end)).lookingAt()
              && numbers.stream().noneMatch(n -> n >= end && line.substring(end, n).isBlank());
      add(
          out,
          opensSentence
              ? Found.of(
                  start, start + name.length(), new Person(name, Optional.empty()), 0.5, "weak")
              : Found.of(start, start + name.length(), new Person(name, Optional.empty()), 0.7));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Every word of the run a romanised given name's shape, and none a romanised surname. */
  private static boolean givenNamesSideBySide(String[] words, int first, int last) {
    for (int w = first; w <= last; w++) {
      if (!RomanisedNames.givenNameShaped(words[w])
          || KoreanSurnames.containsRomanised(words[w])
          || words[w].contains("-")) {
        return false;
      }
    }
    return true;
  }

  private boolean isPlace(String name) {
    return PlaceReader.GAZETTEER.contains(name.toLowerCase(Locale.ROOT));
  }

  // A name without a trailing common word ("Kim Total" → "Kim").
  private static String trim(String name) {
    String[] w = name.split(" ");
    int n = w.length;
    while (n > 0 && PersonWords.isEnglishNotName(w[n - 1])) {
      n--;
    }
    return String.join(" ", Arrays.copyOf(w, n));
  }

  private static void add(List<Found<Person>> out, Found<Person> f) {
    if (out.stream().noneMatch(o -> o.overlaps(f.start(), f.end()))) {
      out.add(f);
    }
  }
}
