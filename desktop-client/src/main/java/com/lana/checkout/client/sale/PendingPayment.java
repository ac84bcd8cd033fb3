package com.lana.checkout.client.sale;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Payment;

import java.util.List;
import java.util.Objects;

/**
 * Payments the clerk confirmed that the server has not answered yet. Its {@link #operation} id is
 * made once, when the clerk confirms, and sent with every attempt, so the server completes the
 * sale once however often it is sent. Immutable.
 *
 * @param expectedTotal the total the customer was shown
 * @param state on the wire now, or held until the server answers again
 */
public record PendingPayment(OperationId operation, Money expectedTotal, List<Payment> payments, State state) {

    public enum State {
        /** Sent; no answer yet. */
        SENDING,
        /** Its last attempt found no server; sent again, with the same id, once the server answers. */
        HELD
    }

    public PendingPayment {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(expectedTotal, "expectedTotal");
        payments = List.copyOf(payments);
        Objects.requireNonNull(state, "state");
        if (payments.isEmpty()) {
            throw new IllegalArgumentException("A payment needs at least one payment taken");
        }
    }

    /**
     * The payments of a settled draft, held until sent, with a new operation id; or with the id of
     * {@code turnedDown} when they are the same payments for the same total (the server may have
     * recorded that attempt after all, e.g. when its database failed as it answered: the same id
     * then answers the same sale instead of recording a second).
     *
     * @param turnedDown the sale's payment the server turned down last, or null
     */
    static PendingPayment of(PaymentDraft draft, PendingPayment turnedDown) {
        if (!draft.isSettled()) {
            throw new IllegalArgumentException("The payments do not cover " + draft.total() + ": " + draft.due() + " is due");
        }
        boolean same = turnedDown != null && turnedDown.expectedTotal().equals(draft.total())
                && turnedDown.payments().equals(draft.payments());
        return new PendingPayment(same ? turnedDown.operation() : OperationId.random(), draft.total(), draft.payments(),
                State.HELD);
    }

    PendingPayment in(State newState) {
        return new PendingPayment(operation, expectedTotal, payments, newState);
    }

    /** What the customer handed over or was charged, all payments together. */
    public Money amount() {
        return payments.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
    }
}
