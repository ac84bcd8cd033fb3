package com.lana.checkout.client.ui;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.client.sale.KnownProduct;
import com.lana.checkout.client.sale.PendingScan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a sale into the rows the receipt table shows: each product line of the server's receipt,
 * the promotions that reduced it directly underneath, then one row per scan the server has not
 * confirmed yet: named and priced as the till knows its product, else showing the code scanned and
 * no price. Amounts are {@code Money.toString()} text.
 */
final class ReceiptRows {

    /**
     * One table row. A promotion row has an empty quantity and unit price; a pending row names its scan.
     *
     * @param pendingScan the scan a {@link Kind#PENDING} row shows, else null
     */
    record Row(Kind kind, String productCode, String description, String quantity, String unitPrice,
               String amount, OperationId pendingScan) {
        enum Kind { PRODUCT, PROMOTION, PENDING }

        boolean isPromotion() {
            return kind == Kind.PROMOTION;
        }

        boolean isPending() {
            return kind == Kind.PENDING;
        }
    }

    private ReceiptRows() {
    }

    static List<Row> of(Receipt receipt) {
        return of(receipt, List.of(), Map.of(), "");
    }

    /**
     * @param known what the till knows of the pending scans' products, by the code scanned
     * @param waiting what a pending row not on the wire says: {@code waiting for the server}, {@code queued}
     */
    static List<Row> of(Receipt receipt, List<PendingScan> pending, Map<String, KnownProduct> known, String waiting) {
        List<Row> rows = new ArrayList<>();
        if (receipt != null) {
            for (Receipt.Line line : receipt.lines()) {
                rows.add(new Row(Row.Kind.PRODUCT, line.code(), line.name(), Integer.toString(line.quantity()),
                        line.unitPrice().toString(), line.amount().toString(), null));
                for (Receipt.Discount discount : receipt.discountsOf(line)) {
                    rows.add(new Row(Row.Kind.PROMOTION, line.code(), discount.description(), "", "",
                            discount.saved().negate().toString(), null));
                }
            }
        }
        for (PendingScan scan : pending) {
            Optional<KnownProduct> product = Optional.ofNullable(known.get(scan.code()));
            String state = scan.state() == PendingScan.State.SENDING ? "sending…" : waiting;
            String name = product.map(KnownProduct::name).orElse(scan.code());
            rows.add(new Row(Row.Kind.PENDING, scan.code(), name + " — " + state, Integer.toString(scan.quantity()),
                    product.map(p -> p.price().toString()).orElse(""),
                    product.map(p -> p.price().times(scan.quantity()).toString()).orElse(""), scan.operation()));
        }
        return List.copyOf(rows);
    }

    /**
     * What the pending scans cost, as far as the till knows: {@code 12.50€ before promotions}, and how
     * many it cannot price yet (products it has not seen, whose price only the server knows), so a
     * scan of an unknown price never reads as free.
     */
    static String pendingPrice(List<PendingScan> pending, Map<String, KnownProduct> known) {
        long unpriced = pending.stream().filter(scan -> known.get(scan.code()) == null).count();
        if (unpriced == pending.size()) {
            return "price not known until it answers";
        }
        return pendingAmount(pending, known) + " before promotions"
                + (unpriced == 0 ? "" : ", " + unpriced + " not priced yet");
    }

    /** What the pending scans cost before promotions, as far as the till knows their products. */
    static Money pendingAmount(List<PendingScan> pending, Map<String, KnownProduct> known) {
        Money sum = Money.ZERO;
        for (PendingScan scan : pending) {
            KnownProduct product = known.get(scan.code());
            if (product != null) {
                sum = sum.plus(product.price().times(scan.quantity()));
            }
        }
        return sum;
    }
}
