package com.lana.checkout.server.pricing;

import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.PaymentRefusedException;
import com.lana.checkout.api.PaymentRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SettlementTest {

    private static final Money EUR_32_50 = Money.parse("32.50€");

    @ParameterizedTest(name = "{0} paid with {1}: change {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # total | payments, in order                 | change
            32.50€  | cash 50.00€                        | 17.50€
            32.50€  | cash 32.50€                        | 0.00€
            32.50€  | card 32.50€                        | 0.00€
            32.50€  | card 20.00€, cash 20.00€           | 7.50€
            32.50€  | cash 10.00€, card 22.50€           | 0.00€
            32.50€  | card 10.00€, card 22.50€           | 0.00€
            32.50€  | cash 10.00€, cash 10.00€, cash 20.00€ | 7.50€
            32.50€  | card 32.50€, cash 5.00€            | 5.00€
            0.01€   | cash 500.00€                       | 499.99€
            65.00€  | card 0.01€, cash 100.00€           | 35.01€
            """)
    void paymentsThatSettleTheTotalGiveTheirChange(String total, String payments, String change) throws Exception {
        Settlement settlement = Settlement.of(Money.parse(total), payments(payments));

        assertThat(settlement.change()).hasToString(change);
        assertThat(settlement.paid()).isEqualTo(sum(payments(payments)));
    }

    @ParameterizedTest(name = "{0} paid with {1}: change is at most the cash tendered")
    @CsvSource(delimiter = '|', textBlock = """
            32.50€  | cash 50.00€
            32.50€  | card 20.00€, cash 20.00€
            32.50€  | card 32.50€, cash 5.00€
            65.00€  | cash 5.00€, card 60.00€, cash 50.00€
            """)
    void changeNeverExceedsTheCashTendered(String total, String payments) throws Exception {
        List<Payment> taken = payments(payments);
        Money cash = taken.stream().filter(p -> p.kind() == Payment.Kind.CASH)
                .map(Payment::amount).reduce(Money.ZERO, Money::plus);

        Settlement settlement = Settlement.of(Money.parse(total), taken);

        assertThat(settlement.change()).isLessThanOrEqualTo(cash);
    }

    @ParameterizedTest(name = "{0} paid with [{1}]: {2} by {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # total | payments, in order         | reason         | amount | message says
            32.50€  |                            | NO_PAYMENT     | 32.50€ | No payment was taken for the total of 32.50€
            0.00€   |                            | NOTHING_TO_PAY | 0.00€  | nothing to pay
            0.00€   | cash 5.00€                 | NOTHING_TO_PAY | 0.00€  | The basket is empty
            32.50€  | cash 30.00€                | SHORT          | 2.50€  | 2.50€ short of the total of 32.50€
            32.50€  | card 10.00€, cash 20.00€   | SHORT          | 2.50€  | The payments come to 30.00€
            32.50€  | card 40.00€                | CARD_OVERPAYS  | 7.50€  | Card payment 1 of 40.00€ is 7.50€ more than the 32.50€ still due
            32.50€  | cash 20.00€, card 20.00€   | CARD_OVERPAYS  | 7.50€  | 7.50€ more than the 12.50€ still due
            32.50€  | cash 50.00€, card 1.00€    | CARD_OVERPAYS  | 1.00€  | Card payment 2 of 1.00€ is 1.00€ more than the 0.00€ still due
            32.50€  | card 30.00€, card 5.00€    | CARD_OVERPAYS  | 2.50€  | more than the 2.50€ still due
            """)
    void paymentsThatDoNotSettleAreRefusedSayingWhichRuleAndByHowMuch(String total, String payments, Reason reason,
            String amount, String messagePart) {
        PaymentRefusedException refused = catchThrowableOfType(PaymentRefusedException.class,
                () -> Settlement.of(Money.parse(total), payments(payments)));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(refused.amount()).hasToString(amount);
        assertThat(refused).hasMessageContaining(messagePart);
    }

    @Test
    void aMissingPaymentInTheListIsAnInvalidRequest() {
        List<Payment> withNull = new ArrayList<>(List.of(Payment.cash(EUR_32_50)));
        withNull.add(null);

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> Settlement.of(EUR_32_50, withNull))
                .withMessage("Payment 2 of 2 is missing");
    }

    @Test
    void aMissingListIsAnInvalidRequest() {
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> Settlement.of(EUR_32_50, null))
                .withMessage("Payments are missing");
    }

    @Test
    void amountsTooLargeToAddUpAreAnInvalidRequestNotAnOverflow() {
        List<Payment> huge = Collections.nCopies(3, Payment.cash(Money.ofMinor(Long.MAX_VALUE / 2)));

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> Settlement.of(EUR_32_50, huge))
                .withMessageContaining("more than can be counted");
    }

    @Test
    void theSettlementKeepsThePaymentsInTheOrderTaken() throws Exception {
        List<Payment> taken = payments("card 20.00€, cash 5.00€, cash 10.00€");

        assertThat(Settlement.of(EUR_32_50, taken).payments()).containsExactlyElementsOf(taken);
    }

    /** "card 20.00€, cash 50.00€" as payments; null or blank is none. */
    private static List<Payment> payments(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(payment -> {
            String[] kindAndAmount = payment.split(" ");
            Money amount = Money.parse(kindAndAmount[1]);
            return switch (kindAndAmount[0]) {
                case "cash" -> (Payment) Payment.cash(amount);
                case "card" -> Payment.card(amount, "");
                default -> throw new IllegalArgumentException(payment);
            };
        }).toList();
    }

    private static Money sum(List<Payment> payments) {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }
}
