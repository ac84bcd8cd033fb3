package com.lana.checkout.api.staff;

import com.lana.checkout.api.CheckoutException;

/**
 * The store has clerks, and the call changes money or a sale, or reads what only a manager may: it
 * must come through a signed-in {@link Till} (see {@link com.lana.checkout.api.CheckoutService#signIn}).
 * Also what a session answers once it has ended: signed out, or expired after inactivity.
 */
public class SignInRequiredException extends CheckoutException {
    private static final long serialVersionUID = 1L;

    public SignInRequiredException(String message) {
        super(message);
    }
}
