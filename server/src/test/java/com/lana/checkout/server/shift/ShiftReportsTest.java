package com.lana.checkout.server.shift;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.Shop;
import com.lana.checkout.api.VatAmount;
import com.lana.checkout.api.VatRate;
import com.lana.checkout.api.print.ReceiptText;
import com.lana.checkout.api.shift.CashMovement;
import com.lana.checkout.api.shift.Shift;
import com.lana.checkout.api.shift.ShiftNumber;
import com.lana.checkout.api.shift.ShiftReport;
import com.lana.checkout.api.shift.ZNumber;
import com.lana.checkout.server.catalog.CatalogFile;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.pricing.Pricing;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A shift's reports from its sales, refunds and cash movements: a T-shirt paid with 50.00€ cash
 * (30.00€ change), a mug by card, a T-shirt refunded in cash, 20.00€ in and 35.00€ out, on a 100.00€ float.
 */
class ShiftReportsTest {

    private static final PriceList PRICES = PriceList.of(CatalogFile.defaults());
    private static final LocalDateTime OPENED = LocalDate.of(2026, 12, 4).atTime(9, 0);
    private static final Shift SHIFT = Shift.opened(new ShiftNumber("T01", 3), "Anna", OPENED, Money.parse("100.00€"));

    private final Sale cashSale = sale(1, "TSHIRT", Payment.cash(Money.parse("50.00€")));
    private final Sale cardSale = sale(2, "MUG", Payment.card(Money.parse("7.50€"), "AUTH 1"));
    private final Refund cashRefund = new Refund(new RefundNumber(1), cashSale.number(), OPENED.plusHours(2),
            List.of(new Refund.Item("TSHIRT", "Lana T-Shirt", 1)), Money.parse("20.00€"),
            List.of(VatAmount.of(VatRate.STANDARD, Money.parse("20.00€"))), List.of(Payment.cash(Money.parse("20.00€"))),
            Shop.DEVELOPMENT);
    private final List<CashMovement> movements = List.of(
            new CashMovement(CashMovement.Kind.OUT, Money.parse("35.00€"), "Window cleaner", OPENED.plusHours(3), "Anna"),
            new CashMovement(CashMovement.Kind.IN, Money.parse("20.00€"), "Coins from the safe", OPENED.plusHours(1), null));

    @Test
    void anXReportAddsUpTheShiftSoFar() {
        ShiftReport x = ShiftReports.x(SHIFT, OPENED.plusHours(4), List.of(cashSale, cardSale), List.of(cashRefund),
                movements);

        assertThat(x.kind()).isEqualTo(ShiftReport.Kind.X);
        assertThat(x.sales()).isEqualTo(2);
        assertThat(x.net()).isEqualTo(Money.parse("27.50€"));
        assertThat(x.card()).isEqualTo(Money.parse("7.50€"));
        assertThat(x.cashTaken()).isEqualTo(Money.parse("50.00€"));
        assertThat(x.changeGiven()).isEqualTo(Money.parse("30.00€"));
        assertThat(x.refunds()).isEqualTo(1);
        assertThat(x.cashRefunded()).isEqualTo(Money.parse("20.00€"));
        assertThat(x.cashIn()).isEqualTo(Money.parse("20.00€"));
        assertThat(x.cashOut()).isEqualTo(Money.parse("35.00€"));
        assertThat(x.expectedCash()).as("100 + 50 − 30 − 20 + 20 − 35").isEqualTo(Money.parse("85.00€"));
        assertThat(x.vat()).as("the refunded T-shirt's VAT is taken back")
                .containsExactly(VatAmount.of(VatRate.STANDARD, Money.parse("7.50€")));
        assertThat(x.movements()).extracting(CashMovement::reason)
                .containsExactly("Coins from the safe", "Window cleaner");
        assertThat(x.z()).isNull();
    }

    @Test
    void aZReportAddsTheCountAndTheDifference() {
        Shift closed = SHIFT.close(OPENED.plusHours(8), "Bruno");

        ShiftReport z = ShiftReports.z(closed, new ZNumber("T01", 1), List.of(cashSale, cardSale),
                List.of(cashRefund), movements, Money.parse("83.00€"));

        assertThat(z.time()).isEqualTo(closed.closedAt());
        assertThat(z.expectedCash()).isEqualTo(Money.parse("85.00€"));
        assertThat(z.counted()).isEqualTo(Money.parse("83.00€"));
        assertThat(z.difference()).isEqualTo(Money.parse("-2.00€"));
    }

    @Test
    void aZReportOfAnOpenShiftIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ShiftReports.z(SHIFT, new ZNumber("T01", 1), List.of(),
                List.of(), List.of(), Money.ZERO)).withMessageContaining("T01-3");
    }

    @Test
    void theZReportPrintsInFortyTwoColumnsAndSaysShort() {
        ShiftReport z = ShiftReports.z(SHIFT.close(OPENED.plusHours(8), "Bruno"), new ZNumber("T01", 1),
                List.of(cashSale, cardSale), List.of(cashRefund), movements, Money.parse("83.00€"));

        String printed = z.toString();

        assertThat(printed.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(ReceiptText.WIDTH));
        assertThat(printed).startsWith("Z report T01-000001").contains("Shift T01-3")
                .containsPattern("Expected cash +85\\.00€").containsPattern("Counted cash +83\\.00€")
                .containsPattern("Short +-2\\.00€").containsPattern("out: Window cleaner +-35\\.00€");
    }

    private static Sale sale(long number, String code, Payment payment) {
        Receipt receipt = Pricing.receipt(PRICES, new BasketLines(BasketId.random(), 1,
                List.of(new BasketLines.Line(code, 1)), PRICES.version()));
        return new Sale(new SaleNumber(number), OPENED.plusMinutes(number), receipt, List.of(payment),
                payment.amount().minus(receipt.total()));
    }
}
