package com.lana.checkout.client.customer;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.client.sale.KnownProduct;
import com.lana.checkout.client.sale.SaleView;
import com.lana.checkout.client.sale.TillView;

import java.util.Optional;

/**
 * Follows the till's current sale from one {@link TillView} to the next and says what a customer
 * display shows ({@link CustomerView}), a window or a pole display alike: the item scanned last, or the one a void took a unit of,
 * and the running total; a resumed sale shows its own last item; a sale just paid, while the next
 * one is still empty, shows what was tendered, the change and a thank-you. Use on the EDT.
 */
public final class SaleFollower {

    /** The item shown: a product added (its code, as scanned) or a unit of a line taken off. */
    private record Shown(String code, Receipt.Line removed) {
    }

    private SaleView previous;
    private Shown shown;

    /** What to show for {@code view}, the till's state now; remembers it to compare the next one with. */
    public CustomerView next(TillView view) {
        SaleView sale = view.current();
        shown = changed(previous, sale, shown);
        previous = sale;
        Sale done = view.justCompleted();
        if (done != null && isEmpty(sale)) {
            return new CustomerView("", "", done.total().toString(), done.paid().toString(), done.change().toString(),
                    CustomerView.THANK_YOU);
        }
        Money total = sale.receipt() == null ? Money.ZERO : sale.receipt().total();
        String message = isEmpty(sale) ? CustomerView.WELCOME : "";
        if (shown == null) {
            return new CustomerView("", "", total.toString(), "", "", message);
        }
        if (shown.removed() != null) {
            return new CustomerView("Removed: " + shown.removed().name(), shown.removed().unitPrice().negate().toString(),
                    total.toString(), "", "", message);
        }
        Optional<Receipt.Line> line = lineOf(sale.receipt(), shown.code());
        if (line.isPresent()) {
            Receipt.Line on = line.get();
            return new CustomerView(on.name(), (on.quantity() == 1 ? "" : on.quantity() + " × ") + on.unitPrice(),
                    total.toString(), "", "", message);
        }
        boolean pending = sale.pending().stream().anyMatch(scan -> scan.code().equals(shown.code()));
        KnownProduct known = view.pendingProducts().get(shown.code());
        if (!pending) {
            return new CustomerView("", "", total.toString(), "", "", message);   // taken back before it reached the server
        }
        return new CustomerView(known == null ? shown.code() : known.name(), known == null ? "" : known.price().toString(),
                total.toString(), "", "", message);
    }

    /**
     * The item to show now: another sale shows its own last scan; a scan shows what was scanned;
     * otherwise a line with fewer units than before (a void) shows what was taken off; else what showed.
     */
    private static Shown changed(SaleView before, SaleView now, Shown shown) {
        if (before == null || before.number() != now.number()) {
            return now.lastScanned() == null ? null : new Shown(now.lastScanned(), null);
        }
        if (now.scanCount() != before.scanCount() || !java.util.Objects.equals(now.lastScanned(), before.lastScanned())) {
            return now.lastScanned() == null ? null : new Shown(now.lastScanned(), null);
        }
        if (before.receipt() != null) {
            for (Receipt.Line line : before.receipt().lines()) {
                int units = lineOf(now.receipt(), line.code()).map(Receipt.Line::quantity).orElse(0);
                if (units < line.quantity()) {
                    return new Shown(line.code(), line);
                }
            }
        }
        return shown;
    }

    private static Optional<Receipt.Line> lineOf(Receipt receipt, String code) {
        return receipt == null ? Optional.empty()
                : receipt.lines().stream().filter(line -> line.code().equals(code)).findFirst();
    }

    private static boolean isEmpty(SaleView sale) {
        return (sale.receipt() == null || sale.receipt().isEmpty()) && sale.pending().isEmpty();
    }
}
