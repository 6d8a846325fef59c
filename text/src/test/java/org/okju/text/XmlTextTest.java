package org.okju.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML read as text: generic values, an SMS backup as a chat, hostile XML refused, never fetched.
 */
class XmlTextTest {
  @TempDir Path tmp;

  final DocumentReader reader = DocumentReader.withDefaults();

  private Path write(String name, String xml) throws Exception {
    Path f = tmp.resolve(name);
    Files.writeString(f, xml);
    return f;
  }

  @Test
  void genericXmlGivesALinePerElementWithItsAttributeValuesFirst() throws Exception {
    Path f =
        write(
            "notes.xml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <notes owner="null">
              <note who="Kim" day="2025-03-01">paid 300k
                <tag>cash</tag> at the bar</note>
              <note>met Hana at Sinchon station exit 3</note>
              <empty/>
            </notes>
            """);
    assertThat(reader.mediaType(f)).isEqualTo("application/xml");
    ExtractedText t = reader.read(f);
    assertThat(t.method()).isEqualTo(ExtractedText.Method.PARSER);
    assertThat(t.text())
        .isEqualTo(
            "Kim · 2025-03-01 · paid 300k\ncash\nat the bar\nmet Hana at Sinchon station exit 3");
  }

  static final String BACKUP =
      """
      <?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
      <!--File Created By SMS Backup & Restore v10.20.002 on 18/03/2025 16:40:12-->
      <smses count="4" backup_set="a41c7f0e" backup_date="1742283612000" type="full">
        <sms protocol="0" address="01012345678" date="1742216520000" type="1" subject="null" \
      body="오늘 밤 한 마리 &#10;낚음" readable_date="2025. 3. 17. 오후 10:02:00" contact_name="메기" />
        <sms protocol="0" address="01012345678" date="1742216580000" type="2" subject="null" \
      body="어디서?" readable_date="2025. 3. 17. 오후 10:03:00" contact_name="메기" />
        <sms protocol="0" address="+15550100" date="1742216640000" type="1" body="who?" \
      readable_date="Mar 17, 2025 1:04:00 PM" contact_name="(Unknown)" />
        <mms date="1742216700000" msg_box="2" address="01012345678" contact_name="메기" \
      readable_date="2025. 3. 17. 오후 10:05:00">
          <parts>
            <part seq="-1" ct="application/smil" text="&lt;smil&gt;&lt;/smil&gt;" />
            <part seq="0" ct="image/jpeg" name="IMG_1.jpg" data="/9j/4AAQ" />
            <part seq="0" ct="text/plain" text="Lenny" />
          </parts>
          <addrs><addr address="01012345678" type="151" /></addrs>
        </mms>
      </smses>
      """;

  @Test
  void anSmsBackupIsAChatOfItsMessagesAtThePhonesTime() throws Exception {
    Path f = write("sms-20250318.xml", BACKUP);
    assertThat(reader.mediaType(f)).isEqualTo("application/xml");
    ExtractedText t = reader.read(f);
    assertThat(t.text())
        .isEqualTo(
            """
            SMS conversation with 메기 (01012345678)
            [2025-03-17 22:02] 메기: 오늘 밤 한 마리 낚음
            [2025-03-17 22:03] Me: 어디서?
            SMS conversation with +15550100
            [2025-03-17 13:04] +15550100: who?
            SMS conversation with 메기 (01012345678)
            [2025-03-17 22:05] Me: Lenny""");
    assertThat(t.warnings()).isEmpty();
  }

  @Test
  void aBackupWithoutReadableTimesIsInUtcAndSaysSo() throws Exception {
    Path f =
        write(
            "calls.xml",
            """
            <?xml version="1.0"?>
            <calls count="1"><call number="01012345678" duration="125" date="1742216520000" \
            type="1" contact_name="메기" /></calls>
            """);
    ExtractedText t = reader.read(f);
    assertThat(t.text()).isEqualTo("2025-03-17 13:02 call from 메기, 125 s");
    assertThat(t.warnings()).anyMatch(w -> w.contains("UTC"));
  }

  @Test
  void thePhonesClockIsTheOffsetGivingTheReadableHourAndDay() {
    LocalDateTime utc = LocalDateTime.of(2025, 3, 17, 13, 2);
    assertThat(SmsBackup.localTime(utc, "2025. 3. 17. 오후 10:02:00"))
        .contains(LocalDateTime.of(2025, 3, 17, 22, 2));
    assertThat(SmsBackup.localTime(utc, "17 Mar 2025 08:32:00"))
        .contains(LocalDateTime.of(2025, 3, 17, 8, 32));
    // UTC-12 and UTC+12 show the same clock; the day written decides.
    assertThat(SmsBackup.localTime(utc, "Mar 18, 2025 1:02:00 AM"))
        .contains(LocalDateTime.of(2025, 3, 18, 1, 2));
    assertThat(SmsBackup.localTime(utc, "Mar 17, 2025 1:02:00 AM"))
        .contains(LocalDateTime.of(2025, 3, 17, 1, 2));
    assertThat(SmsBackup.localTime(utc, "yesterday")).isEmpty();
  }

  @Test
  void ledgerAndIngestReadXml() {
    assertThat(DocumentReader.reads("application/xml")).isTrue();
    assertThat(DocumentReader.reads("text/xml; charset=UTF-8")).isTrue();
    assertThat(DocumentTypes.isLedgerSource("application/xml")).isTrue();
  }

  @Test
  void brokenXmlIsACorruptDocument() throws Exception {
    Path f = write("broken.xml", "<?xml version=\"1.0\"?><smses><sms body=\"x\"></smses>");
    assertThatThrownBy(() -> reader.read(f))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> assertThat(e.kind()).isEqualTo(DocumentException.Kind.CORRUPT));
  }

  @Test
  @Timeout(30)
  void anXmlBombIsACorruptDocumentNotAHang() throws Exception {
    String bomb10 = XmlBomb.ENTITY;
    Path bomb =
        write(
            "bomb.xml",
            XmlBomb.prologFor("smses")
                + "<smses><sms body=\""
                + bomb10
                + "\" type=\"1\"/><x>"
                + bomb10
                + "</x></smses>");
    assertThatThrownBy(() -> reader.read(bomb))
        .isInstanceOfSatisfying(
            DocumentException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DocumentException.Kind.CORRUPT);
              assertThat(e.getMessage()).contains("entity expansions");
            });
  }

  @Test
  @Timeout(30)
  void externalEntitiesAndDtdsAreNeverFetched() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    try (FetchTrap trap = new FetchTrap()) {
      String net = trap.url();
      Path xxe =
          write(
              "xxe.xml",
              "<?xml version=\"1.0\"?><!DOCTYPE notes SYSTEM \""
                  + net
                  + "/notes.dtd\" [<!ENTITY file SYSTEM \""
                  + secret.toUri()
                  + "\"><!ENTITY net SYSTEM \""
                  + net
                  + "/x\"><!ENTITY % remote SYSTEM \""
                  + net
                  + "/p\"> %remote;]><notes><note>before &file;&net; after</note></notes>");
      ExtractedText t = reader.read(xxe);
      assertThat(t.text()).isEqualTo("before after").doesNotContain("TOP-SECRET");
      assertThat(trap.fetched()).isFalse();
    }
  }

  @Test
  void aLongXmlFileIsReadInPart() throws Exception {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><smses>");
    for (int i = 0; i < 2_000; i++) {
      xml.append("<sms type=\"1\" contact_name=\"A\" date=\"1742216520000\" body=\"message ")
          .append(i)
          .append("\" readable_date=\"2025. 3. 17. 오후 10:02:00\"/>");
    }
    xml.append("</smses>");
    Path f = write("long.xml", xml.toString());
    DocumentReader small =
        new DocumentReader(
            new DocumentReader.Limits(20_000, 4_000_000, 1_000, Duration.ofMinutes(1)),
            Ocr.tesseract());
    ExtractedText t = small.read(f);
    assertThat(t.text()).startsWith("SMS conversation with A\n[2025-03-17 22:02] A: message 0\n");
    assertThat(t.text().lines().count()).isBetween(50L, 200L);
    assertThat(t.warnings()).contains("truncated: read the first 20000 bytes");
  }
}
