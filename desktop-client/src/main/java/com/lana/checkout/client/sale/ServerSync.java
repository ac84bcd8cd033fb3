package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.client.link.ServerLink;
import com.lana.checkout.client.refund.RefundSender;

import java.util.List;
import java.util.Objects;

/**
 * Keeps the till's sales in step with the server: on connecting it reads back the last session's
 * parked sales and sends what was kept meanwhile (scans, payments, refunds), it re-reads the current
 * sale a few times a second (changes made at other terminals), it keeps the favourites the server
 * sends with every probe at hand, and it says what became of a sale the server no longer has. Use
 * on the UI thread.
 */
final class ServerSync implements ServerLink.Listener {

    private final TillSales sales;
    private final KnownProducts known;
    private final ClerkMessages messages;
    private final Runnable changed;
    private ServerLink link;
    private ScanSender sender;
    private BasketCalls calls;
    private PaymentDesk payments;
    private RefundSender refunds;
    private boolean everConnected;
    private boolean pollInFlight;

    /** @param changed runs after anything the screen shows has changed */
    ServerSync(TillSales sales, KnownProducts known, ClerkMessages messages, Runnable changed) {
        this.sales = Objects.requireNonNull(sales, "sales");
        this.known = Objects.requireNonNull(known, "known");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /** What it keeps in step through; they tell it, in turn, of the sales the server lost. */
    void use(ServerLink serverLink, ScanSender scans, BasketCalls basketCalls, PaymentDesk desk, RefundSender refundSender) {
        link = Objects.requireNonNull(serverLink, "serverLink");
        sender = Objects.requireNonNull(scans, "scans");
        calls = Objects.requireNonNull(basketCalls, "basketCalls");
        payments = Objects.requireNonNull(desk, "desk");
        refunds = Objects.requireNonNull(refundSender, "refundSender");
    }

    /** The server answered (for the first time, or again): sends what was kept meanwhile. */
    @Override
    public void connected(Catalog favourites) {
        known.use(favourites);
        if (!everConnected) {
            everConnected = true;
            messages.news(Notice.info("Connected to the checkout server at " + link.address() + ". Ready to scan."));
            sales.recall().forEach(this::verify);
        } else {
            int held = sales.pendingScans();
            messages.news(Notice.info("The checkout server at " + link.address() + " answers again"
                    + (held > 0 ? ": sending the " + held + " scans kept meanwhile" : "")));
            verify(sales.current());
            sales.parked().forEach(this::verify);
        }
        sendKept();
    }

    /**
     * A clerk signed in: what was kept while the session before had ended (scans, payments, refunds)
     * goes through the new one, each with its own operation id, so nothing is applied twice.
     */
    @Override
    public void signedIn() {
        int held = sales.pendingScans();
        if (held > 0) {
            messages.news(Notice.info("Sending the " + (held == 1 ? "scan" : held + " scans") + " kept until a clerk signed in"));
        }
        sendKept();
        changed.run();
    }

    private void sendKept() {
        List<OpenSale> parked = sales.parked();
        sender.send(sales.current());
        parked.forEach(sender::send);
        payments.resend(sales.current());
        parked.forEach(payments::resend);
        refunds.resend();
    }

    /** The server answers a probe: a restart may have taken the parked sales' baskets. */
    @Override
    public void stillThere(Catalog favourites) {
        known.use(favourites);
        sales.parked().forEach(this::verify);
    }

    /** The connection's state changed. */
    @Override
    public void changed() {
        changed.run();
    }

    /**
     * Keeps the connection state true and re-reads the current sale, so that changes made elsewhere
     * show up (not while calls are in flight or scans pending).
     */
    void tick() {
        link.tick();
        OpenSale sale = sales.current();
        if (pollInFlight || link.isBusy() || link.state() != ServerLink.State.CONNECTED || sale.basket() == null
                || sale.isLost() || !sale.pending().isEmpty() || sale.isPaying()) {
            return;
        }
        pollInFlight = true;
        calls.verify(sale, () -> pollInFlight = false);
    }

    /** Re-reads a sale's basket, unless it is being paid (a paid basket is closed on the server). */
    void verify(OpenSale sale) {
        if (!sale.isPaying()) {
            calls.verify(sale, () -> { });
        }
    }

    /** The server has no basket for this sale: say so; a parked sale that never had lines here leaves the list. */
    void lost(OpenSale sale, BasketNotFoundException e) {
        if (e.reason() == BasketNotFoundException.Reason.PAID) {
            paidElsewhere(sale, e);
            return;
        }
        String why = e.reason() == BasketNotFoundException.Reason.EXPIRED
                ? "expired on the server after being left unused" : "is not on the server any more";
        if (sale == sales.current()) {
            messages.news(Notice.problem("Sale " + sale.name() + " " + why + ": press F5 to re-create it with its items"));
        } else if (sale.receipt() == null && sale.pending().isEmpty()) {
            sales.drop(sale);
            messages.news(Notice.info("A parked sale of the last session " + why + "; it left the list"));
        } else {
            messages.news(Notice.problem("Parked sale " + sale.name() + " " + why + ": resume it (F4), then F5 re-creates it"));
        }
    }

    /** The sale's basket was paid, at another terminal: it is over, and is never re-created (that would sell it twice). */
    private void paidElsewhere(OpenSale sale, BasketNotFoundException e) {
        int unsent = sale.pending().size();
        sale.endElsewhere("was paid as " + e.paidAs() + " at another terminal");
        sales.ended(sale);
        messages.news(Notice.problem("Sale " + sale.name() + " was paid as " + e.paidAs() + " at another terminal"
                + (unsent == 0 ? "" : "; " + unsent + (unsent == 1 ? " scan" : " scans") + " made here after that "
                + "were not added") + ". The journal (F10) has its receipt"));
        changed.run();
    }
}
