package com.lana.checkout.server.rmi;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Checkout;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.DayReport;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundNotFoundException;
import com.lana.checkout.api.RefundNumber;
import com.lana.checkout.api.RefundQuote;
import com.lana.checkout.api.RefundRefusedException;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.SaleNotFoundException;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.Shop;
import com.lana.checkout.server.catalog.CatalogFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Refunds as a client makes them over RMI, the way a JShell user types them: the items, how to pay
 * back and the receipts, headed by the shop the server was given; and each bad request refused with a
 * typed error naming the problem, the server serving on.
 */
class RefundOverRmiTest {

    private static final Shop SHOP = new Shop("Lana Barcelona", List.of("Carrer de Mallorca 401", "08013 Barcelona"),
            "ESB12345678");
    private static CheckoutServer server;
    private static CheckoutService checkout;

    @BeforeAll
    static void start() throws Exception {
        server = CheckoutServer.start(CheckoutServer.Options.loopback(0, CatalogFile.defaults()).withShop(SHOP));
        checkout = Checkout.connect(Checkout.options("127.0.0.1", server.port()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Sale sell(String... codes) throws Exception {
        BasketId basket = checkout.createBasket();
        for (String code : codes) {
            checkout.addProduct(basket, code);
        }
        Money total = checkout.total(basket);
        return checkout.completeSale(basket, total, List.of(Payment.cash(Money.parse("100.00€"))), OperationId.random());
    }

    @Test
    void theMugOfPenTshirtMugComesBackForItsPriceWithAReceiptOfTheShop() throws Exception {
        Sale sale = sell("PEN", "TSHIRT", "MUG");

        Refund refund = checkout.refund(sale.number(), List.of(ReturnedItem.of("MUG", 1)), RefundTo.ORIGINAL,
                OperationId.random());

        assertThat(refund.amount()).hasToString("7.50€");
        assertThat(refund.toString()).contains("Lana Barcelona", "VAT no. ESB12345678", "Of sale " + sale.number(),
                "1 x Lana Coffee Mug");
        assertThat(refund.toString().lines()).anySatisfy(row -> assertThat(row).matches("21% +-6\\.20€ +-1\\.30€ +-7\\.50€"));
        assertThat(checkout.refund(refund.number())).isEqualTo(refund);
        assertThat(checkout.refunds(refund.time().toLocalDate())).contains(refund);
        assertThat(checkout.sale(sale.number()).returned()).containsExactly(ReturnedItem.of("MUG", 1));
        assertThat(checkout.refundPdf(refund.number())).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aQuoteSaysWhatTheRefundWillPayBackAndRecordsNothing() throws Exception {
        Sale sale = sell("TSHIRT", "TSHIRT", "MUG", "TSHIRT");
        List<ReturnedItem> items = List.of(ReturnedItem.of("TSHIRT", 1), ReturnedItem.of("MUG", 1));

        RefundQuote quote = checkout.quoteRefund(sale.number(), items, RefundTo.ORIGINAL);

        assertThat(quote.amount()).as("5.00€ of the T-shirt deal, 7.50€ for the mug").hasToString("12.50€");
        assertThat(checkout.sale(sale.number()).returned()).isEmpty();
        Refund refund = checkout.refund(sale.number(), items, RefundTo.ORIGINAL, OperationId.random());
        assertThat(refund.amount()).isEqualTo(quote.amount());
        assertThat(refund.paidBack()).isEqualTo(quote.paidBack());
        assertThat(refund.vat()).isEqualTo(quote.vat());
        assertThat(refund.items()).isEqualTo(quote.items());
    }

    @Test
    void aQuoteIsRefusedAsTheRefundWouldBe() throws Exception {
        Sale sale = sell("PEN");

        assertThatExceptionOfType(RefundRefusedException.class)
                .isThrownBy(() -> checkout.quoteRefund(sale.number(), List.of(ReturnedItem.of("PEN", 2)), RefundTo.CASH))
                .withMessageContaining("at most 1");
        assertThat(checkout.quoteRefund(sale.number(), List.of(ReturnedItem.of("PEN", 1)), RefundTo.CASH))
                .hasToString("5.00€ back: Cash 5.00€");
    }

    @Test
    void aSalesReceiptIsHeadedByTheShopAndShowsItsVat() throws Exception {
        Sale sale = sell("PEN", "TSHIRT", "MUG");

        List<String> rows = checkout.sale(sale.number()).toString().lines().toList();

        assertThat(rows.subList(0, 4)).extracting(String::strip).containsExactly("Lana Barcelona",
                "Carrer de Mallorca 401", "08013 Barcelona", "VAT no. ESB12345678");
        assertThat(rows).anySatisfy(row -> assertThat(row).matches("21% +26\\.86€ +5\\.64€ +32\\.50€"));
    }

    @Test
    void theDayReportCountsTheRefundAndTheCashPaidBack() throws Exception {
        Sale sale = sell("TSHIRT", "MUG");
        LocalDate day = sale.time().toLocalDate();
        DayReport before = checkout.dayReport(day);

        checkout.refund(sale.number(), List.of(ReturnedItem.of("TSHIRT", 1)), RefundTo.CASH, OperationId.random());

        DayReport after = checkout.dayReport(day);
        assertThat(after.refunds()).isEqualTo(before.refunds() + 1);
        assertThat(after.cashRefunded()).isEqualTo(before.cashRefunded().plus(Money.parse("20.00€")));
        assertThat(after.cashInDrawer()).isEqualTo(before.cashInDrawer().minus(Money.parse("20.00€")));
    }

    @Test
    void anUnknownSaleIsNotFound() {
        assertThatExceptionOfType(SaleNotFoundException.class)
                .isThrownBy(() -> checkout.refund(new SaleNumber(999_999), List.of(ReturnedItem.of("PEN", 1)),
                        RefundTo.CASH, OperationId.random()))
                .withMessageContaining("S-999999");
    }

    @Test
    void anUnknownRefundIsNotFound() {
        assertThatExceptionOfType(RefundNotFoundException.class)
                .isThrownBy(() -> checkout.refund(new RefundNumber(999_999))).withMessageContaining("R-999999");
        assertThatExceptionOfType(RefundNotFoundException.class)
                .isThrownBy(() -> checkout.refundPdf(new RefundNumber(999_999)));
    }

    @Test
    void missingArgumentsAreInvalidRequestsNamingThem() throws Exception {
        Sale sale = sell("PEN");
        List<ReturnedItem> pen = List.of(ReturnedItem.of("PEN", 1));
        List<ReturnedItem> withNull = new ArrayList<>(pen);
        withNull.add(null);

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.refund(null, pen, RefundTo.CASH, null)).withMessageContaining("Sale number");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.refund(sale.number(), null, RefundTo.CASH, null))
                .withMessageContaining("items");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.refund(sale.number(), withNull, RefundTo.CASH, null))
                .withMessageContaining("Item 2 of 2");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.refund(sale.number(), pen, null, null)).withMessageContaining("pay back");
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.refund((RefundNumber) null)).withMessageContaining("Refund number");
        assertThat(checkout.sale(sale.number()).returned()).isEmpty();
    }

    @Test
    void tooManyItemsAreRefusedNamingTheLimit() throws Exception {
        Sale sale = sell("PEN");
        List<ReturnedItem> many = new ArrayList<>(Collections.nCopies(CheckoutService.MAX_ITEMS_PER_REFUND + 1,
                ReturnedItem.of("PEN", 1)));

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> checkout.refund(sale.number(), many, RefundTo.CASH, null))
                .withMessageContaining("at most " + CheckoutService.MAX_ITEMS_PER_REFUND);
    }

    @Test
    void anEmptyListAProductNotSoldAndTooManyUnitsAreRefusedSayingWhy() throws Exception {
        Sale sale = sell("PEN", "PEN");

        assertThatExceptionOfType(RefundRefusedException.class)
                .isThrownBy(() -> checkout.refund(sale.number(), List.of(), RefundTo.CASH, null))
                .withMessageContaining("Nothing comes back");
        assertThatExceptionOfType(RefundRefusedException.class)
                .isThrownBy(() -> checkout.refund(sale.number(), List.of(ReturnedItem.of("MUG", 1)), RefundTo.CASH, null))
                .withMessageContaining("sold no MUG");
        assertThatExceptionOfType(RefundRefusedException.class)
                .isThrownBy(() -> checkout.refund(sale.number(), List.of(ReturnedItem.of("PEN", 3)), RefundTo.CASH, null))
                .withMessageContaining("at most 2");
        assertThatExceptionOfType(RefundRefusedException.class)
                .isThrownBy(() -> checkout.refund(sale.number(), List.of(ReturnedItem.of("PEN", 2)), RefundTo.CARD, null))
                .withMessageContaining("cards of sale " + sale.number());
    }

    @Test
    void theFreePenComesBackForNothingAndSaysWhy() throws Exception {
        Sale sale = sell("PEN", "PEN");

        Refund refund = checkout.refund(sale.number(), List.of(ReturnedItem.of("PEN", 1)), RefundTo.ORIGINAL, null);

        assertThat(refund.amount()).isEqualTo(Money.ZERO);
        assertThat(refund.explanation()).startsWith("Nothing to pay back");
        assertThat(refund.toString()).contains("Nothing to pay back");
    }
}
