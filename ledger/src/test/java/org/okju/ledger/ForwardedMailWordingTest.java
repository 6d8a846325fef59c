package org.okju.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 32 (issue 16, victims' names), tried as a new user would: a forwarded e-mail whose
 * forwarded message quotes an earlier one under "On …, Dean Yoo &lt;…&gt; wrote:". The lines under
 * that line are the quoted message's writer's, not the writer of the forwarded message around them:
 * his "Paid Luca 200k for the editing" had been read as paid by Boss Kang. Fictional lines.
 */
class ForwardedMailWordingTest extends WordingTestBase {
  private static final String[] CHAIN = {
    "From: Dean Yoo <dean.y@fastmail.example>",
    "To: Marco Shin <marco.s@mailbox.example>",
    "Date: Thu, 12 Mar 2026 09:10:44 +0900",
    "Subject: Fwd: weekend",
    "",
    "Marco, FYI below.",
    "",
    "---------- Forwarded message ---------",
    "From: Boss Kang <kang.b@proton.example>",
    "Date: Wed, 11 Mar 2026 at 22:15",
    "Subject: Re: weekend",
    "To: Dean Yoo <dean.y@fastmail.example>",
    "",
    "Dean,",
    "Upload the set on Sunday.",
    "",
    "> On Tue, 10 Mar 2026 at 02:30, Dean Yoo <dean.y@fastmail.example> wrote:",
    "> Paid Luca 200k for the editing."
  };

  @Test
  void theQuotedMessageIsItsOwnWritersWords() {
    assertThat(payments(read(CHAIN))).containsExactly("Dean Yoo|Luca|200000");
  }

  @Test
  void gmailInKoreanIntroducesTheQuoteToo() {
    String[] chain = CHAIN.clone();
    chain[16] = "> 2026년 3월 10일 (화) 오전 2:30, Dean Yoo <dean.y@fastmail.example>님이 작성:";
    assertThat(payments(read(chain))).containsExactly("Dean Yoo|Luca|200000");
  }
}
