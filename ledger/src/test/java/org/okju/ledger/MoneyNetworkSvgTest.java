package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okju.casefile.CaseLocation;
import org.okju.casefile.CaseStore;
import org.okju.casefile.Sha256;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The money network as a printed figure: arrows with heads, amounts with thousands separators, and
 * no label over another label or a person, on a diary with many payments between few people.
 */
class MoneyNetworkSvgTest {
  @TempDir Path tmp;

  static final String DIARY =
      """
      2023년 5월 3일
      지은이를 잠수교로 불러냄. 테이프 #12 촬영.
      김약사에게 졸피뎀 받음. 약값 30만원 줌.
      박실장 3할, 김약사 2할 5푼. 내 몫 45프로.
      2023년 5월 9일
      박실장에게 1,250,000원 줌. 김약사에게 200만원 줌.
      June 12, 2024
      Picked up Mina near Hotel Riverside, room 508. Recorded clip 21.
      Gave Boss Yoon 3 million won, Mr. Han $500.
      Yoon gets 40 percent of Mina's money, Han 15%.
      June 20, 2024
      Gave Han 1,500,000 won. Gave Yoon $1,200.\
      """;

  MoneyNetwork network() throws Exception {
    try (CaseStore store = CaseStore.open(CaseLocation.directory(tmp.resolve("case")))) {
      LedgerCase ledger = new LedgerCase(store, "test", Clock.systemUTC());
      DocumentText doc = DocumentText.of("diary.txt", DIARY);
      ledger.add(
          doc,
          new LedgerExtractor().extract(doc),
          Optional.empty(),
          Sha256.of(new byte[32]),
          Optional.of("text/plain"),
          "inv1");
      for (LedgerView.FactView f : LedgerView.load(store.ledger()).facts()) {
        ledger.confirm(f.id(), "inv1");
      }
      return MoneyNetwork.of(LedgerView.load(store.ledger()));
    }
  }

  @Test
  void arrowsHaveHeadsAmountsAreGroupedAndNoLabelCoversAnother() throws Exception {
    MoneyNetwork network = network();
    assertThat(network.edges()).hasSizeGreaterThan(6);
    String svg = network.svg();
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));

    NodeList paths = doc.getElementsByTagName("path");
    int arrows = 0;
    for (int i = 0; i < paths.getLength(); i++) {
      Element p = (Element) paths.item(i);
      if (p.getParentNode().getNodeName().equals("marker")) {
        continue;
      }
      arrows++;
      assertThat(p.getAttribute("marker-end")).matches("url\\(#(payment|share)\\)");
    }
    assertThat(arrows).isPositive();
    assertThat(doc.getElementsByTagName("marker").getLength()).isEqualTo(2);

    List<MoneyNetworkSvg.Label> labels = new ArrayList<>();
    StringBuilder allText = new StringBuilder();
    NodeList texts = doc.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      List<String> lines = new ArrayList<>();
      NodeList spans = t.getElementsByTagName("tspan");
      for (int k = 0; k < spans.getLength(); k++) {
        lines.add(spans.item(k).getTextContent());
      }
      allText.append(String.join(" ", lines)).append('\n');
      labels.add(
          new MoneyNetworkSvg.Label(
              Double.parseDouble(t.getAttribute("x")),
              Double.parseDouble(t.getAttribute("y")),
              MoneyNetworkSvg.width(lines),
              lines));
    }
    NodeList circles = doc.getElementsByTagName("circle");
    List<MoneyNetworkSvg.Label> people = new ArrayList<>();
    for (int i = 0; i < circles.getLength(); i++) {
      Element c = (Element) circles.item(i);
      double x = Double.parseDouble(c.getAttribute("cx"));
      double y = Double.parseDouble(c.getAttribute("cy"));
      people.add(new MoneyNetworkSvg.Label(x, y - 16 + 11, 34, List.of("", "", "")));
    }
    for (int i = 0; i < labels.size(); i++) {
      for (int k = i + 1; k < labels.size(); k++) {
        assertThat(labels.get(i).overlaps(labels.get(k)))
            .as(labels.get(i) + " and " + labels.get(k))
            .isFalse();
      }
      for (MoneyNetworkSvg.Label p : people) {
        assertThat(labels.get(i).overlaps(p)).as(labels.get(i) + " over a person").isFalse();
      }
    }
    // Summed per payer and payee, with separators: 30만원 and 200만원 to 김약사 together.
    assertThat(allText.toString())
        .contains("2,300,000 KRW")
        .contains("1,250,000 KRW")
        .contains("3,000,000 KRW")
        .contains("40%")
        // The author paid in two currencies: each sum carries its sign.
        .containsPattern("\u2212[\\d,]+ KRW, \u2212[\\d,]+ USD")
        .doesNotContain("2300000")
        .doesNotContain("1250000")
        .doesNotContain("지은");
  }
}
