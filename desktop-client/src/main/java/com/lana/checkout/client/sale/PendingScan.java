package com.lana.checkout.client.sale;

import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.OperationId;

import java.util.Objects;

/**
 * A scan the server has not confirmed yet. Its {@link #operation} id is made once, when the clerk
 * scans, and sent with every attempt, so the server applies it once however often it is sent.
 * Immutable.
 *
 * @param state where it stands: waiting its turn, on the wire now, or held until the server answers again
 */
public record PendingScan(OperationId operation, String code, int quantity, State state) {

    public enum State {
        /** Waiting its turn behind earlier scans. */
        QUEUED,
        /** Sent; no answer yet. */
        SENDING,
        /** Its last attempt found no server; sent again, with the same id, once the server answers. */
        HELD
    }

    public PendingScan {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(state, "state");
        if (quantity < 1 || quantity > CheckoutService.MAX_QUANTITY_PER_CALL) {
            throw new IllegalArgumentException("Quantity must be 1-" + CheckoutService.MAX_QUANTITY_PER_CALL
                    + ", was " + quantity);
        }
    }

    static PendingScan of(String code, int quantity) {
        return new PendingScan(OperationId.random(), code, quantity, State.QUEUED);
    }

    PendingScan in(State newState) {
        return new PendingScan(operation, code, quantity, newState);
    }
}
