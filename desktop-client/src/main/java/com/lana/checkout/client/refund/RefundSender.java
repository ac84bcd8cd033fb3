package com.lana.checkout.client.refund;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Refund;
import com.lana.checkout.api.RefundQuote;
import com.lana.checkout.api.RefundTo;
import com.lana.checkout.api.ReturnedItem;
import com.lana.checkout.api.SaleNumber;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.client.link.ApprovalCalls;
import com.lana.checkout.client.link.ServerLink;

import java.rmi.RemoteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sends the refunds the clerk confirmed to the server, like a payment: never lost (one that reaches
 * no server, or finds no clerk signed in, is held and sent again by {@link #resend} once the server
 * answers or a clerk signs in) and never recorded
 * twice (every attempt carries the operation id made when the clerk confirmed). It lives as long as
 * the till, so a refund whose dialog was closed is still sent. A refund a clerk needs a manager's
 * approval for goes again with one ({@link ServerLink#callApproved}). Use on the UI thread.
 */
public final class RefundSender {

    /** What became of a refund; told on the UI thread. Ignored unless overridden. */
    public interface Outcome {
        /** The server recorded the refund (or had recorded it: the same id answers the same refund). */
        default void recorded(PendingRefund sent, Refund refund) {
        }

        /** The server refused it, or could not record it; nothing was recorded. The message says why. */
        default void refused(PendingRefund sent, String message) {
        }

        /**
         * No answer, or no clerk signed in: the refund is held and sent again, with the same id, once
         * the server answers or a clerk signs in.
         */
        default void held(PendingRefund sent, String message) {
        }
    }

    private final ServerLink link;
    private final List<PendingRefund> pending = new ArrayList<>();
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();

    public RefundSender(ServerLink link) {
        this.link = Objects.requireNonNull(link, "link");
    }

    /** Tells {@code outcome} what becomes of refunds, after those told already. */
    public void listen(Outcome outcome) {
        outcomes.add(Objects.requireNonNull(outcome, "outcome"));
    }

    public void stopListening(Outcome outcome) {
        outcomes.remove(outcome);
    }

    /** The refunds confirmed and not answered yet, in the order confirmed. */
    public List<PendingRefund> pending() {
        return List.copyOf(pending);
    }

    /**
     * Asks the server what refunding the draft's items would pay back, and how, recording nothing:
     * what the clerk is shown before confirming. Told on the UI thread.
     */
    public void quote(RefundDraft draft, ServerLink.Reply<RefundQuote> reply) {
        SaleNumber sale = draft.sale().number();
        List<ReturnedItem> items = draft.items();
        RefundTo to = draft.to();
        link.call(false, service -> service.quoteRefund(sale, items, to), reply);
    }

    /** Sends a refund the clerk confirmed now, or holds it while the server does not answer. */
    public void send(PendingRefund refund) {
        if (pending.stream().anyMatch(other -> other.operation().equals(refund.operation()))) {
            throw new IllegalArgumentException("Refund " + refund.operation() + " of " + refund.sale()
                    + " is being sent already");
        }
        pending.add(refund.in(PendingRefund.State.HELD));
        attempt(refund.operation());
    }

    /** The server answers again: sends every held refund again, each with its own id. */
    public void resend() {
        for (PendingRefund refund : pending()) {
            if (refund.state() == PendingRefund.State.HELD) {
                attempt(refund.operation());
            }
        }
    }

    private void attempt(OperationId operation) {
        PendingRefund held = find(operation);
        if (link.state() != ServerLink.State.CONNECTED) {
            String message = "No answer from the server: the refund of " + held.sale()
                    + " is kept and sent again, with the same id, once it answers";
            outcomes.forEach(outcome -> outcome.held(held, message));
            return;
        }
        PendingRefund sending = replace(held.in(PendingRefund.State.SENDING));
        link.callApproved((service, approval) -> approval == null
                        ? service.refund(sending.sale(), sending.items(), sending.to(), sending.operation())
                        : ApprovalCalls.ApprovableCall.session(service).refund(sending.sale(), sending.items(),
                                sending.to(), sending.operation(), approval),
                new ServerLink.Reply<>() {
                    @Override
                    public void answered(Refund refund) {
                        drop(sending);
                        outcomes.forEach(outcome -> outcome.recorded(sending, refund));
                    }

                    @Override
                    public void refused(CheckoutException e) {
                        if (e instanceof SignInRequiredException) {
                            held(e);   // not run: sent again once a clerk signs in
                            return;
                        }
                        drop(sending);
                        String message = "Refund of " + sending.sale() + " not made: " + e.getMessage();
                        outcomes.forEach(outcome -> outcome.refused(sending, message));
                    }

                    @Override
                    public void failed(Exception e) {
                        if (e instanceof RemoteException) {
                            held(e);
                        } else {
                            drop(sending);
                            String message = "The server could not record the refund of " + sending.sale() + " ("
                                    + e.getMessage() + "); try again";
                            outcomes.forEach(outcome -> outcome.refused(sending, message));
                        }
                    }

                    private void held(Exception e) {
                        PendingRefund again = replace(sending.in(PendingRefund.State.HELD));
                        String message = (e instanceof SignInRequiredException ? "No clerk signed in" : "No answer from the server")
                                + ": the refund of " + sending.sale() + " is kept and sent again, with the same id, once "
                                + (e instanceof SignInRequiredException ? "a clerk signs in" : "it answers");
                        outcomes.forEach(outcome -> outcome.held(again, message));
                    }
                });
    }

    private PendingRefund find(OperationId operation) {
        return pending.stream().filter(refund -> refund.operation().equals(operation)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No refund " + operation + " pending"));
    }

    private void drop(PendingRefund answered) {
        pending.removeIf(refund -> refund.operation().equals(answered.operation()));
    }

    /** Puts {@code changed} in the place of the pending refund with its id; answers it. */
    private PendingRefund replace(PendingRefund changed) {
        pending.set(pending.indexOf(find(changed.operation())), changed);
        return changed;
    }
}
