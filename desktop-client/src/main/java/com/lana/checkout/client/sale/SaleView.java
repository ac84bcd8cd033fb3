package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Receipt;

import java.util.List;
import java.util.Objects;

/**
 * One open sale as the screen shows it, at one moment: what {@link OpenSale} holds, copied, so the
 * view renders it without reading the sale as it goes on changing. Immutable.
 *
 * @param number this window's count of the sale, which tells open sales apart whatever their state
 * @param name what the till calls it ({@code 0XV-0KJ}, or {@code #3} before it has a basket)
 * @param basket its basket on the server, or null
 * @param receipt the latest receipt the server sent, or null
 * @param pending the scans not confirmed yet, in scan order
 * @param payment the payment sent and not answered, or null
 * @param lost whether the server no longer has the basket
 * @param lastScanned the product scanned last, or null
 * @param scanCount how many scans the sale has had, so the screen can follow each one
 * @param line how the parked-sales list shows it: {@code Sale 0XV-0KJ · 4 items · 32.50€ · 5.00€ taken}
 */
public record SaleView(int number, String name, BasketId basket, Receipt receipt, List<PendingScan> pending,
                       PendingPayment payment, boolean lost, String lastScanned, int scanCount, String line) {

    public SaleView {
        Objects.requireNonNull(name, "name");
        pending = List.copyOf(pending);
        Objects.requireNonNull(line, "line");
    }

    /** The parked-sales list's line. */
    @Override
    public String toString() {
        return line;
    }
}
