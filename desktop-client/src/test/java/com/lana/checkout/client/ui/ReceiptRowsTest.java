package com.lana.checkout.client.ui;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.client.sale.KnownProduct;
import com.lana.checkout.client.sale.PendingScan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReceiptRowsTest {

    private static final Money EUR_5 = Money.ofMinor(500);

    @Test
    void promotionRowsFollowTheProductTheyReduce() {
        Receipt receipt = new Receipt(BasketId.random(), 4,
                List.of(new Receipt.Line("PEN", "Lana Pen", 2, EUR_5, Money.ofMinor(1000)),
                        new Receipt.Line("MUG", "Lana Coffee Mug", 1, Money.ofMinor(750), Money.ofMinor(750))),
                List.of(new Receipt.Discount("PEN", "2-for-1 on PEN", EUR_5)),
                Money.ofMinor(1250));

        assertThat(ReceiptRows.of(receipt)).containsExactly(
                new ReceiptRows.Row(ReceiptRows.Row.Kind.PRODUCT, "PEN", "Lana Pen", "2", "5.00€", "10.00€", null),
                new ReceiptRows.Row(ReceiptRows.Row.Kind.PROMOTION, "PEN", "2-for-1 on PEN", "", "", "-5.00€", null),
                new ReceiptRows.Row(ReceiptRows.Row.Kind.PRODUCT, "MUG", "Lana Coffee Mug", "1", "7.50€", "7.50€", null));
    }

    @Test
    void noReceiptNoRows() {
        assertThat(ReceiptRows.of(null)).isEmpty();
    }

    @Test
    void aPendingScanOfAKnownProductShowsItsNameAndPrice() {
        PendingScan scan = new PendingScan(OperationId.random(), "8412345678905", 2, PendingScan.State.QUEUED);

        List<ReceiptRows.Row> rows = ReceiptRows.of(null, List.of(scan),
                Map.of("8412345678905", new KnownProduct("CAFE", "Café Molido", Money.ofMinor(395))), "queued");

        assertThat(rows).containsExactly(new ReceiptRows.Row(ReceiptRows.Row.Kind.PENDING, "8412345678905",
                "Café Molido — queued", "2", "3.95€", "7.90€", scan.operation()));
        assertThat(ReceiptRows.pendingAmount(List.of(scan), Map.of("8412345678905",
                new KnownProduct("CAFE", "Café Molido", Money.ofMinor(395))))).hasToString("7.90€");
    }

    @Test
    void aPendingScanOfAProductTheTillDoesNotKnowShowsTheCodeTypedAndNoPrice() {
        PendingScan scan = new PendingScan(OperationId.random(), "4000000000006", 1, PendingScan.State.SENDING);

        List<ReceiptRows.Row> rows = ReceiptRows.of(null, List.of(scan), Map.of(), "queued");

        assertThat(rows).containsExactly(new ReceiptRows.Row(ReceiptRows.Row.Kind.PENDING, "4000000000006",
                "4000000000006 — sending…", "1", "", "", scan.operation()));
        assertThat(ReceiptRows.pendingAmount(List.of(scan), Map.of())).isEqualTo(Money.ZERO);
    }

    @Test
    void theNoteOnPendingScansNeverPricesAnUnknownProductAsFree() {
        PendingScan known = new PendingScan(OperationId.random(), "8412345678905", 2, PendingScan.State.QUEUED);
        PendingScan unknown = new PendingScan(OperationId.random(), "4000000000006", 1, PendingScan.State.QUEUED);
        Map<String, KnownProduct> products = Map.of("8412345678905", new KnownProduct("CAFE", "Café Molido", Money.ofMinor(395)));

        assertThat(ReceiptRows.pendingPrice(List.of(known), products)).isEqualTo("7.90€ before promotions");
        assertThat(ReceiptRows.pendingPrice(List.of(known, unknown), products))
                .isEqualTo("7.90€ before promotions, 1 not priced yet");
        assertThat(ReceiptRows.pendingPrice(List.of(unknown), products)).isEqualTo("price not known until it answers");
    }
}
