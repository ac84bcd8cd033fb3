package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.Sale;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.ServerLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The point of sale's sales: the current one, the parked ones and what the clerk does to them.
 * Scans go through a {@link ScanSender}, payments through {@link PaymentDesk}, calls through a
 * {@link ServerLink}, messages through {@link ClerkMessages}. No Swing in here, so it is tested
 * without a display.
 *
 * <p>Threading: every method is called on the UI thread (the EDT in the application) and returns
 * at once; outcomes of remote calls come back on it through the {@code ui} executor, after which
 * the {@link Listener}s are told.
 */
public final class Till {

    /** Told, on the UI thread, after anything the screen shows has changed. */
    public interface Listener {
        void salesChanged();
    }

    private final ServerLink link;
    private final ScanSender sender;
    private final BasketCalls calls;
    private final PaymentDesk payments;
    private final CompletedSales records;
    private final ParkedSalesMemory memory;
    private final ClerkMessages messages;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScanMessages scanMessages;
    private final List<OpenSale> parked = new ArrayList<>();
    private Catalog catalog;
    private OpenSale current;
    private int nextSaleNumber = 1;
    private boolean everConnected;
    private boolean pollInFlight;

    /** The application's model: default timings, parked sales remembered in the user's preferences. */
    public Till(Connector connector, Executor ui) {
        this(connector, ui, ServerLink.Timings.DEFAULT, ParkedSalesMemory.forUser(connector.address()));
    }

    /** @param ui runs the outcome of remote calls on the UI thread: {@code SwingUtilities::invokeLater} */
    public Till(Connector connector, Executor ui, ServerLink.Timings timings, ParkedSalesMemory memory) {
        this.link = new ServerLink(connector, ui, timings, new ServerLink.Listener() {
            @Override
            public void connected(Catalog newCatalog) {
                Till.this.connected(newCatalog);
            }

            @Override
            public void stillThere() {
                parked.forEach(Till.this::verify);   // a restart may have taken their baskets
            }

            @Override
            public void changed() {
                Till.this.changed();
            }
        });
        this.memory = Objects.requireNonNull(memory, "memory");
        this.messages = new ClerkMessages(Notice.info("Connecting to the checkout server at " + connector.address() + "…"));
        this.scanMessages = new ScanMessages(messages, connector.address(), this::lost);
        this.sender = new ScanSender(link, scanMessages);
        this.calls = new BasketCalls(link, messages, this::lost);
        this.payments = new PaymentDesk(link, messages, this::ended, this::changed, this::lost);
        this.records = new CompletedSales(link);
        this.current = newSale(null);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    // ---------------------------------------------------------------- what the screen shows

    public String address() {
        return link.address();
    }

    /** The server the till works with now: after a failover, the one it moved to. */
    public String server() {
        return link.server();
    }

    public ServerLink.State connection() {
        return link.state();
    }

    /** Seconds the oldest outstanding call has waited, once that is long enough to mention; else 0. */
    public long waitingSeconds() {
        return link.waitingSeconds();
    }

    /** The products on sale, or null while never connected. */
    public Catalog catalog() {
        return catalog;
    }

    public OpenSale current() {
        return current;
    }

    public List<OpenSale> parked() {
        return List.copyOf(parked);
    }

    /** True while a call the clerk asked for is in flight (polls do not count). */
    public boolean isBusy() {
        return link.isBusy();
    }

    public Notice notice() {
        return messages.current();
    }

    /** Scans not confirmed by the server, in every sale. */
    public int pendingScans() {
        return parked.stream().mapToInt(sale -> sale.pending().size()).sum() + current.pending().size();
    }

    /** The completed sales on the server: journal, day report, receipts. */
    public CompletedSales records() {
        return records;
    }

    /** The sale completed last in this window, for its receipt; null before the first. */
    public Sale lastSale() {
        return payments.last();
    }

    /** The sale just completed, whose number and change stay on screen until the next scan; else null. */
    public Sale justCompleted() {
        return payments.justCompleted();
    }

    /** Payments confirmed by the clerk that the server has not answered, in every sale. */
    public int pendingPayments() {
        return (int) parked.stream().filter(OpenSale::isPaying).count() + (current.isPaying() ? 1 : 0);
    }

    /** Sales a quit would leave behind: the current one if it has items, and the parked ones. */
    public int openSales() {
        return parked.size() + (current.isEmpty() ? 0 : 1);
    }

    // ---------------------------------------------------------------- what the clerk does

    /** Connects and loads the catalog; the window is usable (and says so) whether or not it works. */
    public void start() {
        link.start();
    }

    /** F5: re-creates the current sale when the server lost it; otherwise asks the server now. */
    public void retry() {
        if (current.isLost()) {
            String name = current.name();
            int units = current.recreate();
            messages.say(Notice.info("Re-creating sale " + name + " on the server with its "
                    + units + (units == 1 ? " item…" : " items…")));
            sender.send(current);
        } else {
            messages.say(Notice.info("Asking the checkout server at " + address() + "…"));
            link.probeNow();
        }
        changed();
    }

    /**
     * Checks what the scan field holds ({@code PEN}, {@code 3*PEN}) against the catalog.
     *
     * @return the scan, or empty when it is none (the notice says why)
     */
    public Optional<ScanInput> check(String text) {
        try {
            return Optional.of(ScanInput.parse(text, catalog));
        } catch (ScanInput.InvalidScanException e) {
            showProblem(e.getMessage());
            return Optional.empty();
        }
    }

    /** Adds a scan without questions; true when it was one. */
    public boolean scan(String text) {
        Optional<ScanInput> input = check(text);
        input.ifPresent(scan -> add(scan.code(), scan.quantity()));
        return input.isPresent();
    }

    /** The question to ask before a scan that makes a line large, or empty when none is due. */
    public Optional<String> largeLineQuestion(ScanInput input) {
        return LargeLines.question(current, input, catalog);
    }

    /** The clerk said yes to a large line: add it, and ask no more about that product in this sale. */
    public void addLargeLine(String code, int quantity) {
        current.acceptLargeLine(code);
        add(code, quantity);
    }

    /** Shows a problem the screen found before anything was sent, e.g. a quantity out of range. */
    public void showProblem(String message) {
        messages.say(Notice.error(message));
        changed();
    }

    /** Why the current sale cannot be paid now (empty, scans not confirmed…), or empty when it can. */
    public Optional<String> paymentRefusal() {
        return payments.refusal(current);
    }

    /**
     * Completes the sale with the payments of a settled draft; {@code watcher} hears what became of
     * them. The sale must be the current one still (the dialog was opened for it).
     */
    public void pay(OpenSale sale, PaymentDraft draft, PaymentSender.Outcome watcher) {
        if (sale != current) {
            watcher.refused(sale, "Sale " + sale.name() + " is not the current sale any more: nothing was charged");
            return;
        }
        payments.pay(sale, draft, watcher);
    }

    /** Shows news the screen has for the clerk, e.g. where a receipt was saved. */
    public void showInfo(String message) {
        messages.say(Notice.info(message));
        changed();
    }

    /** Adds {@code quantity} units to the current sale: pending at once, sent when the server answers. */
    public void add(String code, int quantity) {
        if (refusedWhilePaying("press F2 to start the next customer's sale")) {
            return;
        }
        payments.scanned();
        ClerkMessages.Ticket ticket = messages.action();
        PendingScan scan = current.scanned(code, quantity);
        scanMessages.scanned(scan, ticket);
        if (link.state() != ServerLink.State.CONNECTED) {
            messages.answer(ticket, Notice.info("Kept " + quantity + " × " + nameOf(code, null)
                    + ": it is sent as soon as the server answers"));
        } else if (current.isLost()) {
            messages.answer(ticket, Notice.error("Sale " + current.name() + " is not on the server: "
                    + "press F5 to re-create it, this scan included"));
        }
        sender.send(current);
        changed();
    }

    /** Takes back a scan the server has not got yet. */
    public void dropPending(OperationId operation) {
        messages.say(current.pending().drop(operation) ? Notice.info("Scan taken back before it reached the server")
                : Notice.error("That scan is being sent now: void it once the server confirms it"));
        changed();
    }

    /** Takes one unit of a product out of the current sale (a void). */
    public void voidOne(String code) {
        OpenSale sale = current;
        if (refusedWhilePaying("nothing can be voided now")) {
            return;
        }
        if (code == null || sale.unitsOf(code) == 0) {
            showProblem("Nothing to void: select a line of the receipt first");
            return;
        }
        if (sale.isLost() || sale.basket() == null) {
            showProblem("Sale " + sale.name() + " is not on the server: press F5 to re-create it first");
            return;
        }
        calls.voidOne(sale, code, nameOf(code, sale.receipt()), messages.action());
        changed();
    }

    /** Voids one unit of the product last scanned in this sale, taking back a pending scan first. */
    public void voidLastScanned() {
        String code = current.lastScanned();
        if (code == null) {
            showProblem("Nothing scanned in this sale yet");
            return;
        }
        Optional<PendingScan> pending = current.pending().lastOf(code);
        if (pending.isPresent() && pending.get().state() != PendingScan.State.SENDING) {
            dropPending(pending.get().operation());
        } else {
            voidOne(code);
        }
    }

    /** F2: starts the next customer's sale; a sale with items is parked, not thrown away. */
    public void newSale() {
        if (!current.isEmpty()) {
            park();
            return;
        }
        current = newSale(null);
        messages.say(Notice.info("New sale " + current.name() + ": scan the first item"));
        changed();
    }

    /** Sets the current sale aside, to be resumed later, and starts a new one. */
    public void park() {
        if (current.isEmpty()) {
            showProblem("Nothing to park: this sale is empty");
            return;
        }
        OpenSale sale = current;
        parked.add(sale);
        current = newSale(null);
        messages.say(Notice.info("Parked sale " + sale.name() + (sale.taken() == null ? "" : " with the "
                + sale.taken().paid() + " taken, kept with it") + " (F4 resumes it). New sale " + current.name()));
        changed();
    }

    /** Resumes the parked sale waiting longest. */
    public void resumeOldest() {
        if (parked.isEmpty()) {
            showProblem("No parked sales to resume");
            return;
        }
        resume(parked.get(0));
    }

    /** Makes a parked sale current again, parking the current one if it has items. */
    public void resume(OpenSale sale) {
        if (!parked.remove(sale)) {
            return;
        }
        if (!current.isEmpty()) {
            parked.add(current);
        }
        current = sale;
        messages.say(Notice.info("Resumed sale " + sale.name()
                + (sale.isLost() ? ": it is not on the server; press F5 to re-create it" : "")));
        verify(sale);
        sender.send(sale);
        changed();
    }

    /** Cancels the current sale: its basket is removed from the server. The caller confirms first. */
    public void cancel() {
        OpenSale sale = current;
        if (refusedWhilePaying("it cannot be cancelled now")) {
            return;
        }
        sender.close(sale);
        current = newSale(null);
        ClerkMessages.Ticket ticket = messages.action();
        PaymentDraft taken = sale.taken();
        sale.keepTaken(null);
        messages.answer(ticket, taken == null ? Notice.info("Sale " + sale.name() + " cancelled. New sale " + current.name())
                : Notice.error("Sale " + sale.name() + " cancelled: " + taken.toGiveBack() + ". New sale " + current.name()));
        if (sale.basket() != null && !sale.isLost()) {
            calls.remove(sale, ticket);
        }
        changed();
    }

    /**
     * F6: shows an open basket, as a second terminal or a customer display would, named by its short
     * code as another till shows it ({@code 0XV-0KJ}; the server finds the one open basket whose id
     * ends so) or by its full id.
     */
    public void open(String typed) {
        BasketReference reference;
        try {
            reference = BasketReference.parse(typed);
        } catch (IllegalArgumentException e) {
            showProblem(e.getMessage());
            return;
        }
        if (reference.id() != null) {
            open(reference.id());
            return;
        }
        ClerkMessages.Ticket ticket = messages.action();
        messages.answer(ticket, Notice.info("Looking for the open basket " + reference.code() + "…"));
        calls.find(reference.code(), ticket, this::open);
        changed();
    }

    private void open(BasketId basket) {
        if (basket.equals(current.basket())) {
            showInfo("Sale " + current.name() + " is the one on screen");
            return;
        }
        for (OpenSale sale : List.copyOf(parked)) {
            if (basket.equals(sale.basket())) {
                resume(sale);
                return;
            }
        }
        if (!current.isEmpty()) {
            parked.add(current);
        }
        OpenSale sale = newSale(basket);
        current = sale;
        ClerkMessages.Ticket ticket = messages.action();
        messages.answer(ticket, Notice.info("Opening basket " + basket + "…"));
        calls.open(sale, ticket);
        changed();
    }

    /**
     * Called a few times a second: keeps the connection state true and re-reads the current sale so
     * that changes made elsewhere show up (not while calls are in flight or scans pending).
     */
    public void tick() {
        link.tick();
        OpenSale sale = current;
        if (pollInFlight || link.isBusy() || link.state() != ServerLink.State.CONNECTED || sale.basket() == null
                || sale.isLost() || !sale.pending().isEmpty() || sale.isPaying()) {
            return;
        }
        pollInFlight = true;
        calls.verify(sale, () -> pollInFlight = false);
    }

    /** Before quitting: the current sale, if it has a basket, joins the parked ones remembered for next time. */
    public void keepForNextSession() {
        if (!current.isEmpty() && current.basket() != null && !current.isLost()) {
            parked.add(current);
            current = newSale(null);
        }
        changed();
    }

    /** Stops the background threads; calls in flight are abandoned. */
    public void close() {
        link.close();
    }

    // ---------------------------------------------------------------- outcomes, on the UI thread

    private void connected(Catalog newCatalog) {
        catalog = newCatalog;
        if (!everConnected) {
            everConnected = true;
            messages.news(Notice.info("Connected to the checkout server at " + address() + ". Ready to scan."));
            recallParked();
        } else {
            int held = pendingScans();
            messages.news(Notice.info("The checkout server at " + address() + " answers again"
                    + (held > 0 ? ": sending the " + held + " scans kept meanwhile" : "")));
            verify(current);
            parked.forEach(this::verify);
        }
        sender.send(current);
        List.copyOf(parked).forEach(sender::send);
        payments.resend(current);
        List.copyOf(parked).forEach(payments::resend);
    }

    /** Re-reads a sale's basket, unless it is being paid (a paid basket is closed on the server). */
    private void verify(OpenSale sale) {
        if (!sale.isPaying()) {
            calls.verify(sale, () -> { });
        }
    }

    private void recallParked() {
        for (BasketId basket : memory.recall()) {
            OpenSale sale = newSale(basket);
            parked.add(sale);
            verify(sale);
        }
    }

    /** The server has no basket for this sale: say so; a parked sale that never had lines here leaves the list. */
    private void lost(OpenSale sale, BasketNotFoundException e) {
        if (e.reason() == BasketNotFoundException.Reason.PAID) {
            paidElsewhere(sale, e);
            return;
        }
        String why = e.reason() == BasketNotFoundException.Reason.EXPIRED
                ? "expired on the server after being left unused" : "is not on the server any more";
        if (sale == current) {
            messages.news(Notice.error("Sale " + sale.name() + " " + why + ": press F5 to re-create it with its items"));
        } else if (sale.receipt() == null && sale.pending().isEmpty()) {
            parked.remove(sale);
            messages.news(Notice.info("A parked sale of the last session " + why + "; it left the list"));
        } else {
            messages.news(Notice.error("Parked sale " + sale.name() + " " + why + ": resume it (F4), then F5 re-creates it"));
        }
    }

    /** The sale's basket was paid, at another terminal: it is over, and is never re-created (that would sell it twice). */
    private void paidElsewhere(OpenSale sale, BasketNotFoundException e) {
        int unsent = sale.pending().size();
        sale.endElsewhere("was paid as " + e.paidAs() + " at another terminal");
        ended(sale);
        messages.news(Notice.error("Sale " + sale.name() + " was paid as " + e.paidAs() + " at another terminal"
                + (unsent == 0 ? "" : "; " + unsent + (unsent == 1 ? " scan" : " scans") + " made here after that "
                + "were not added") + ". The journal (F10) has its receipt"));
        changed();
    }

    /** True, after saying so, when the current sale is being paid: its lines cannot change now. */
    private boolean refusedWhilePaying(String why) {
        if (current.isPaying()) {
            showProblem("Sale " + current.name() + " is being paid: " + why);
        }
        return current.isPaying();
    }

    /** The server completed the sale: the next one starts, or a parked one leaves the list. */
    private void ended(OpenSale sale) {
        if (sale == current) {
            current = newSale(null);
        } else {
            parked.remove(sale);
        }
    }

    private void changed() {
        if (everConnected) {   // not before the remembered list was read back
            memory.rememberParked(parked);
        }
        for (Listener listener : listeners) {
            listener.salesChanged();
        }
    }

    private OpenSale newSale(BasketId basket) {
        return new OpenSale(nextSaleNumber++, basket);
    }

    private String nameOf(String code, Receipt receipt) {
        if (receipt != null) {
            for (Receipt.Line line : receipt.lines()) {
                if (line.code().equals(code)) {
                    return line.name();
                }
            }
        }
        return catalog == null ? code : catalog.product(code).map(Product::name).orElse(code);
    }
}
