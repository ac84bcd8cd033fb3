package com.lana.checkout.server.pricing;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Promotion;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.RefundRefusedException;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.server.catalog.PriceList;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a refund pays back, and how, worked out from the sale, its earlier refunds and the sale's own
 * catalog version: several VAT rates, promotions on a reduced rate, a promotion that makes more units
 * cheaper than fewer, and VAT that adds up to the sale's to the cent once everything is back.
 */
class RefundRulesTest {

    private static final LocalDateTime TIME = LocalDateTime.of(2026, 12, 5, 16, 0);
    private static final PriceList PRICES = new PriceList(3, new Catalog(List.of(
            Product.of("BREAD", "Bread", Money.parse("1.10€"), VatRate.of(10)),
            Product.of("BOOK", "Book", Money.parse("20.80€"), VatRate.of(4)),
            Product.of("WINE", "Wine", Money.parse("12.10€"), VatRate.of(21)),
            Product.of("BOX", "Gift box", Money.parse("10.00€"), VatRate.of(21)),
            Product.of("CANDY", "Candy", Money.parse("0.03€"), VatRate.of(21))),
            List.of(new Promotion.BuyNGetMFree("BREAD", 1, 1), new Promotion.BulkPercentOff("BOX", 3, 50))));

    private final List<Refund> refunds = new ArrayList<>();
    private Sale sale;

    /** The sale of these lines at catalog version 3, paid as given. */
    private Sale sell(List<Payment> payments, BasketLines.Line... lines) {
        Receipt receipt = Pricing.receipt(PRICES, new BasketLines(new BasketId(0, 9), lines.length, List.of(lines), 3));
        Money paid = payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
        sale = new Sale(new SaleNumber(12), TIME.minusDays(1), receipt, payments, paid.minus(receipt.total()));
        return sale;
    }

    private Sale sellForCash(BasketLines.Line... lines) {
        Receipt receipt = Pricing.receipt(PRICES, new BasketLines(new BasketId(0, 9), lines.length, List.of(lines), 3));
        return sell(List.of(Payment.cash(receipt.total())), lines);
    }

    private static BasketLines.Line line(String code, int quantity) {
        return new BasketLines.Line(code, quantity);
    }

    /** Refunds the items as the next refund of the sale, and records it against the sale. */
    private Refund refund(RefundTo to, ReturnedItem... items) throws RefundRefusedException {
        Refund refund = RefundRules.make(sale, List.copyOf(refunds), List.of(items), to, PRICES,
                new RefundNumber(refunds.size() + 1), TIME, Shop.DEVELOPMENT);
        refunds.add(refund);
        sale = sale.after(refund);
        return refund;
    }

    @Test
    void bringingBackOneRateOfASaleOfSeveralTakesBackOnlyThatRatesVat() throws Exception {
        sellForCash(line("BREAD", 1), line("BOOK", 1), line("WINE", 1));

        Refund refund = refund(RefundTo.ORIGINAL, ReturnedItem.of("WINE", 1));

        assertThat(refund.amount()).hasToString("12.10€");
        assertThat(refund.vat()).containsExactly(new VatAmount(VatRate.of(21), Money.parse("12.10€"),
                Money.parse("2.10€")));
    }

    @Test
    void aPromotionOnAReducedRateProductIsTakenBackAtThatRate() throws Exception {
        sellForCash(line("BREAD", 3), line("WINE", 1));

        Refund refund = refund(RefundTo.ORIGINAL, ReturnedItem.of("BREAD", 2));

        // Three loaves cost 2.20€ (one free); the one kept costs 1.10€.
        assertThat(refund.amount()).hasToString("1.10€");
        assertThat(refund.vat()).containsExactly(new VatAmount(VatRate.of(10), Money.parse("1.10€"),
                Money.parse("0.10€")));
    }

    @Test
    void whenKeepingFewerWouldCostMoreNothingIsPaidBackUntilMoreComesBack() throws Exception {
        sellForCash(line("BOX", 3));

        List<Money> amounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            amounts.add(refund(RefundTo.ORIGINAL, ReturnedItem.of("BOX", 1)).amount());
        }

        // Three boxes at half price cost 15.00€; two would cost 20.00€ on their own.
        assertThat(amounts).extracting(Money::toString).containsExactly("0.00€", "5.00€", "10.00€");
        assertThat(refunds.get(0).explanation()).isNotEmpty();
        assertThat(refunds.get(0).vat()).isEmpty();
    }

    @Test
    void theVatOfAllRefundsOfASaleAddsUpToTheSalesToTheCent() throws Exception {
        // Three candies at 0.03€ hold 0.02€ of VAT together, though each alone holds 0.01€.
        sellForCash(line("CANDY", 3), line("BREAD", 2));

        refund(RefundTo.ORIGINAL, ReturnedItem.of("CANDY", 1));
        refund(RefundTo.ORIGINAL, ReturnedItem.of("CANDY", 1), ReturnedItem.of("BREAD", 1));
        refund(RefundTo.ORIGINAL, ReturnedItem.of("CANDY", 1), ReturnedItem.of("BREAD", 1));

        List<VatAmount> takenBack = VatAmount.sum(refunds.stream().map(Refund::vat).toList());
        assertThat(takenBack).isEqualTo(sale.vat());
        assertThat(refunds.stream().map(Refund::amount).reduce(Money.ZERO, Money::plus)).isEqualTo(sale.total());
    }

    @Test
    void oneCodeGivenTwiceCountsItsQuantitiesTogether() throws Exception {
        sellForCash(line("WINE", 2));

        Refund refund = refund(RefundTo.CASH, ReturnedItem.of("WINE", 1), ReturnedItem.of("wine", 1));

        assertThat(refund.items()).extracting(Refund.Item::quantity).containsExactly(2);
        assertThat(refund.amount()).hasToString("24.20€");
    }

    @Test
    void itemsComeBackInTheOrderOfTheSalesReceipt() throws Exception {
        sellForCash(line("BREAD", 1), line("BOOK", 1), line("WINE", 1));

        Refund refund = refund(RefundTo.CASH, ReturnedItem.of("WINE", 1), ReturnedItem.of("BREAD", 1));

        assertThat(refund.items()).extracting(Refund.Item::code).containsExactly("BREAD", "WINE");
    }

    @Test
    void cardsArePaidBackInTheOrderTheyWereChargedEachUpToWhatItPaid() throws Exception {
        sell(List.of(Payment.card(Money.parse("20.00€"), "FIRST"), Payment.card(Money.parse("12.90€"), "SECOND")),
                line("BOOK", 1), line("WINE", 1));

        Refund book = refund(RefundTo.ORIGINAL, ReturnedItem.of("BOOK", 1));
        Refund wine = refund(RefundTo.CARD, ReturnedItem.of("WINE", 1));

        assertThat(book.paidBack()).containsExactly(Payment.card(Money.parse("20.00€"), "FIRST"),
                Payment.card(Money.parse("0.80€"), "SECOND"));
        assertThat(wine.paidBack()).containsExactly(Payment.card(Money.parse("12.10€"), "SECOND"));
    }

    @Test
    void aCashSaleCannotBePaidBackToACard() {
        sellForCash(line("WINE", 1));

        assertThatExceptionOfType(RefundRefusedException.class)
                .isThrownBy(() -> refund(RefundTo.CARD, ReturnedItem.of("WINE", 1)))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(RefundRefusedException.Reason.CARD_REFUND_TOO_LARGE))
                .withMessageContaining("0.00€").withMessageContaining("12.10€");
    }

    @Test
    void theRefundSaysWhenAndOfWhichSaleAndShop() throws Exception {
        sellForCash(line("WINE", 1));

        Refund refund = refund(RefundTo.CASH, ReturnedItem.of("WINE", 1));

        assertThat(refund.time()).isEqualTo(TIME);
        assertThat(refund.sale()).isEqualTo(new SaleNumber(12));
        assertThat(refund.number()).isEqualTo(new RefundNumber(1));
        assertThat(refund.shop()).isEqualTo(Shop.DEVELOPMENT);
    }
}
