package org.okju.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.conformance.HmaBankSignalRule;

/**
 * The reviewer's verbs and the hash exchange from the command line: nothing leaves before a person
 * confirms it; a confirmed sighting goes to HMA as a bank content HMA accepts; the negative bank
 * holds back what a partner reported false; a name is refused where a pseudonym belongs.
 */
class HashExchangeVerbsTest {
  @TempDir Path tmp;

  @Test
  void aConfirmedSightingGoesToHmaAndAPartnersFalseMatchNever() throws Exception {
    Path drive = Files.createDirectories(tmp.resolve("drive"));
    Files.copy(
        CliRun.vectors().resolve("pdq/data/bridge-mods/aaa-orig.jpg"), drive.resolve("bridge.jpg"));
    String kase = tmp.resolve("case").toString();
    assertThat(CliRun.of("ingest", drive.toString(), "--case", kase).exitCode()).isZero();
    assertThat(CliRun.of("copies", "--case", kase).exitCode()).isZero();
    Path capture =
        TestWarcs.of(
            tmp.resolve("site.warc.gz"),
            Instant.parse("2026-03-01T10:00:00Z"),
            "image/jpeg",
            "http://site.test/b.jpg",
            Files.readAllBytes(drive.resolve("bridge.jpg")));
    assertThat(CliRun.of("monitor", "import", capture.toString(), "--case", kase).exitCode())
        .isZero();
    JsonNode sighting =
        new ObjectMapper().readTree(CliRun.of("sightings", "--case", kase, "--json").out());
    String tape = sighting.get("tape").asText();
    assertThat(sighting.get("confirmed").asBoolean()).isFalse();
    Path bank = tmp.resolve("bank.jsonl");

    CliRun none =
        CliRun.of(
            "export", "takedown", "--format", "hma-bank", "--out", bank.toString(), "--case", kase);
    assertThat(none.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(none.err()).contains("no confirmed copy");

    CliRun confirm =
        CliRun.of("sightings", "confirm", "http://site.test/b.jpg", "--tape", tape, "--case", kase);
    assertThat(confirm.exitCode()).as(confirm.err()).isZero();
    assertThat(
            new ObjectMapper()
                .readTree(CliRun.of("sightings", "--case", kase, "--json").out())
                .get("confirmed")
                .asBoolean())
        .isTrue();
    CliRun exported =
        CliRun.of(
            "export", "takedown", "--format", "hma-bank", "--out", bank.toString(), "--case", kase);
    assertThat(exported.exitCode()).as(exported.err()).isZero();
    assertThat(exported.out()).contains("1 hashes (1 confirmed)");
    List<String> lines = Files.readAllLines(bank, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1);
    JsonNode line = new ObjectMapper().readTree(lines.get(0));
    assertThat(HmaBankSignalRule.accept(line.get("signals").toString(), Set.of("pdq")).signals())
        .containsKey("pdq");
    assertThat(line.at("/metadata/json/confirmed").asBoolean()).isTrue();
    assertThat(line.at("/metadata/json/suggested_distance").asInt()).isEqualTo(31);
    String pdq = line.at("/signals/pdq").asText();

    CliRun negative =
        CliRun.of(
            "takedown", "negative", pdq, "--kind", "pdq", "--source", "Partner", "--case", kase);
    assertThat(negative.exitCode()).as(negative.err()).isZero();
    CliRun held =
        CliRun.of(
            "export",
            "takedown",
            "--format",
            "stopncii",
            "--unconfirmed",
            "--out",
            tmp.resolve("s.json").toString(),
            "--case",
            kase);
    assertThat(held.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(tmp.resolve("s.json")).doesNotExist();

    CliRun name = CliRun.of("takedown", "victim", tape, "Kim Haneul", "--case", kase);
    assertThat(name.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(name.err()).doesNotContain("Kim Haneul");
    CliRun linked = CliRun.of("takedown", "victim", tape, "V-001", "--case", kase);
    assertThat(linked.exitCode()).as(linked.err()).isZero();
    CliRun mixed =
        CliRun.of(
            "export",
            "takedown",
            "--format",
            "md5",
            "--unconfirmed",
            "--out",
            tmp.resolve("x.md5").toString(),
            "--case",
            kase);
    assertThat(mixed.exitCode()).isEqualTo(ExitCode.USAGE);
  }
}
