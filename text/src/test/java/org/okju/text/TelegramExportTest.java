package org.okju.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Telegram Desktop export ({@code result.json}, every key on its own line as Telegram writes it)
 * is read as the chat: a line a message with its time and writer, a message written in pieces
 * joined, a sent file's name kept, service messages left out. Read as plain JSON the ledger found
 * no writer and no date (a new user's three-accomplice group chat, session 31).
 */
class TelegramExportTest {
  @TempDir Path tmp;

  static final String EXPORT =
      """
      {
       "name": "작업방",
       "type": "private_supergroup",
       "id": 1877001234,
       "messages": [
        {
         "id": 100,
         "type": "service",
         "date": "2026-02-14T20:00:00",
         "actor": "철구",
         "action": "create_group",
         "text": ""
        },
        {
         "id": 101,
         "type": "message",
         "date": "2026-02-14T21:03:11",
         "date_unixtime": "1771070591",
         "from": "철구",
         "from_id": "user5550001",
         "text": "오늘 토끼 데려옴. 본명 채은이.",
         "text_entities": []
        },
        {
         "id": 104,
         "type": "message",
         "date": "2026-02-16T02:11:45",
         "from": "태식",
         "from_id": "user5550003",
         "text": [
          "토끼 ",
          {
           "type": "bold",
           "text": "2편"
          },
          " 편집 끝"
         ]
        },
        {
         "id": 105,
         "type": "message",
         "date": "2026-02-16T09:30:00",
         "from": "Kyle",
         "from_id": "user5550004",
         "file": "files/clip.mp4",
         "file_name": "chaeeun_02.mp4",
         "text": "sent"
        }
       ]
      }
      """;

  @Test
  void aTelegramJsonExportIsReadAsItsMessages() throws Exception {
    Path json = tmp.resolve("result.json");
    Files.writeString(json, EXPORT, StandardCharsets.UTF_8);
    String text = DocumentReader.withDefaults().read(json).text();
    assertThat(text)
        .isEqualTo(
            """
            Telegram: 작업방
            [2026-02-14 21:03] 철구: 오늘 토끼 데려옴. 본명 채은이.
            [2026-02-16 02:11] 태식: 토끼 2편 편집 끝
            [2026-02-16 09:30] Kyle: sent [file: chaeeun_02.mp4]
            """);
  }

  @Test
  void otherJsonIsReadAsWritten() throws Exception {
    Path json = tmp.resolve("config.json");
    String other = "{\n \"messages\": [1, 2],\n \"name\": \"x\"\n}\n";
    Files.writeString(json, other, StandardCharsets.UTF_8);
    assertThat(DocumentReader.withDefaults().read(json).text()).isEqualTo(other);
  }
}
