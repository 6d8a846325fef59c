package org.okju.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Copy grouping's evidence, as stored, said in words (the court report's tapes section). */
class TapeEvidenceTest {
  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"distance\":28,\"orientation\":\"orig\",\"threshold\":36,\"view\":\"crop-grid\"}|en|PDQ 28 of 256 bits apart, cropped view, threshold 36",
        "{\"distance\":2,\"orientation\":\"orig\",\"threshold\":24,\"view\":\"center-80\"}|en|PDQ 2 of 256 bits apart, central 80%, threshold 24",
        "{\"distance\":14,\"orientation\":\"orig\",\"threshold\":31,\"view\":\"full\"}|en|PDQ 14 of 256 bits apart, whole picture, threshold 31",
        "{\"distance\":9,\"orientation\":\"rot90\",\"threshold\":24,\"view\":\"full\"}|en|PDQ 9 of 256 bits apart, whole picture, rotated 90°, threshold 24",
        "{\"reason\":\"largest image\"}|en|the largest picture of the group: the one the others are compared with",
        "{\"reason\":\"longest video\",\"seconds\":20.599999614790374}|en|the longest video of the group: the one the others are compared with; 20.6 s long",
        "{\"reason\":\"longest video\",\"seconds\":7.000000196344712}|ko|묶음에서 가장 긴 동영상: 다른 사본과 비교하는 기준; 길이 7.0초",
        "{\"sameBytesAsItem\":1,\"sha256\":\"b5b0\"}|en|the same bytes (SHA-256) as item 1",
        "{\"fullShareThreshold\":0.6,\"lengthSeconds\":19.0,\"matchedFrameShare\":1.0,\"meanDistance\":19.49,\"offsetSeconds\":-1.7,\"otherFrameShare\":0.92,\"threshold\":31,\"view\":\"full/orig\"}|en|100% of its frames within 31 bits (mean 19.49 bits) over 19.0 s, whole picture; offset -1.7 s",
        "{\"distance\":28,\"orientation\":\"orig\",\"threshold\":36,\"view\":\"crop-grid\"}|ko|PDQ 256비트 중 28비트 다름, 잘린 화면, 기준값 36",
        "{\"distance\":3,\"view\":\"full\",\"threshold\":31,\"joined\":\"related\"}|en|PDQ 3 of 256 bits apart, whole picture, threshold 31; joined: related",
        "{\"view\":\"layout\",\"layoutDistance\":3,\"layoutThreshold\":15,\"information\":\"ordinary\",\"pixels\":{\"lumaMean\":0.05,\"lumaBlock\":0.11,\"lumaLimits\":\"0.3/0.5\"}}|en|no PDQ view within its threshold; the coarse layout of light and dark 3 of 252 levels apart (threshold 15), so the pixels were compared; pixels agree (mean difference 0.05, worst block 0.11, limits 0.3/0.5)",
        "{\"view\":\"overlay\",\"stripLayoutDistance\":6,\"layoutThreshold\":15,\"information\":\"ordinary\",\"overlay\":{\"overlay\":\"flat\",\"rectangle\":[0.313,0.313,0.688,0.688],\"changedShare\":0.9,\"fill\":0.97},\"covered\":\"first\"}|en|no PDQ view within its threshold; the coarse layout of light and dark of a strip along one side 6 of 252 levels apart (threshold 15), so the pixels were compared; the pictures agree outside one rectangle (31–69% across, 31–69% down), where one of them is covered by flat colour (a sticker, an emoji or a censor box)",
        "{\"view\":\"overlay\",\"stripLayoutDistance\":6,\"layoutThreshold\":15,\"overlay\":{\"overlay\":\"flat\",\"rectangle\":[0.25,0.0,0.75,0.313]},\"covered\":\"second\"}|ko|PDQ로는 기준값 안에서 일치하지 않음; 한쪽 가장자리 띠의 명암 배치가 252단계 중 6단계 다름 (기준값 15), 그래서 픽셀을 비교함; 한 사각형 (가로 25–75%, 세로 0–31%) 밖에서는 두 이미지가 일치하고, 그 안은 한쪽이 단색으로 가려짐 (스티커, 이모지 또는 검열 상자)",
        "{\"view\":\"overlay\",\"refusedMatch\":\"full/orig full/orig\",\"distance\":40,\"threshold\":31,\"overlay\":{\"overlay\":\"flat\",\"rectangle\":[0.25,0.0,0.75,0.313]},\"covered\":\"second\"}|en|PDQ 40 of 256 bits apart (whole picture, threshold 31), but the pixels differ in one part, so they were compared as a picture under an overlay; the pictures agree outside one rectangle (25–75% across, 0–31% down), where one of them is covered by flat colour (a sticker, an emoji or a censor box)",
        "not json|en|not json",
      })
  void evidenceIsSaidInWordsNotJson(String json, String lang, String words) {
    String said = TapeEvidence.say(json, Words.of(ReportLanguage.parse(lang)));
    assertThat(said).isEqualTo(words).doesNotContain("{").doesNotContain("\"");
  }
}
