package org.okju.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a diary or ledger (Korean, English or mixed) into entity mentions and suggested facts, line
 * by line, each with its provenance. The public entry point of the ledger's extraction.
 *
 * <p>Order inside a line matters and is fixed: dates and times first (so that {@code 5월 3일} is
 * never read as numbers), then phones, accounts and tapes, then places and drugs, then percentages,
 * then money, and people last, on the line with everything else masked out.
 *
 * <p>Not thread-safe (Nori's tokenizer and OpenNLP's taggers are not): one per thread. Loading the
 * models takes about a second; reuse an instance for many documents.
 */
public final class LedgerExtractor {
  /** The flag of a mention that is the writer of a chat message, as the export names them. */
  static final String CHAT_WRITER_FLAG = "chat-writer";

  private static boolean aboutVictim(String line) {
    return Cues.in(Cues.MEET, line)
        || Cues.in(Cues.RECORD, line)
        || Cues.in(Cues.DRUG, line)
        || Cues.in(Cues.HUNT, line);
  }

  private final KoreanMorphology morphology;
  private final PersonReader persons;
  private final PersonFilter filter = new PersonFilter();
  private final UnresolvedNames unresolved = new UnresolvedNames();
  private final String defaultCurrency;

  /** An extractor whose amounts without a currency are Korean won. */
  public LedgerExtractor() {
    this("KRW");
  }

  /** An extractor whose amounts without a currency are in {@code defaultCurrency}. */
  public LedgerExtractor(String defaultCurrency) {
    this.morphology = new KoreanMorphology();
    this.persons = new PersonReader(morphology);
    this.defaultCurrency = defaultCurrency;
  }

  /** Reads one document. */
  public Extraction extract(DocumentText document) {
    DocumentText doc = QuoteMarks.unquoted(document);
    List<LineReading> readings = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    List<Boolean> entryStarts = new ArrayList<>();
    Optional<LocalDate> entryDate = Optional.empty();
    // The entry's day as written, also when its heading gives no year (--03-14).
    Optional<String> entryDay = Optional.empty();
    Optional<Integer> year = Optional.empty();
    TableReader tables = new TableReader();
    String wholeText = String.join("\n", doc.pages());
    boolean dayFirst = DateReader.writesDayFirst(wholeText);
    boolean dottedYearLast = DateReader.writesDottedYearLast(wholeText);
    // Titles read anywhere in the document, so that "Tony took the June Rain file" masks the title
    // before names are read.
    Set<String> titles = new java.util.LinkedHashSet<>();
    // Titles written as words ("Magnolia", Tape: Red Moon), not file names: such a word is the
    // tape wherever it appears, never a person (sold "Magnolia" ... Magnolia deleted).
    Set<String> namedTitles = new java.util.HashSet<>();
    // The names the files open with (하람_0905): written bare elsewhere, the woman named.
    TitleNames titleNames = new TitleNames();
    for (String page : doc.pages()) {
      for (String l : page.split("\n", -1)) {
        for (Found<Named> t : TapeReader.find(l)) {
          titles.add(t.value().normalized());
          titleNames.saw(t.value().normalized());
          if (!t.value().value().matches("(?s).*[._].*")) {
            namedTitles.add(t.value().normalized());
          }
        }
      }
    }
    int offset = 0;
    String namingLead = "";
    String wrappedLead = "";
    boolean preyAsked = false;
    boolean whoAsked = false;
    Optional<String> preyAsker = Optional.empty();
    ChatThread thread = new ChatThread();
    PlaceReferences placeReferences = new PlaceReferences();
    ContactCards cards = new ContactCards();
    Set<String> writers = new java.util.HashSet<>();
    // The last line with text, and what was read in it: the field above a ditto mark.
    String above = "";
    List<Found<Person>> abovePeople = List.of();
    List<Found<Named>> aboveThings = List.of();
    for (int p = 0; p < doc.pages().size(); p++) {
      LongLines.Page parts = LongLines.split(doc.pages().get(p));
      String[] lines = parts.lines();
      int[] confirmedAt = confirmedNameQuestions(lines);
      thread.page(lines);
      for (int n = 0; n < lines.length; n++) {
        String line = lines[n];
        Optional<ChatMessage> chat = thread.next(line);
        boolean answersAnother = chat.isPresent() && !chat.get().speaker().equals(preyAsker);
        boolean answersWhoIsPrey = answersAnother && preyAsked;
        boolean answersWho = answersAnother && whoAsked;
        if (chat.isPresent() && !line.substring(chat.get().prefixEnd()).isBlank()) {
          // (A writer's line above his message says nothing: the question stays asked.)
          String message = line.substring(chat.get().prefixEnd());
          // "오늘 물고기 누구임", "who's the catch", "오늘 밤 누구 데려옴?": who the prey is, or whom he
          // brings.
          preyAsked =
              (Cues.in(Cues.HUNT, message) && Cues.in(WHO_QUESTION, message))
                  || (Cues.in(Cues.MEET, message) && Cues.in(WHO, message))
                  || (Cues.in(NAME_QUESTION, message) && Cues.in(HER, message));
          // "약은 누가 줬냐", "who sold you the pills": a name answering it is a person, whoever
          // she or he is (the role is the lines' to say, not the question's).
          whoAsked = !preyAsked && Cues.in(ANY_WHO, message);
          preyAsker = chat.get().speaker();
        }
        boolean newEntry = false;
        List<Found<Temporal>> temporals = new ArrayList<>();
        String text = line;
        if (chat.isPresent()) {
          // The timestamp gives the message's day (a date of the case), never a time of day.
          int end = chat.get().prefixEnd();
          String datePart = chat.get().datePart();
          String prefix = line.substring(0, end);
          // A message closed by its timestamp has its day from that line, not from its own.
          boolean ownStamp = prefix.contains(datePart);
          String stamp = datePart.isEmpty() ? "" : ownStamp ? prefix : datePart;
          for (Found<Temporal> t :
              DateReader.find(stamp, entryDate, year, dayFirst, dottedYearLast)) {
            if (t.value().date().isPresent()) {
              if (ownStamp) {
                temporals.add(t); // the closing stamp's own line says the date again
              }
              entryDate = t.value().date();
              entryDay = entryDate.map(LocalDate::toString);
              year = Optional.of(entryDate.get().getYear());
              break;
            }
          }
          text = " ".repeat(end) + line.substring(end);
        }
        List<Found<Temporal>> own =
            withoutTitles(DateReader.find(text, entryDate, year, dayFirst, dottedYearLast), text);
        for (Found<Temporal> t : own) {
          if (t.value().date().isEmpty()
              && t.value().heading()
              && t.value().type() == EntityType.DATE
              && !t.value().normalized().isEmpty()
              && chat.isEmpty()) {
            // "3/20 The new girl …" in a notebook that never writes its year: a new day's entry
            // all the same; the last one's woman and places are not this one's.
            newEntry = true;
            entryDay = Optional.of(t.value().normalized());
            break;
          }
          if (t.value().date().isPresent()) {
            if (t.value().heading() && chat.isEmpty()) {
              entryDate = t.value().date();
              entryDay = entryDate.map(LocalDate::toString);
              newEntry = true;
              own =
                  withoutTitles(
                      DateReader.find(text, entryDate, year, dayFirst, dottedYearLast), text);
            }
            year = Optional.of(t.value().date().get().getYear());
            break;
          }
        }
        // 2025-03-15 01:12: a time stamped right after a full date is a file's or a message's
        // timestamp, not a time the text speaks of.
        String stamped = text;
        own = new ArrayList<>(own);
        own.removeIf(
            t ->
                t.value().type() == EntityType.TIME
                    && STAMP_DATE.matcher(stamped.substring(0, t.start())).find());
        temporals.addAll(own);
        if (own.stream().noneMatch(t -> t.value().date().isPresent())) {
          Matcher y = YEAR_HEADING.matcher(text);
          if (y.find()) {
            year =
                Optional.of(
                    y.group(4) != null
                        ? 2000 + Integer.parseInt(y.group(4)) // 25년 9월: this century's
                        : Integer.parseInt(
                            y.group(1) != null
                                ? y.group(1)
                                : y.group(2) != null
                                    ? y.group(2)
                                    : y.group(3))); // 2023 하반기 장부: the year of what follows
          }
        }
        Optional<TableReader.Row> row = tables.read(text);
        String masked = mask(text, own);
        Optional<int[]> unit = TableReader.unitPhrase(masked);
        if (unit.isPresent()) {
          masked = mask(masked, unit.get()[0], unit.get()[1]);
        }
        List<Found<Named>> things = new ArrayList<>(ThingReader.identifiers(masked));
        masked = mask(masked, things);
        List<Found<Named>> known = TapeReader.known(masked, titles, namedTitles);
        things.addAll(known);
        masked = mask(masked, known);
        List<Found<Named>> words = new ArrayList<>(ThingReader.words(masked));
        // "작업실로 데려옴", "same studio": the place named before with that word.
        String unplaced = mask(masked, words);
        List<Found<Named>> references = placeReferences.find(unplaced);
        placeReferences.saw(masked, words);
        words.addAll(references);
        things.addAll(words);
        masked = mask(masked, words);
        List<Found<BigDecimal>> percents = PercentReader.find(masked);
        masked = mask(masked, percents);
        List<Found<Money>> money = new ArrayList<>(MoneyReader.find(masked, defaultCurrency));
        row.ifPresent(rw -> tableMoney(rw, money, defaultCurrency));
        if (tables.lastWasHeader()) {
          money.clear(); // 받음(만원): a column's unit, not an amount
        }
        masked = mask(masked, money);
        List<Integer> numbers = new ArrayList<>();
        percents.forEach(f -> numbers.add(f.start()));
        money.forEach(f -> numbers.add(f.start()));
        if (!money.isEmpty()) {
          // 1,200만 들어옴 (구매자 뽀빠이가 800, 보리가 400): beside an amount, a bare number after a
          // name is that person's part of it
          Matcher bare = BARE_NUMBER.matcher(masked);
          while (bare.find()) {
            numbers.add(bare.start());
          }
        }
        List<Found<Person>> people =
            tables.lastWasHeader()
                ? new ArrayList<>()
                : new ArrayList<>(persons.find(masked, text, numbers, aboutVictim(text)));
        if (!namingLead.isEmpty()) {
          // "a girl who called herself" / "Hayeong. 22.": the name the line above began to give.
          people.addAll(namedOnNextLine(namingLead, masked, text, numbers, people));
        }
        if (!wrappedLead.isEmpty() && chat.isEmpty() && row.isEmpty() && text.indexOf('\t') < 0) {
          // "… from a man called" / "Gordon.": a sentence the writer's line width broke is read
          // whole, so that a name opening the next line keeps what the line above said of him.
          people.addAll(readAcrossWrap(wrappedLead, masked, text, numbers, people));
        }
        Matcher lead = NAMING_LEAD_AT_END.matcher(text);
        namingLead = lead.find() ? lead.group(1) : "";
        wrappedLead = chat.isEmpty() && namingLead.isEmpty() ? wrappedTail(text) : "";
        row.ifPresent(rw -> tablePeople(rw, people));
        AliasLines.read(masked, people);
        cards.read(text, people);
        if (answersWhoIsPrey || answersWho) {
          answeredPrey(line, chat.get().prefixEnd(), people, answersWhoIsPrey, morphology);
        }
        if (confirmedAt[n] >= 0) {
          confirmed(line, confirmedAt[n], people, morphology);
        }
        tapeSubjects(text, things, people);
        if (row.isEmpty()) {
          listedNames(text, people, morphology);
        }
        titleNames.read(masked, people, row);
        // "Hongdae. Jiyu, Nari, Bomi": the list's other names are people as the one read is.
        ListedPeople.read(masked, people, morphology);
        // Last, so that no reader makes a person of a title ("- 봄비 → 큰형님", an item of a list).
        people.removeIf(x -> namedTitles.contains(x.value().name()));
        // Last too: a clock's PM, a drink, an app, a fee (삭제비) is no one, whichever rule read it.
        people.removeIf(
            x ->
                PersonWords.isNoOne(x.value().name())
                    || PersonWords.isFeeWord(x.value().name(), morphology));
        // 5/2 23:00 | 〃 | 송파동 라움모텔 310호: the woman of the row above, again (상동 is no one).
        DittoMarks.repeatInto(text, people, above, abovePeople);
        DittoMarks.repeatInto(text, things, above, aboveThings);
        if (!text.isBlank()) {
          above = text;
          abovePeople = List.copyOf(people);
          aboveThings = List.copyOf(things);
        }
        Optional<String> speaker = chat.flatMap(ChatMessage::speaker);
        speaker.ifPresent(writers::add);
        // A writer of the chat or forum is a person wherever his handle is written, never a tape
        // ("sent the 300k to reel_king").
        things.removeIf(
            t -> t.value().type() == EntityType.TAPE && writers.contains(t.value().normalized()));
        if (chat.isPresent()) {
          // "형님 원본 하나 주세요", "지금 보냈어요 형님": a role word addressing the one the message is
          // written to is no third person of it.
          int from = chat.get().prefixEnd();
          String said = text;
          people.removeIf(x -> x.flags().contains("role-only") && vocative(said, from, x));
        }
        if (speaker.isPresent() && chat.get().speakerStart() >= 0) {
          int s = chat.get().speakerStart();
          people.add(
              0,
              Found.of(
                  s,
                  s + speaker.get().length(),
                  new Person(speaker.get(), Optional.empty()),
                  0.9,
                  thread.lastWasComment()
                      ? new String[] {CHAT_WRITER_FLAG, "commenter"}
                      : new String[] {CHAT_WRITER_FLAG}));
        }
        readings.add(
            new LineReading(
                line,
                entryDay,
                temporals,
                things,
                percents,
                money,
                people,
                speaker,
                chat.map(ChatMessage::prefixEnd).orElse(0),
                row));
        spans.add(new Span(p + 1, parts.lineNumbers()[n], offset, offset + line.length(), line));
        entryStarts.add(newEntry);
        // the \n, or the \f between pages after the last line; nothing between a long line's parts
        offset += line.length() + parts.separators()[n];
      }
    }
    readings = PeopleResolver.resolve(readings);
    List<EntityMention> entities = new ArrayList<>();
    List<SuggestedFact> facts = new ArrayList<>();
    FactRules rules = new FactRules(new LinkedHashSet<>());
    rules.beforeReading(readings);
    List<Extraction.PartyCue> partyCues = new ArrayList<>();
    for (int i = 0; i < readings.size(); i++) {
      if (entryStarts.get(i)) {
        rules.newEntry();
      }
      Span lineSpan = spans.get(i);
      facts.addAll(rules.build(readings.get(i), lineSpan));
      rules
          .partyCues()
          .forEach((name, cue) -> partyCues.add(new Extraction.PartyCue(name, cue, lineSpan)));
      mentions(
          readings.get(i),
          rules.cues(),
          lineSpan.page(),
          lineSpan.line(),
          lineSpan.start(),
          entities);
    }
    facts.addAll(rules.finish(partyCues));
    Set<String> roleOnly = roleWordsAlone(entities);
    facts.removeIf(f -> HouseholdMoney.between(f, roleOnly));
    Extraction read =
        new Extraction(
            doc.name(), withoutIdleRoleWords(entities, facts), facts, doc.warnings(), partyCues);
    List<EntityMention> filtered = filter.apply(read, doc);
    return new Extraction(
        doc.name(),
        filtered,
        facts,
        doc.warnings(),
        partyCues,
        unresolved.of(doc.text(), quotedLines(spans, filtered, facts, partyCues), filtered));
  }

  /**
   * The lines the case will store as quotes: those of a fact, of a person's role evidence and of a
   * role shown for a party the line does not name ({@code LedgerCase}).
   */
  private static List<Span> quotedLines(
      List<Span> lines,
      List<EntityMention> entities,
      List<SuggestedFact> facts,
      List<Extraction.PartyCue> partyCues) {
    java.util.NavigableSet<Integer> starts = Extraction.quotedOffsets(entities, facts, partyCues);
    List<Span> out = new ArrayList<>();
    for (Span line : lines) {
      Integer first = starts.ceiling(line.start());
      if (first != null && first <= line.end()) {
        out.add(line);
      }
    }
    return out;
  }

  // After a role word opening a message: a comma, or a word that is no share or amount of his.
  private static final Pattern VOCATIVE_OPENING = Pattern.compile("^(?:\\s*[,!~]|\\s+(?!몫|\\d))");
  private static final Pattern VOCATIVE_CLOSING = Pattern.compile("^\\s*[,.!?~ㅋㅎ^]*\\s*$");

  /** Whether a role word is said to the message's reader: alone at its start or its end. */
  private static boolean vocative(String text, int messageStart, Found<Person> word) {
    if (word.start() < messageStart) {
      return false;
    }
    boolean opens =
        text.substring(messageStart, word.start()).isBlank()
            && VOCATIVE_OPENING.matcher(text.substring(word.end())).lookingAt();
    boolean closes =
        word.start() > 0
            && Character.isWhitespace(text.charAt(word.start() - 1))
            && VOCATIVE_CLOSING.matcher(text.substring(word.end())).matches();
    return opens || closes;
  }

  /** The people named only by role words: every mention of the name is a role word alone. */
  private static Set<String> roleWordsAlone(List<EntityMention> entities) {
    Set<String> roleOnly = new java.util.HashSet<>();
    Set<String> named = new java.util.HashSet<>();
    for (EntityMention e : entities) {
      if (e.type() == EntityType.PERSON) {
        (e.flags().contains("role-only") ? roleOnly : named).add(e.normalized());
      }
    }
    roleOnly.removeAll(named);
    return roleOnly;
  }

  /**
   * The mentions without role words that stand for nobody named and take part in no fact: "형님 몫
   * 30%" names a party, "Mom called" does not.
   */
  private static List<EntityMention> withoutIdleRoleWords(
      List<EntityMention> entities, List<SuggestedFact> facts) {
    Set<String> parties = new java.util.HashSet<>();
    for (SuggestedFact f : facts) {
      f.subject().ifPresent(parties::add);
      f.object().ifPresent(parties::add);
    }
    return entities.stream()
        .filter(
            e ->
                e.type() != EntityType.PERSON
                    || !e.flags().contains("role-only")
                    || parties.contains(e.normalized()))
        .toList();
  }

  private static void mentions(
      LineReading r,
      Map<Integer, RoleCue> cues,
      int page,
      int line,
      int offset,
      List<EntityMention> out) {
    List<EntityMention> row = new ArrayList<>();
    for (Found<Temporal> t : r.temporals()) {
      row.add(mention(r, page, line, offset, t, t.value().type(), t.value().normalized(), null));
    }
    for (Found<Named> t : r.things()) {
      row.add(mention(r, page, line, offset, t, t.value().type(), t.value().normalized(), null));
    }
    for (Found<BigDecimal> t : r.percents()) {
      row.add(
          mention(r, page, line, offset, t, EntityType.PERCENT, t.value().toPlainString(), null));
    }
    for (Found<Money> t : r.money()) {
      row.add(
          mention(
              r,
              page,
              line,
              offset,
              t,
              EntityType.MONEY,
              t.value().value().toPlainString(),
              t.value().currency()));
    }
    for (Found<Person> t : r.persons()) {
      EntityMention m =
          mention(r, page, line, offset, t, EntityType.PERSON, t.value().name(), null);
      // A title alone (김약사 in a contact list) shows no part in the case: no cue.
      Optional<RoleCue> cue = Optional.ofNullable(cues.get(t.start()));
      row.add(
          new EntityMention(
              m.type(),
              m.value(),
              m.normalized(),
              t.value().role(),
              m.currency(),
              m.span(),
              m.confidence(),
              m.flags(),
              cue));
    }
    row.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    out.addAll(row);
  }

  private static EntityMention mention(
      LineReading r,
      int page,
      int line,
      int offset,
      Found<?> f,
      EntityType type,
      String normalized,
      String currency) {
    String text = r.line().substring(f.start(), f.end());
    Span span = new Span(page, line, offset + f.start(), offset + f.end(), text);
    return new EntityMention(
        type,
        text,
        normalized,
        Optional.empty(),
        Optional.ofNullable(currency),
        span,
        f.confidence(),
        f.flags(),
        Optional.empty());
  }

  private static final Pattern BARE_NUMBER =
      Pattern.compile("(?<=[가-힣]\\s)\\d{2,4}(?=\\s*[,)]|\\s*$)");

  // 2023 하반기 장부, 2024년 장부, "CASH BOOK - Q1 2024", "NOTES - autumn 2024", "테이프 목록 (2024
  // 상반기)": a year in a short heading, giving the year of the dates that follow without one. Not
  // an amount (2024원, 2024 won) nor part of a number.
  // A naming phrase closing a line, the name on the next: "a girl who called herself" / "Hayeong.",
  // 이름이 / 다솜이라고 했음.
  private static final Pattern NAMING_LEAD_AT_END =
      Pattern.compile(
          "((?i:(?:called|calls|named|nicknamed)\\s+(?:herself|himself|her|him)|goes\\s+by"
              + "|went\\s+by|introduced\\s+herself\\s+as)"
              + "|(?:그\\s?애|그\\s?여자|여자)?\\s?(?:이름|본명|가명|별명|닉네임)\\s?[은는이:]?)\\s*$");

  /**
   * The people a line names when the line above ended with a naming phrase: the line is read again
   * after the phrase, and what is found in the line itself (not in the phrase) is kept.
   */
  private List<Found<Person>> namedOnNextLine(
      String lead, String masked, String text, List<Integer> numbers, List<Found<Person>> people) {
    return readAfter(lead, masked, text, numbers, people, true);
  }

  /**
   * The people {@code text} names when read after {@code words}: what is found in the line itself
   * (not in those words) and not read already. A weak reading of the same word, a bare word opening
   * the line, gives way to it.
   */
  private List<Found<Person>> readAfter(
      String words,
      String masked,
      String text,
      List<Integer> numbers,
      List<Found<Person>> people,
      boolean aboutVictim) {
    String before = words.strip() + " ";
    int shift = before.length();
    List<Integer> shifted = numbers.stream().map(n -> n + shift).toList();
    List<Found<Person>> out = new ArrayList<>();
    for (Found<Person> f : persons.find(before + masked, before + text, shifted, aboutVictim)) {
      int s = f.start() - shift;
      int e = f.end() - shift;
      if (s >= 0 && !f.flags().contains("weak")) {
        people.removeIf(p -> p.overlaps(s, e) && p.flags().contains("weak"));
        if (people.stream().noneMatch(p -> p.overlaps(s, e))) {
          out.add(new Found<>(s, e, f.value(), f.confidence(), f.flags()));
        }
      }
    }
    return out;
  }

  // A line of English prose the writer's width broke: long, no table's cells, and ending on a
  // lower-case word with no stop after it (a Korean note's line ends on 함, 만남 without one).
  private static final Pattern WRAPPED_TAIL =
      Pattern.compile("^(?=[^\t|]{50,}$)[^가-힣]*?[a-z,]\\s(?<tail>(?:\\S+\\s+){0,4}[a-z]+)\\s*$");

  /** The last words of {@code text} when it is prose broken mid-sentence, else empty. */
  static String wrappedTail(String text) {
    Matcher m = WRAPPED_TAIL.matcher(text);
    return m.matches() ? m.group("tail") : "";
  }

  /**
   * The people the line names when read after the last words of the line above, which its width
   * broke mid-sentence: what is found in the line itself (not in those words) is kept, as {@link
   * #namedOnNextLine} keeps it.
   */
  private List<Found<Person>> readAcrossWrap(
      String tail, String masked, String text, List<Integer> numbers, List<Found<Person>> people) {
    return readAfter(tail, masked, text, numbers, people, aboutVictim(tail.strip() + " " + text));
  }

  private static final Pattern STAMP_DATE =
      Pattern.compile("(?:19|20)\\d{2}[-./]\\d{1,2}[-./]\\d{1,2}\\.?,?\\s{1,3}$");
  private static final Pattern YEAR_HEADING =
      Pattern.compile(
          "^\\W{0,5}((?:19|20)\\d{2})(?:년도?|\\s?(?:하반기|상반기|년|장부|ledger|H[12])|\\s*$)"
              + "|^(?=.{0,60}$).*?(?<![\\d.,/:-])((?:19|20)\\d{2})(?:년)?"
              + "(?![\\d.,/:-]|\\s?(?:원|만|천|억|won|KRW|USD|\\$|%|퍼센트|프로))"
              // 메모 2025/05, 연락처 정리 (2024.12): a year and month closing a short heading.
              + "|^(?=.{0,60}$).*?(?<![\\d.,/:-])((?:19|20)\\d{2})[./-]\\s?(?:0?[1-9]|1[0-2])월?\\)?\\s*$"
              // 25년 9월 메모: a year written with two digits before its month, in a short heading
              + "|^(?=.{0,60}$)\\W{0,5}(\\d{2})년\\s?(?:0?[1-9]|1[0-2])월(?!\\s?\\d{1,2}일)");

  /**
   * The dates and times of a line that are no part of a recording's title: 파일 "목요일밤", 소미_화 (화 for
   * Tuesday), "Friday Night" name the tape, not a day.
   */
  private static List<Found<Temporal>> withoutTitles(List<Found<Temporal>> found, String line) {
    List<Found<Named>> titles = TapeReader.find(line);
    if (titles.isEmpty()) {
      return found;
    }
    List<Found<Temporal>> out = new ArrayList<>(found);
    out.removeIf(t -> titles.stream().anyMatch(n -> n.overlaps(t.start(), t.end())));
    return out;
  }

  /**
   * The amounts of a table row's money columns: a bare number ({@code 180} under {@code (단위: 만원)})
   * is an amount there, scaled by the unit.
   */
  private static void tableMoney(TableReader.Row row, List<Found<Money>> money, String currency) {
    for (TableReader.Cell c : row.cells()) {
      boolean moneyColumn =
          c.column() == TableReader.Column.IN
              || c.column() == TableReader.Column.OUT
              || c.column() == TableReader.Column.AMOUNT;
      if (!moneyColumn) {
        continue;
      }
      Optional<BigDecimal> v = TableReader.amount(c.text(), row.unit());
      if (v.isPresent()) {
        money.removeIf(f -> f.overlaps(c.start(), c.end()));
        money.add(Found.of(c.start(), c.end(), new Money(v.get(), currency), 0.8, "table"));
      }
    }
    money.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  /**
   * The people of a table row: the cell of the "who" column, and a name set apart by a dash in the
   * memo ({@code 도윤 - 테이프 값}, {@code 원본 삭제비 - 수빈}).
   */
  private static void tablePeople(TableReader.Row row, List<Found<Person>> people) {
    for (TableReader.Cell c : row.cells()) {
      List<int[]> candidates = new ArrayList<>();
      if (c.column() == TableReader.Column.WHO
          || ((c.column() == TableReader.Column.FROM || c.column() == TableReader.Column.TO)
              && !TableReader.isWriter(c.text()))) {
        // A title before a name is not part of it: "Driver Oh" → Oh.
        Matcher t = LEADING_TITLE.matcher(c.text());
        int skip = t.find() ? t.end() : 0;
        List<int[]> listed = listedInCell(c);
        if (skip == 0 && !listed.isEmpty()) {
          candidates.addAll(listed); // "미소, 규리", "Mina & Sora": two women met that day
        } else {
          candidates.add(new int[] {c.start() + skip, c.end(), skip});
        }
      } else if (c.column() == TableReader.Column.MEMO || c.column() == TableReader.Column.OTHER) {
        Matcher m = DASHED_NAME.matcher(c.text());
        while (m.find()) {
          int g = m.group(1) != null ? 1 : 2;
          candidates.add(new int[] {c.start() + m.start(g), c.start() + m.end(g), 0});
        }
      }
      for (int[] span : candidates) {
        String text = c.text().substring(span[0] - c.start(), span[1] - c.start()).strip();
        boolean titled = span[2] > 0;
        people.removeIf(
            p -> p.overlaps(span[0], span[1]) && (titled || p.flags().contains("weak")));
        // After a title any capitalised word is a surname ("Driver Oh"), even one like a word.
        boolean name = titled ? text.matches("[A-Z][a-z]+") : isWhoCellName(text);
        if (name && people.stream().noneMatch(p -> p.overlaps(span[0], span[1]))) {
          people.add(
              Found.of(
                  span[0],
                  span[0] + text.length(),
                  new Person(text, Optional.empty()),
                  0.8,
                  "table"));
        }
      }
    }
    people.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  // A name standing alone as an item of a note: "3/2 수빈 - 신촌 헌팅 → …", "이태원 클럽 → 유진 (pick-up
  // 23:30) → …": set apart by the line's start, a dash, colon or arrow before it and a dash, arrow,
  // comma or bracket after it.
  private static final Pattern LISTED_NAME =
      Pattern.compile(
          "(?:^\\s*\\d{1,4}[/.]\\d{1,2}(?:[/.]\\d{1,4})?\\.?\\s+|^\\s*["
              + PersonWords.BULLETS
              + "]\\s*|\\s["
              + PersonWords.DASHES
              + ":→]\\s+)(?<n>[가-힣]{2,4})(?=\\s*[(→,]|\\s["
              + PersonWords.DASHES
              + ":]\\s|\\s*$)");

  /**
   * A name a note sets apart as an item (see {@link #LISTED_NAME}), not an ordinary word after an
   * arrow where the line is about no event; in a line about meeting, filming, drugging or hunting,
   * and with no money in it, the item is the one it happened to (a victim's label), as in the tape
   * lists' {@code 벚꽃_01.mp4 - 수아}.
   */
  private static void listedNames(
      String text, List<Found<Person>> people, KoreanMorphology morphology) {
    Matcher m = LISTED_NAME.matcher(text);
    boolean event =
        Cues.in(Cues.MEET, text)
            || Cues.in(Cues.HUNT, text)
            || Cues.in(Cues.RECORD, text)
            || Cues.in(Cues.DRUG, text);
    while (m.find()) {
      String n = m.group("n");
      int s = m.start("n");
      int e = m.end("n");
      if (!isTableName(n)
          || Cues.in(Cues.HUNT, n)
          || Cues.in(Cues.MEET, n)
          // "부산역 도착 → 렌트 (운전은 …)": in a line about no event, an item after an arrow that
          // Nori knows as one ordinary word is the next step of a plan, not a person
          || (!event
              && text.substring(0, s).matches("(?s).*→\\s*")
              && morphology.isWholeOrdinaryWord(n))
          || people.stream().anyMatch(p -> p.overlaps(s, e) && !p.flags().contains("weak"))) {
        continue;
      }
      people.removeIf(p -> p.overlaps(s, e));
      people.add(
          event
              ? Found.of(s, e, new Person(n, Optional.empty()), 0.8, "label")
              : Found.of(s, e, new Person(n, Optional.empty()), 0.7, "table"));
    }
    people.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  // A name set after a tape by a dash or colon in a list of tapes: 벚꽃_01.mp4 - 수아 (3/16 …),
  // "Lantern" – Mirae, 영상 17번 - 하린.
  private static final Pattern AFTER_TAPE =
      Pattern.compile(
          "^(?:\\.[A-Za-z0-9]{2,4})?[\"”'」』]?\\s*["
              + PersonWords.DASHES
              + ":]\\s*(?<n>[가-힣]{2,4}|"
              + PersonWords.LATIN_NAME
              + ")(?=\\s*[,(/]|\\s*$)");

  /** The person a list of tapes writes after a tape: the one it was made of. */
  private static void tapeSubjects(
      String text, List<Found<Named>> things, List<Found<Person>> people) {
    for (Found<Named> t : things) {
      if (t.value().type() != EntityType.TAPE) {
        continue;
      }
      Matcher m = AFTER_TAPE.matcher(text.substring(t.end()));
      if (m.find()) {
        int s = t.end() + m.start("n");
        int e = t.end() + m.end("n");
        String n = m.group("n");
        people.removeIf(p -> p.overlaps(s, e) && p.flags().contains("weak"));
        if (isTableName(n) && people.stream().noneMatch(p -> p.overlaps(s, e))) {
          people.add(Found.of(s, e, new Person(n, Optional.empty()), 0.8, "tape-subject"));
        }
      }
    }
    people.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  // A question about the offender's prey: "오늘 물고기 누구임", "who's the catch", "사냥감 정했어?".
  private static final Pattern WHO_QUESTION = Pattern.compile("\\?|누구|누군|정했|(?i:\\bwho)");
  private static final Pattern WHO = Pattern.compile("누구|누굴|(?i:\\bwho\\b)");
  // Asking the other for a girl's name: "그 간호사 애, 이름 뭐였지", "what was her name again".
  private static final Pattern NAME_QUESTION =
      Pattern.compile("이름\\s?(?:이|은)?\\s?뭐|(?i:\\bwhat(?:'s| is| was) (?:her|the girl's) name\\b)");
  private static final Pattern HER =
      Pattern.compile("애(?![가-힣])|애[,.]|여자|걔|그녀|(?i:\\bher\\b|\\bgirl\\b)");

  // Any question of who: "약은 누가 줬냐", "다음 주는 누구", "who sold you the pills".
  private static final Pattern ANY_WHO = Pattern.compile("누구|누굴|누가|누군|(?i:\\bwho(?:'s)?\\b)");

  // The name that answers it, opening the reply: "하은. 합정역 …", "ㅇㅇ 다인이.", "Hannah. works at …",
  // doubted ("하린? 아니면 예솔", "Elsie? or Maren": the other guess is a name too).
  private static final String ANSWER_NAME = "[가-힣]{2,4}|" + PersonWords.LATIN_NAME;
  private static final Pattern ANSWER =
      Pattern.compile(
          "^\\s*(?:(?:ㅇㅇ|응|어|네|예|(?i:yes|yeah|yep|ok|okay))[.,!]?\\s+)?"
              + "(?<n>"
              + ANSWER_NAME
              + ")(?=\\s*[.,!?(~]|\\s*$)(?:\\?\\s*(?:아니면|아님|혹은|(?i:or))\\s+(?<or>"
              + ANSWER_NAME
              + ")(?=\\s*[.,!?(~]|\\s*$))?");

  /**
   * The person a chat reply names when the message before it, by someone else, asked who: the name
   * opening the reply, without the affectionate 이 ({@code 다인이} → 다인), and the other guess of a
   * doubted one ({@code 하린? 아니면 예솔}); labelled as the offender's word for her (a victim's cue) when
   * the question was who the prey is, or whom he met or brought.
   */
  private static void answeredPrey(
      String line,
      int from,
      List<Found<Person>> people,
      boolean prey,
      KoreanMorphology morphology) {
    Matcher m = ANSWER.matcher(line.substring(from));
    if (!m.find()) {
      return;
    }
    answered(from + m.start("n"), m.group("n"), people, prey, morphology);
    if (m.group("or") != null) {
      answered(from + m.start("or"), m.group("or"), people, prey, morphology);
    }
  }

  private static void answered(
      int s,
      String written,
      List<Found<Person>> people,
      boolean prey,
      KoreanMorphology morphology) {
    String n = written;
    if (n.length() >= 3 && n.endsWith("이") && hasFinalConsonant(n.charAt(n.length() - 2))) {
      n = n.substring(0, n.length() - 1);
    }
    int e = s + n.length();
    boolean name =
        n.matches("[가-힣]+")
            // (to any other who, "몰라" and "아무도" answer too: a name opens with a noun)
            ? isTableName(n) && (prey || morphology.opensWithNoun(n))
            : !PersonWords.isEnglishNotName(n) && !PlaceReader.GAZETTEER.contains(n);
    if (!name) {
      return;
    }
    people.removeIf(p -> p.overlaps(s, e));
    people.add(
        prey
            ? Found.of(s, e, new Person(n, Optional.empty()), 0.8, "label")
            : Found.of(s, e, new Person(n, Optional.empty()), 0.8));
    people.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  private static boolean hasFinalConsonant(char c) {
    return c >= '가' && c <= '힣' && (c - '가') % 28 != 0;
  }

  // A chat message that ends by asking about a name: "저번 그 간호사? 예슬이?", "the blonde. Yuju?".
  private static final Pattern NAME_ASKED =
      Pattern.compile("(?:^|[\\s.,?!])(?<n>" + ANSWER_NAME + ")\\?\\s*$");
  // The other writer's whole reply, saying yes.
  private static final Pattern YES =
      Pattern.compile(
          "^\\s*(?:ㅇㅇ|ㅇ|응|어|네|예|맞아|맞음|그래|(?i:yes|yeah|yep|yup|ya|right|correct|that's her))"
              + "[.!]?\\s*$");

  /**
   * For each line of a page, where the name starts that its chat message asks about and the next
   * message, another writer's, confirms with a bare yes ("하린?" / "응", "Jimin?" / "yes"); -1 where
   * none. The page is read ahead with a chat reader of its own, so the main one keeps its state.
   */
  private static int[] confirmedNameQuestions(String[] lines) {
    int[] at = new int[lines.length];
    java.util.Arrays.fill(at, -1);
    ChatThread ahead = new ChatThread();
    ahead.page(lines);
    int asked = -1;
    int askedAt = -1;
    Optional<String> asker = Optional.empty();
    for (int n = 0; n < lines.length; n++) {
      Optional<ChatMessage> chat = ahead.next(lines[n]);
      if (chat.isEmpty() || lines[n].substring(chat.get().prefixEnd()).isBlank()) {
        continue;
      }
      String message = lines[n].substring(chat.get().prefixEnd());
      if (asked >= 0 && !chat.get().speaker().equals(asker) && YES.matcher(message).matches()) {
        at[asked] = askedAt;
      }
      Matcher m = NAME_ASKED.matcher(message);
      asked = m.find() ? n : -1;
      askedAt = asked >= 0 ? chat.get().prefixEnd() + m.start("n") : -1;
      asker = chat.get().speaker();
    }
    return at;
  }

  /**
   * The name a confirmed question asks about is a person: a Korean word shaped as a given name or
   * no ordinary word (진짜? is no one), without the affectionate 이; a Latin word no common word.
   */
  private static void confirmed(
      String line, int s, List<Found<Person>> people, KoreanMorphology morphology) {
    Matcher m = Pattern.compile(ANSWER_NAME).matcher(line);
    if (!m.find(s) || m.start() != s) {
      return;
    }
    String n = m.group();
    if (n.length() >= 3 && n.endsWith("이") && hasFinalConsonant(n.charAt(n.length() - 2))) {
      n = n.substring(0, n.length() - 1);
    }
    if (n.matches("[가-힣]+")
        && !(KoreanNames.givenNameShaped(n) || (isTableName(n) && !morphology.isOrdinaryWord(n)))) {
      return;
    }
    answered(s, n, people, false, morphology);
  }

  // What separates the names a who cell lists: a comma, &, +, "and", 랑/하고 joined to the name.
  private static final Pattern CELL_LIST_SEPARATOR =
      Pattern.compile("\\s*(?:,|&|\\+|/|\\band\\b)\\s*|(?<=[가-힣])(?:이랑|랑|하고)\\s+");

  /**
   * The names a who cell lists, each span apart ({@code 미소, 규리}, {@code Mina & Sora}); none when
   * the cell holds one name or any part of the list is no name (a note, an amount).
   */
  private static List<int[]> listedInCell(TableReader.Cell c) {
    List<int[]> parts = new ArrayList<>();
    Matcher m = CELL_LIST_SEPARATOR.matcher(c.text());
    int at = 0;
    while (m.find()) {
      parts.add(new int[] {c.start() + at, c.start() + m.start(), 0});
      at = m.end();
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    parts.add(new int[] {c.start() + at, c.end(), 0});
    for (int[] p : parts) {
      if (!isWhoCellName(c.text().substring(p[0] - c.start(), p[1] - c.start()).strip())) {
        return List.of();
      }
    }
    return parts;
  }

  private static final Pattern LEADING_TITLE =
      Pattern.compile("^(?i:" + PersonWords.ENGLISH_TITLES + ")\\.?\\s+(?=[A-Z])");

  private static final Pattern DASHED_NAME =
      Pattern.compile(
          "^([가-힣]{2,4})\\s["
              + PersonWords.DASHES
              + "]\\s|\\s["
              + PersonWords.DASHES
              + "]\\s([가-힣]{2,4})$");

  /**
   * A name in a table's who, from or to cell: a table name, or one Hangul syllable (a nickname: 솔,
   * 곰, 별), since the column says it is someone; not a one-syllable word (나, 형, 약, 돈), a particle or
   * a place.
   */
  private static boolean isWhoCellName(String text) {
    return isTableName(text)
        || (text.matches("[가-힣]")
            && !KoreanNames.isOneSyllableWord(text)
            && !KoreanParticles.isParticle(text)
            && !PersonWords.KOREAN_NOT_NAMES.contains(text)
            && !PlaceReader.GAZETTEER.contains(text));
  }

  private static boolean isTableName(String text) {
    return capitalsName(text)
        || (text.matches("[가-힣]{2,5}")
            && !PersonWords.KOREAN_NOT_NAMES.contains(text)
            && !PlaceReader.GAZETTEER.contains(text))
        || (text.matches(
                "(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s)?"
                    + PersonWords.LATIN_NAME
                    + "(?: "
                    + PersonWords.LATIN_NAME
                    + "){0,2}")
            && !PersonWords.isEnglishNotName(text));
  }

  /**
   * A Korean name romanised in capitals, as a bank writes an account holder ("KIM DOHYUN", "PARK JI
   * SOO", "DOHYUN KIM"): a romanised surname, and a given name shaped as one in one or two words.
   */
  static boolean capitalsName(String text) {
    if (!text.matches("[A-Z][A-Z\\-]{1,7}(?: [A-Z][A-Z\\-]{1,7}){1,2}")) {
      return false;
    }
    // The pattern above allows single spaces only, so no part is empty.
    String[] w = text.split(" ", -1);
    String last = w[w.length - 1];
    if (KoreanSurnames.containsRomanised(w[0])
        && RomanisedNames.givenNameShaped(
            String.join("", java.util.Arrays.copyOfRange(w, 1, w.length)))) {
      return true;
    }
    return w.length == 2
        && KoreanSurnames.containsRomanised(last)
        && RomanisedNames.givenNameShaped(w[0]);
  }

  private static String mask(String line, int start, int end) {
    char[] c = line.toCharArray();
    for (int i = start; i < end && i < c.length; i++) {
      c[i] = ' ';
    }
    return new String(c);
  }

  private static String mask(String line, List<? extends Found<?>> found) {
    char[] c = line.toCharArray();
    for (Found<?> f : found) {
      for (int i = f.start(); i < f.end() && i < c.length; i++) {
        c[i] = ' ';
      }
    }
    return new String(c);
  }
}
