package com.lana.checkout.client.customer;

import java.util.Objects;

/**
 * What a customer display shows at one moment, as text: the window facing the customer and a pole
 * display alike. Immutable.
 *
 * @param item the item that changed last: its name, {@code Removed: } and its name after a void; empty when none
 * @param itemPrice that item's price: {@code 2.50€}, {@code 3 × 2.50€} for a line of several, the
 *     negative unit price of a void; empty with no item, or when the till does not know it yet
 * @param total the running total, or once paid the total the customer paid
 * @param tendered what the customer handed over or was charged, once the sale is paid; else empty
 * @param change the change due, once the sale is paid; else empty
 * @param message a welcome while the sale is empty, a thank-you once it is paid; else empty
 */
public record CustomerView(String item, String itemPrice, String total, String tendered, String change, String message) {

    public static final String WELCOME = "Welcome to Lana";
    public static final String THANK_YOU = "Thank you for shopping at Lana!";

    public CustomerView {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(itemPrice, "itemPrice");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(tendered, "tendered");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(message, "message");
    }

    /** Whether a payment shows: what was tendered and the change. */
    public boolean paid() {
        return !tendered.isEmpty();
    }
}
