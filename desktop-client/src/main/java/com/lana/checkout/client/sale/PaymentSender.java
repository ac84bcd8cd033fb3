package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.api.TotalChangedException;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.client.link.ServerLink;

import java.rmi.RemoteException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sends a sale's confirmed payment to the server to complete it, like a pending scan: never lost
 * (one that reaches no server is held and sent again by the next {@link #send} after the server
 * answers) and never applied twice (every attempt carries the operation id made when the clerk
 * confirmed). Use on the UI thread.
 */
public final class PaymentSender {

    /** What became of a payment; told on the UI thread, after the sale is updated. Ignored unless overridden. */
    public interface Outcome {
        /** The server recorded the sale. */
        default void completed(OpenSale sale, Sale recorded) {
        }

        /** The basket changed meanwhile; the sale shows the current receipt, nothing was recorded. */
        default void totalChanged(OpenSale sale, Money expected, Receipt current) {
        }

        /** The server refused the payment or the sale; nothing was recorded. */
        default void refused(OpenSale sale, String message) {
        }

        /**
         * No answer, or no clerk signed in: the payment is held and sent again, with the same id, once
         * the server answers or a clerk signs in.
         */
        default void held(OpenSale sale, String message) {
        }

        /** The server has no open basket for the sale (paid or removed elsewhere); nothing was recorded. */
        default void gone(OpenSale sale, BasketNotFoundException e) {
        }
    }

    private final ServerLink link;
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();

    PaymentSender(ServerLink link) {
        this.link = Objects.requireNonNull(link, "link");
    }

    /** Tells {@code outcome} what becomes of payments, after those told already. */
    void listen(Outcome outcome) {
        outcomes.add(Objects.requireNonNull(outcome, "outcome"));
    }

    void stopListening(Outcome outcome) {
        outcomes.remove(outcome);
    }

    /** Sends the sale's payment, if it has one that is not on the wire and the server is connected. */
    void send(OpenSale sale) {
        PendingPayment payment = sale.payment();
        if (payment == null || payment.state() == PendingPayment.State.SENDING
                || link.state() != ServerLink.State.CONNECTED) {
            return;
        }
        PendingPayment sending = payment.in(PendingPayment.State.SENDING);
        sale.paying(sending);
        BasketId basket = sale.basket();
        link.call(false, service -> service.completeSale(basket, sending.expectedTotal(), sending.payments(),
                sending.operation()), new ServerLink.Reply<>() {
                    @Override
                    public void answered(Sale recorded) {
                        sale.paid();
                        outcomes.forEach(outcome -> outcome.completed(sale, recorded));
                    }

                    @Override
                    public void refused(CheckoutException e) {
                        if (e instanceof SignInRequiredException) {
                            held(e);   // not run: sent again once a clerk signs in
                            return;
                        }
                        sale.paymentTurnedDown();
                        if (e instanceof TotalChangedException changed) {
                            sale.apply(changed.current());
                            outcomes.forEach(outcome -> outcome.totalChanged(sale, changed.expected(), changed.current()));
                        } else if (e instanceof BasketNotFoundException gone) {
                            outcomes.forEach(outcome -> outcome.gone(sale, gone));
                        } else {
                            refusedWith(sale, e.getMessage());
                        }
                    }

                    @Override
                    public void failed(Exception e) {
                        if (e instanceof RemoteException) {
                            held(e);
                        } else {
                            sale.paymentTurnedDown();
                            refusedWith(sale, "The server could not complete the sale (" + e.getMessage()
                                    + "); try again");
                        }
                    }

                    private void held(Exception e) {
                        sale.paying(sending.in(PendingPayment.State.HELD));
                        String message = (e instanceof SignInRequiredException ? "No clerk signed in: the payment of "
                                + sending.amount() + " is kept and sent again, with the same id, once a clerk signs in"
                                : "No answer from the server: the payment of " + sending.amount()
                                + " is kept and sent again, with the same id, once it answers");
                        outcomes.forEach(outcome -> outcome.held(sale, message));
                    }
                });
    }

    private void refusedWith(OpenSale sale, String message) {
        outcomes.forEach(outcome -> outcome.refused(sale, message));
    }
}
