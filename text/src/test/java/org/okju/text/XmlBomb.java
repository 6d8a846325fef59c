package org.okju.text;

/**
 * A "billion laughs" document type: ten levels of entities, each ten of the one below, so a
 * reference to the entity a10 would expand to 10^10 copies of "lol" in a parser without limits.
 */
final class XmlBomb {
  /** The entity whose expansion is the bomb. */
  static final String ENTITY = "&a10;";

  private XmlBomb() {}

  /** The XML declaration and a DOCTYPE for {@code root} declaring the entities. */
  static String prologFor(String root) {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY a0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      dtd.append("<!ENTITY a")
          .append(i)
          .append(" \"")
          .append(("&a" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    return dtd.append("]>").toString();
  }
}
