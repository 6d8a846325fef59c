package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An e-mail's headers reach the ledger: its sender is read as a person and its date as the date of
 * what the body tells (Tika's mail parser kept them only in its metadata). Fictional message.
 */
class EmailLedgerTest {
  @TempDir Path tmp;

  @Test
  void theSenderOfAnEmailIsAPersonAndItsDateTheDateOfItsFacts() throws Exception {
    Path eml = tmp.resolve("reply.eml");
    Files.writeString(
        eml,
        """
        Message-ID: <7@example.invalid>\r
        From: Rocco Vance <rvance@example.invalid>\r
        To: Jae Kim <jkim@example.invalid>\r
        Date: Tue, 3 Nov 2026 08:40:00 +0900\r
        Subject: Re: Friday\r
        Content-Type: text/plain; charset=UTF-8\r
        \r
        Wired you 900k this morning for your 50%.\r
        """,
        StandardCharsets.UTF_8);
    String kase = tmp.resolve("case").toString();
    CliRun extract =
        CliRun.of("ledger", "extract", "--case", kase, "--user", "inv1", eml.toString());
    assertThat(extract.exitCode()).as(extract.err()).isZero();

    CliRun list = CliRun.of("ledger", "--case", kase, "--json");
    assertThat(list.exitCode()).as(list.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(list.out());
    // The sender, named on the From line (line 1 of the text), is a person; until a reviewer
    // confirms his role he is shown by his pseudonym, as any person the case holds.
    String sender = null;
    List<String> dates = new ArrayList<>();
    for (JsonNode e : root.get("entities")) {
      String type = e.get("type").asText();
      for (JsonNode m : e.get("mentions")) {
        if (type.equals("person") && m.get("line").asInt() == 1) {
          sender = e.get("value").asText();
        } else if (type.equals("date") && m.get("line").asInt() == 3) {
          dates.add(e.get("normalized").asText());
        }
      }
    }
    assertThat(sender).as(list.out()).isNotNull();
    assertThat(list.out()).doesNotContain("Rocco"); // a person's name stays in the identity table
    assertThat(dates).as(list.out()).containsExactly("2026-11-03");
    List<String> payments = new ArrayList<>();
    for (JsonNode f : root.get("facts")) {
      if (f.get("type").asText().equals("payment")) {
        payments.add(
            f.get("subject").asText()
                + "|"
                + f.get("object").asText()
                + "|"
                + f.get("amount").get("value").asText()
                + " on "
                + f.get("date").asText());
      }
    }
    assertThat(payments).containsExactly(sender + "|(author)|900000 on 2026-11-03");
  }
}
