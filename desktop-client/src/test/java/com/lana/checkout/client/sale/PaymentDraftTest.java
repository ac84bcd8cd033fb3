package com.lana.checkout.client.sale;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The payments taken at the till before they are sent: due, change and quick amounts. */
class PaymentDraftTest {

    private static final Money EUR_32_50 = Money.parse("32.50€");
    private static final Money EUR_50 = Money.parse("50.00€");

    @Test
    void aNewDraftOwesTheTotalAndIsNotSettled() {
        PaymentDraft draft = PaymentDraft.of(EUR_32_50);

        assertThat(draft.due()).isEqualTo(EUR_32_50);
        assertThat(draft.change()).isEqualTo(Money.ZERO);
        assertThat(draft.isSettled()).isFalse();
    }

    @Test
    void cashOverTheTotalSettlesItAndTheExcessIsTheChange() {
        PaymentDraft draft = PaymentDraft.of(EUR_32_50).withCash(EUR_50);

        assertThat(draft.isSettled()).isTrue();
        assertThat(draft.due()).isEqualTo(Money.ZERO);
        assertThat(draft.change()).hasToString("17.50€");
    }

    @Test
    void cashUnderTheTotalLeavesTheRestDue() {
        PaymentDraft draft = PaymentDraft.of(EUR_32_50).withCash(Money.parse("10.00€"));

        assertThat(draft.isSettled()).isFalse();
        assertThat(draft.due()).hasToString("22.50€");
        assertThat(draft.change()).isEqualTo(Money.ZERO);
    }

    @Test
    void aCardPaysExactlyWhatIsStillDue() {
        PaymentDraft draft = PaymentDraft.of(EUR_32_50).withCash(Money.parse("10.00€")).withCard("AUTH 123");

        assertThat(draft.payments()).containsExactly(Payment.cash(Money.parse("10.00€")),
                Payment.card(Money.parse("22.50€"), "AUTH 123"));
        assertThat(draft.isSettled()).isTrue();
        assertThat(draft.change()).isEqualTo(Money.ZERO);
    }

    @Test
    void noPaymentIsTakenOnceNothingIsDue() {
        PaymentDraft settled = PaymentDraft.of(EUR_32_50).withCard("");

        assertThatIllegalArgumentException().isThrownBy(() -> settled.withCash(EUR_50))
                .withMessage("Nothing is due any more: the payments cover 32.50€");
        assertThatIllegalArgumentException().isThrownBy(() -> settled.withCard(""));
    }

    @Test
    void cashOfZeroIsRefusedNamingTheAmount() {
        assertThatIllegalArgumentException().isThrownBy(() -> PaymentDraft.of(EUR_32_50).withCash(Money.ZERO))
                .withMessageContaining("0.00€");
    }

    @Test
    void anEmptyTotalCannotBePaid() {
        assertThatIllegalArgumentException().isThrownBy(() -> PaymentDraft.of(Money.ZERO))
                .withMessage("There is nothing to pay: the total is 0.00€");
    }

    @Test
    void theLastPaymentCanBeTakenBack() {
        PaymentDraft draft = PaymentDraft.of(EUR_32_50).withCash(Money.parse("10.00€")).withCash(Money.parse("5.00€"));

        assertThat(draft.withoutLast().payments()).containsExactly(Payment.cash(Money.parse("10.00€")));
        assertThat(PaymentDraft.of(EUR_32_50).withoutLast().payments()).isEmpty();
    }

    @Test
    void aNewTotalKeepsThePaymentsAndChangesWhatIsDue() {
        PaymentDraft draft = PaymentDraft.of(EUR_32_50).withCash(EUR_50).withTotal(Money.parse("52.50€"));

        assertThat(draft.payments()).containsExactly(Payment.cash(EUR_50));
        assertThat(draft.isSettled()).isFalse();
        assertThat(draft.due()).hasToString("2.50€");
    }

    @Test
    void changeForATypedAmountIsWhatExceedsTheDue() {
        PaymentDraft draft = PaymentDraft.of(EUR_32_50).withCash(Money.parse("20.00€"));

        assertThat(draft.changeFor(Money.parse("20.00€"))).hasToString("7.50€");
        assertThat(draft.changeFor(Money.parse("5.00€"))).isEqualTo(Money.ZERO);
    }

    @ParameterizedTest(name = "{0} due → {1}")
    @CsvSource(textBlock = """
            32.50€,  32.50€ 35.00€ 40.00€ 50.00€
            25.00€,  25.00€ 30.00€ 40.00€ 50.00€
            65.00€,  65.00€ 70.00€ 80.00€ 100.00€
            62.50€,  62.50€ 65.00€ 70.00€ 80.00€ 100.00€
            0.01€,   0.01€ 5.00€ 10.00€ 20.00€ 50.00€
            49.99€,  49.99€ 50.00€ 60.00€
            """)
    void quickAmountsAreTheDueAndTheNextNotesAboveItWithoutDuplicates(String due, String amounts) {
        assertThat(PaymentDraft.of(Money.parse(due)).quickAmounts())
                .containsExactlyElementsOf(Arrays.stream(amounts.split(" ")).map(Money::parse).toList());
    }

    @Test
    void quickAmountsFollowWhatIsStillDue() {
        PaymentDraft draft = PaymentDraft.of(EUR_32_50).withCash(Money.parse("30.00€"));

        assertThat(draft.quickAmounts()).containsExactly(Money.parse("2.50€"), Money.parse("5.00€"),
                Money.parse("10.00€"), Money.parse("20.00€"), Money.parse("50.00€"));
        assertThat(draft.withCash(Money.parse("2.50€")).quickAmounts()).isEmpty();
    }

    @ParameterizedTest(name = "{1} in cash for {0}: large {2}")
    @CsvSource(textBlock = """
            30.00€,    300.00€,  false
            30.00€,    300.01€,  true
            100.00€,   600.00€,  false
            100.00€,   600.01€,  true
            """)
    void cashMoreThanTenTimesTheTotalOr500OverWhatIsDueIsLarge(String total, String tendered, boolean large) {
        assertThat(PaymentDraft.of(Money.parse(total)).isLargeTender(Money.parse(tendered))).isEqualTo(large);
    }

    @Test
    void whatToGiveBackNamesTheCashAndTheCardCharges() {
        PaymentDraft draft = PaymentDraft.of(EUR_32_50).withCash(Money.parse("10.00€"));

        assertThat(PaymentDraft.of(EUR_32_50).toGiveBack()).isEmpty();
        assertThat(draft.toGiveBack()).isEqualTo("Give back 10.00€ cash");
        assertThat(draft.withCard("").toGiveBack()).isEqualTo("Give back 10.00€ cash and refund 22.50€ on the card terminal");
        assertThat(PaymentDraft.of(EUR_32_50).withCard("").toGiveBack()).isEqualTo("Refund 32.50€ on the card terminal");
    }
}
