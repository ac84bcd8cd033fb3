package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.staff.SignInRequiredException;
import com.lana.checkout.client.link.ServerLink;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sends a sale's pending scans to the server, one at a time and in scan order, creating its basket
 * first when it has none, and files each answer in the sale. A scan that reaches no server, or that
 * the server turns away for want of a signed-in clerk, is held and sent again, with the same
 * operation id, by the next {@link #send} after the server answers or a clerk signs in.
 * Use on the UI thread.
 */
final class ScanSender {

    /** What the sales make of the answers; told on the UI thread after the sale is updated. */
    interface Outcomes {
        void added(OpenSale sale, PendingScan scan, Receipt receipt);

        /** Every line of a re-created sale is on the server again. */
        void recreated(OpenSale sale);

        /** Refused for good (an unknown product, a limit): it has left the queue. */
        void refused(OpenSale sale, PendingScan scan, CheckoutException e);

        /** The sale's basket is not on the server any more; the sale is marked lost, its scans held. */
        void lost(OpenSale sale, BasketNotFoundException e);

        /** No answer, or the clerk's session ended ({@code e} says which): the scan is held. */
        void held(OpenSale sale, PendingScan scan, Exception e);
    }

    private final ServerLink link;
    private final Outcomes outcomes;
    private final Set<OpenSale> creatingBasket = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<OpenSale> closed = Collections.newSetFromMap(new IdentityHashMap<>());

    ScanSender(ServerLink link, Outcomes outcomes) {
        this.link = Objects.requireNonNull(link, "link");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    }

    /** Sends the sale's oldest pending scan, if the server is connected and nothing of this sale is on the wire. */
    void send(OpenSale sale) {
        if (link.state() != ServerLink.State.CONNECTED || sale.isLost() || closed.contains(sale)
                || sale.pending().isEmpty() || sale.pending().isSending() || creatingBasket.contains(sale)) {
            return;
        }
        if (sale.basket() == null) {
            createBasket(sale);
            return;
        }
        Optional<PendingScan> next = sale.pending().startSending();
        if (next.isEmpty()) {
            return;
        }
        PendingScan scan = next.get();
        BasketId basket = sale.basket();
        link.call(false, service -> service.addProduct(basket, scan.code(), scan.quantity(), scan.operation()),
                new ServerLink.Reply<>() {
                    @Override
                    public void answered(Receipt receipt) {
                        boolean recreated = sale.confirmed(scan.operation(), receipt);
                        outcomes.added(sale, scan, receipt);
                        if (recreated) {
                            outcomes.recreated(sale);
                        }
                        send(sale);
                    }

                    @Override
                    public void refused(CheckoutException e) {
                        if (e instanceof BasketNotFoundException gone) {
                            sale.pending().hold(scan.operation());
                            sale.markLost();
                            outcomes.lost(sale, gone);
                            return;
                        }
                        if (e instanceof SignInRequiredException) {
                            sale.pending().hold(scan.operation());   // not run: sent again once a clerk signs in
                            outcomes.held(sale, scan, e);
                            return;
                        }
                        sale.pending().refuse(scan.operation());
                        outcomes.refused(sale, scan, e);
                        send(sale);
                    }

                    @Override
                    public void failed(Exception e) {
                        sale.pending().hold(scan.operation());
                        outcomes.held(sale, scan, e);
                    }
                });
    }

    /** Stops sending for a sale that was cancelled: what it still holds is never sent. */
    void close(OpenSale sale) {
        closed.add(sale);
    }

    private void createBasket(OpenSale sale) {
        creatingBasket.add(sale);
        link.call(false, service -> service.createBasket(), new ServerLink.Reply<>() {
            @Override
            public void answered(BasketId basket) {
                creatingBasket.remove(sale);
                sale.created(basket);
                send(sale);
            }

            @Override
            public void refused(CheckoutException e) {
                creatingBasket.remove(sale);   // for want of a signed-in clerk: sent again once one signs in
                if (e instanceof SignInRequiredException && !sale.pending().isEmpty()) {
                    outcomes.held(sale, sale.pending().all().get(0), e);
                }
            }

            @Override
            public void failed(Exception e) {
                creatingBasket.remove(sale);
            }
        });
    }
}
