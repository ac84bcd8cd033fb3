package com.lana.checkout.client.sale;

import com.lana.checkout.api.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A confirmed payment's operation id: new for new payments, kept for the same ones sent again. */
class PendingPaymentTest {

    private static final PaymentDraft CASH_50_FOR_32_50 = PaymentDraft.of(Money.parse("32.50€")).withCash(Money.parse("50.00€"));

    @Test
    void theSamePaymentsForTheSameTotalKeepTheIdOfTheAttemptTurnedDown() {
        PendingPayment turnedDown = PendingPayment.of(CASH_50_FOR_32_50, null);

        PendingPayment again = PendingPayment.of(PaymentDraft.of(Money.parse("32.50€")).withCash(Money.parse("50.00€")),
                turnedDown);

        assertThat(again.operation()).isEqualTo(turnedDown.operation());
    }

    @Test
    void aNewTotalGetsANewId() {
        PendingPayment turnedDown = PendingPayment.of(CASH_50_FOR_32_50, null);

        PendingPayment again = PendingPayment.of(CASH_50_FOR_32_50.withTotal(Money.parse("40.00€")), turnedDown);

        assertThat(again.operation()).isNotEqualTo(turnedDown.operation());
    }

    @Test
    void otherPaymentsGetANewId() {
        PendingPayment turnedDown = PendingPayment.of(CASH_50_FOR_32_50, null);

        PendingPayment again = PendingPayment.of(PaymentDraft.of(Money.parse("32.50€")).withCard(""), turnedDown);

        assertThat(again.operation()).isNotEqualTo(turnedDown.operation());
    }

    @Test
    void paymentsThatDoNotCoverTheTotalAreNotSent() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PendingPayment.of(PaymentDraft.of(Money.parse("32.50€")).withCash(Money.parse("10.00€")), null))
                .withMessage("The payments do not cover 32.50€: 22.50€ is due");
    }
}
