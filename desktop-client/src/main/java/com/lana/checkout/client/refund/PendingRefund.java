package com.lana.checkout.client.refund;

import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.SaleNumber;

import java.util.List;
import java.util.Objects;

/**
 * A refund the clerk confirmed that the server has not answered yet. Its {@link #operation} id is
 * made once, when the clerk confirms, and sent with every attempt, so the server records the
 * refund once however often it is sent. Immutable.
 *
 * @param items what comes back; at least one line
 * @param state on the wire now, or held until the server answers again
 */
public record PendingRefund(OperationId operation, SaleNumber sale, List<ReturnedItem> items, RefundTo to,
                            State state) {

    public enum State {
        /** Sent; no answer yet. */
        SENDING,
        /** Its last attempt found no server; sent again, with the same id, once the server answers. */
        HELD
    }

    public PendingRefund {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(sale, "sale");
        items = List.copyOf(items);
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(state, "state");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A refund of " + sale + " needs at least one item coming back");
        }
    }

    /**
     * The refund the clerk confirmed, held until sent, with a new operation id; or with the id of
     * {@code turnedDown} when it is the same refund (the server may have recorded that attempt
     * after all, e.g. when its database failed as it answered: the same id then answers the same
     * refund instead of recording a second).
     *
     * @param turnedDown the refund of this sale the server turned down last, or null
     * @throws IllegalArgumentException when nothing comes back
     */
    public static PendingRefund of(RefundDraft draft, PendingRefund turnedDown) {
        boolean same = turnedDown != null && turnedDown.sale().equals(draft.sale().number())
                && turnedDown.items().equals(draft.items()) && turnedDown.to() == draft.to();
        return new PendingRefund(same ? turnedDown.operation() : OperationId.random(), draft.sale().number(),
                draft.items(), draft.to(), State.HELD);
    }

    PendingRefund in(State newState) {
        return new PendingRefund(operation, sale, items, to, newState);
    }
}
