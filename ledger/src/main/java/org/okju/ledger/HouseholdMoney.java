package org.okju.ledger;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Household money between the writer and someone he names only by a role or kinship word: the rent
 * to 사장님, the wages from 팀장님, pocket money to 형 ("사장님한테 월세 50만 보냄", "The boss paid my salary"). The
 * corpus annotates no payment for such money and no person for such a word (a role word alone is a
 * person only when he takes part in a fact of the case: 224's 집주인 and 엄마, 210's 엄마 용돈); read as a
 * payment, it made a role word a party, and so a false person.
 */
final class HouseholdMoney {
  private HouseholdMoney() {}

  /** What a household pays or is paid for: rent, bills, wages, family money, fees. */
  private static final Pattern PURPOSE =
      Pattern.compile(
          "월세|관리비|공과금|전기세|가스비|수도세|생활비|월급|급여|주급|알바비|회식비|축의금|부조금|조의금|세뱃돈|등록금|학원비|용돈"
              + "|(?i:\\brent\\b|\\bsalary\\b|\\bwages?\\b|\\bpaycheck\\b|\\butilities\\b|\\ballowance\\b"
              + "|\\btuition\\b|\\bpocket money\\b)");

  /**
   * Whether the fact is a payment of household money whose parties are the writer and people named
   * only by role words ({@code roleOnly}), at least one of them.
   */
  static boolean between(SuggestedFact f, Set<String> roleOnly) {
    if (f.type() != FactType.PAYMENT || !PURPOSE.matcher(f.span().text()).find()) {
      return false;
    }
    boolean roleWord = false;
    for (String party :
        new String[] {
          f.subject().orElse(SuggestedFact.AUTHOR), f.object().orElse(SuggestedFact.AUTHOR)
        }) {
      if (roleOnly.contains(party)) {
        roleWord = true;
      } else if (!party.equals(SuggestedFact.AUTHOR)) {
        return false;
      }
    }
    return roleWord;
  }
}
