package com.lana.checkout.client.sale;

import com.lana.checkout.api.Money;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.client.link.ServerLink;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Paying sales: checks a sale can be paid, hands the clerk's payments to a {@link PaymentSender},
 * tells the clerk what became of them, and remembers the sale completed last (its number and
 * change stay on screen until the next scan). Use on the UI thread.
 */
final class PaymentDesk {

    private final PaymentSender sender;
    private final ClerkMessages messages;
    private final Consumer<OpenSale> ended;
    private final Runnable changed;
    private final BasketCalls.LostSales lostSales;
    private Sale last;
    /** Told what becomes of payments besides the clerk's notices: the flow of the payment dialog opened last. */
    private PaymentSender.Outcome watcher;
    private boolean lastShown;

    /**
     * @param ended takes a sale the server completed, to start the next one or drop it from the parked ones
     * @param changed runs after anything the screen shows has changed
     * @param lostSales told when completing finds no open basket: the sale was paid or removed elsewhere
     */
    PaymentDesk(ServerLink link, ClerkMessages messages, Consumer<OpenSale> ended, Runnable changed,
                 BasketCalls.LostSales lostSales) {
        this.sender = new PaymentSender(link);
        sender.listen(new Told());
        this.messages = Objects.requireNonNull(messages, "messages");
        this.ended = Objects.requireNonNull(ended, "ended");
        this.changed = Objects.requireNonNull(changed, "changed");
        this.lostSales = Objects.requireNonNull(lostSales, "lostSales");
    }

    /** Why the sale cannot be paid now (empty, scans not confirmed…), or empty when it can. */
    Optional<String> refusal(OpenSale sale) {
        return Optional.ofNullable(why(sale));
    }

    /**
     * Completes the sale with the payments of a settled draft, sent with one operation id made now.
     * What becomes of them shows as notices and is also told to {@code watcher} (the payment dialog).
     */
    void pay(OpenSale sale, PaymentDraft draft, PaymentSender.Outcome watcher) {
        String refusal = why(sale);
        if (refusal != null) {
            watcher.refused(sale, refusal);
        } else if (!draft.total().equals(sale.receipt().total())) {
            watcher.totalChanged(sale, draft.total(), sale.receipt());
        } else {
            if (watcher != this.watcher) {   // the payment dialog open now hears, after the clerk's notices
                sender.stopListening(this.watcher);
                sender.listen(watcher);
                this.watcher = watcher;
            }
            sale.paying(PendingPayment.of(draft, sale.turnedDown()));
            messages.say(Notice.info("Completing sale " + sale.name() + "…"));
            sender.send(sale);
            if (sale.isPaying() && sale.payment().state() == PendingPayment.State.HELD) {
                String message = "The server does not answer: the payment is kept and sent, with one id, once it answers";
                messages.say(Notice.warning("Sale " + sale.name() + ": " + message));
                watcher.held(sale, message);
            }
        }
        changed.run();
    }

    /** Sends the sale's payment again if it is held: the server answers again. */
    void resend(OpenSale sale) {
        sender.send(sale);
    }

    /** The sale completed last at this till, for its receipt; null before the first. */
    Sale last() {
        return last;
    }

    /** The sale just completed, whose number and change stay on screen until the next scan; else null. */
    Sale justCompleted() {
        return lastShown ? last : null;
    }

    /** The next customer's first scan: the completed sale leaves the screen. */
    void scanned() {
        lastShown = false;
    }

    /**
     * Why the sale cannot be paid now, or null when it can: it must have confirmed lines only, so
     * the total the customer is shown is the server's.
     */
    private static String why(OpenSale sale) {
        if (sale.isPaying()) {
            return "Sale " + sale.name() + " is being paid already: it completes when the server answers";
        }
        if (sale.isLost()) {
            return "Sale " + sale.name() + " is not on the server: press F5 to re-create it, then pay";
        }
        if (sale.isEmpty()) {
            return "Nothing to pay: scan the first item";
        }
        int pending = sale.pending().size();
        if (pending > 0 || sale.basket() == null || sale.receipt() == null) {
            return "Not yet: " + pending + (pending == 1 ? " scan is" : " scans are")
                    + " not confirmed by the server, so the total may still change. Pay once the server confirms them";
        }
        if (sale.receipt().isEmpty() || sale.receipt().total().isZero()) {
            return "Nothing to pay: the total is " + sale.receipt().total();
        }
        return null;
    }

    /** The clerk hears what became of payments: the sale ends, or why not. */
    private final class Told implements PaymentSender.Outcome {
        @Override
        public void completed(OpenSale sale, Sale recorded) {
            last = recorded;
            lastShown = true;
            ended.accept(sale);
            messages.say(Notice.info("Sale " + recorded.number() + " · change " + recorded.change()
                    + " · Ctrl+P saves its receipt. Scan the next customer's first item"));
            changed.run();
        }

        @Override
        public void totalChanged(OpenSale sale, Money expected, Receipt current) {
            messages.say(Notice.problem("Sale " + sale.name() + " not completed: the total changed from " + expected
                    + " to " + current.total()));
            changed.run();
        }

        @Override
        public void refused(OpenSale sale, String message) {
            messages.say(Notice.problem("Sale " + sale.name() + " not completed: " + message));
            changed.run();
        }

        @Override
        public void gone(OpenSale sale, com.lana.checkout.api.BasketNotFoundException e) {
            sale.markLost();
            lostSales.lost(sale, e);
        }

        @Override
        public void held(OpenSale sale, String message) {
            messages.news(Notice.warning("Sale " + sale.name() + ": " + message));
            changed.run();
        }
    }
}
