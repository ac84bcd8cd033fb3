package com.lana.checkout.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PaymentTest {

    @Test
    void aSplitWrittenWithVarIsAListOfPayments() {
        // JShell users write exactly this; it compiles only while the factories answer Payment.
        var split = List.of(Payment.card(Money.parse("20.00€"), "A1"), Payment.cash(Money.parse("10.00€")));
        List<Payment> payments = split;

        assertThat(payments).extracting(Payment::kind).containsExactly(Payment.Kind.CARD, Payment.Kind.CASH);
    }

    @Test
    void cashOfNothingIsRefusedNamingTheAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> Payment.cash(Money.ZERO))
                .withMessageContaining("0.00€");
    }

    @Test
    void aCardMayNotCarryNegativeAmounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> Payment.card(Money.parse("-1.00€"), ""))
                .withMessageContaining("-1.00€");
    }

    @Test
    void aCardReferenceIsTrimmedAndMayBeMissing() {
        assertThat(((Payment.Card) Payment.card(Money.parse("1.00€"), "  A1 ")).reference()).isEqualTo("A1");
        assertThat(((Payment.Card) Payment.card(Money.parse("1.00€"), null)).reference()).isEmpty();
    }

    @Test
    void anOverlongCardReferenceIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Payment.card(Money.parse("1.00€"), "x".repeat(Payment.MAX_REFERENCE_LENGTH + 1)))
                .withMessageContaining("longer than " + Payment.MAX_REFERENCE_LENGTH);
    }
}
