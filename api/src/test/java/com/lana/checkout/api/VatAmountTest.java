package com.lana.checkout.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The VAT a price that includes it holds: gross × rate / (100 + rate), rounded half-up once per rate. */
class VatAmountTest {

    @ParameterizedTest(name = "{0} at {1}% holds {2} VAT")
    @CsvSource({
            // gross, rate, VAT, net
            "32.50€, 21, 5.64€, 26.86€",     // the reference basket PEN, TSHIRT, MUG
            "62.50€, 21, 10.85€, 51.65€",
            "1.10€, 10, 0.10€, 1.00€",
            "20.80€, 4, 0.80€, 20.00€",
            "10.55€, 5.5, 0.55€, 10.00€",
            "9.99€, 0, 0.00€, 9.99€",
            "0.03€, 20, 0.01€, 0.02€",       // 0.005€ exactly: half-up, not to even
            "0.01€, 100, 0.01€, 0.00€",      // 0.005€ exactly again
            "-0.03€, 20, -0.01€, -0.02€",    // a refund's VAT mirrors the sale's
            "0.00€, 21, 0.00€, 0.00€"})
    void theVatOfAGrossAmountIsRoundedHalfUpToTheCent(String gross, String rate, String vat, String net) {
        VatAmount amount = VatAmount.of(VatRate.parse(rate), Money.parse(gross));

        assertThat(amount.vat()).isEqualTo(Money.parse(vat));
        assertThat(amount.net()).isEqualTo(Money.parse(net));
        assertThat(amount.gross()).isEqualTo(Money.parse(gross));
    }

    @Test
    void severalRatesAreEachRoundedOnceAndAddUpToTheTotal() {
        Map<VatRate, Money> gross = Map.of(VatRate.of(21), Money.parse("12.10€"), VatRate.of(10), Money.parse("2.20€"),
                VatRate.of(4), Money.parse("20.80€"));

        List<VatAmount> amounts = VatAmount.ofGross(gross);

        assertThat(amounts).extracting(VatAmount::rate).containsExactly(VatRate.of(4), VatRate.of(10), VatRate.of(21));
        assertThat(amounts).extracting(amount -> amount.vat().toString()).containsExactly("0.80€", "0.20€", "2.10€");
        assertThat(amounts.stream().map(VatAmount::gross).reduce(Money.ZERO, Money::plus)).hasToString("35.10€");
    }

    @Test
    void sumsAddPerRateAndLeaveOutRatesThatCameToNothing() {
        VatAmount sold = VatAmount.of(VatRate.of(21), Money.parse("32.50€"));
        VatAmount reduced = VatAmount.of(VatRate.of(10), Money.parse("1.10€"));

        List<VatAmount> sum = VatAmount.sum(List.of(List.of(sold, reduced), List.of(reduced.negate())));

        assertThat(sum).containsExactly(sold);
    }

    @Test
    void amountsOfDifferentRatesCannotBeAdded() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VatAmount.of(VatRate.of(21), Money.ZERO).plus(VatAmount.of(VatRate.of(10), Money.ZERO)))
                .withMessageContaining("10%").withMessageContaining("21%");
    }

    @Test
    void aReceiptsVatIsTakenAfterPromotionsPerRate() {
        Receipt receipt = new Receipt(new BasketId(0, 1), 3, List.of(
                new Receipt.Line("BREAD", "Bread", 2, Money.parse("1.10€"), Money.parse("2.20€"), VatRate.of(10)),
                new Receipt.Line("WINE", "Wine", 1, Money.parse("12.10€"), Money.parse("12.10€"), VatRate.of(21))),
                List.of(new Receipt.Discount("BREAD", "2-for-1 on BREAD", Money.parse("1.10€"))), Money.parse("13.20€"));

        assertThat(receipt.vat()).containsExactly(
                new VatAmount(VatRate.of(10), Money.parse("1.10€"), Money.parse("0.10€")),
                new VatAmount(VatRate.of(21), Money.parse("12.10€"), Money.parse("2.10€")));
    }
}
