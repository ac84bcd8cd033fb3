package com.lana.checkout.api.shift;

import com.lana.checkout.api.CheckoutException;

/**
 * A shift operation the till's state does not allow: opening a shift on a till that has one open,
 * moving cash or closing on a till that has none, reading a Z report the store does not have.
 */
public class ShiftException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    public ShiftException(String message) {
        super(message);
    }
}
