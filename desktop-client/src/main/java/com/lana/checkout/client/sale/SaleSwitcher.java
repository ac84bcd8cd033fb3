package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which sale is on screen: the next customer's, a parked one resumed, or one opened by its basket
 * (a second terminal, a customer display). The sale set aside is parked, never thrown away. Use on
 * the UI thread.
 */
final class SaleSwitcher {

    private final TillSales sales;
    private final ClerkMessages messages;
    private final ScanSender sender;
    private final BasketCalls calls;
    private final ServerSync sync;
    private final Runnable changed;

    /** @param changed runs after anything the screen shows has changed */
    SaleSwitcher(TillSales sales, ClerkMessages messages, ScanSender sender, BasketCalls calls, ServerSync sync,
                 Runnable changed) {
        this.sales = Objects.requireNonNull(sales, "sales");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.calls = Objects.requireNonNull(calls, "calls");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.changed = Objects.requireNonNull(changed, "changed");
    }

    /** F2: starts the next customer's sale; a sale with items is parked, not thrown away. */
    void newSale() {
        if (!sales.current().isEmpty()) {
            park();
            return;
        }
        sales.startNew();
        messages.say(Notice.info("New sale " + sales.current().name() + ": scan the first item"));
        changed.run();
    }

    /** Sets the current sale aside, to be resumed later, and starts a new one. */
    void park() {
        if (sales.current().isEmpty()) {
            problem("Nothing to park: this sale is empty");
            return;
        }
        OpenSale sale = sales.current();
        sales.parkCurrent();
        messages.say(Notice.info("Parked sale " + sale.name() + (sale.taken() == null ? "" : " with the "
                + sale.taken().paid() + " taken, kept with it") + " (F4 resumes it). New sale " + sales.current().name()));
        changed.run();
    }

    /** Resumes the parked sale waiting longest. */
    void resumeOldest() {
        List<OpenSale> parked = sales.parked();
        if (parked.isEmpty()) {
            problem("No parked sales to resume");
            return;
        }
        resume(parked.get(0));
    }

    /** Makes a parked sale current again, parking the current one if it has items. */
    void resume(OpenSale sale) {
        if (!sales.isParked(sale)) {
            return;
        }
        sales.makeCurrent(sale);
        messages.say(Notice.info("Resumed sale " + sale.name()
                + (sale.isLost() ? ": it is not on the server; press F5 to re-create it" : "")));
        sync.verify(sale);
        sender.send(sale);
        changed.run();
    }

    /** A sale cancelled here whose basket the server kept (the cancel was refused) is current again. */
    void restore(OpenSale sale) {
        sales.makeCurrent(sale);
        sync.verify(sale);
        changed.run();
    }

    /**
     * F6: shows an open basket, as a second terminal or a customer display would, named by its short
     * code as another till shows it ({@code 0XV-0KJ}; the server finds the one open basket whose id
     * ends so) or by its full id.
     */
    void open(String typed) {
        BasketReference reference;
        try {
            reference = BasketReference.parse(typed);
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return;
        }
        if (reference.id() != null) {
            open(reference.id());
            return;
        }
        ClerkMessages.Ticket ticket = messages.action();
        messages.answer(ticket, Notice.info("Looking for the open basket " + reference.code() + "…"));
        calls.find(reference.code(), ticket, this::open);
        changed.run();
    }

    private void open(BasketId basket) {
        if (basket.equals(sales.current().basket())) {
            info("Sale " + sales.current().name() + " is the one on screen");
            return;
        }
        Optional<OpenSale> parked = sales.parkedWith(basket);
        if (parked.isPresent()) {
            resume(parked.get());
            return;
        }
        OpenSale sale = sales.open(basket);
        ClerkMessages.Ticket ticket = messages.action();
        messages.answer(ticket, Notice.info("Opening basket " + basket + "…"));
        calls.open(sale, ticket);
        changed.run();
    }

    private void problem(String message) {
        messages.say(Notice.problem(message));
        changed.run();
    }

    private void info(String message) {
        messages.say(Notice.info(message));
        changed.run();
    }
}
