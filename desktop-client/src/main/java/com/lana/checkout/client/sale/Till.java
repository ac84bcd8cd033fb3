package com.lana.checkout.client.sale;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Sale;
import com.lana.checkout.client.link.Connector;
import com.lana.checkout.client.link.ServerLink;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The till: its sales (the current one and the parked ones, {@link TillSales}) and what the clerk
 * does to them. Scans go through a {@link ScanSender}, payments through the {@link PaymentDesk},
 * switching sales through the {@link SaleSwitcher}, other calls through {@link BasketCalls};
 * {@link ServerSync} keeps it all in step with the server. It knows the few products of
 * {@link KnownProducts}, never the whole catalog; searches go through a {@link ProductFinder}. No
 * Swing in here, so it is tested without a display.
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
    private final ClerkMessages messages;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScanMessages scanMessages;
    private final TillSales sales;
    private final KnownProducts known = new KnownProducts();
    private final ServerSync sync;
    private final SaleSwitcher switcher;

    /** The application's model: default timings, parked sales remembered in the user's preferences. */
    public Till(Connector connector, Executor ui) {
        this(connector, ui, ServerLink.Timings.DEFAULT, ParkedSalesMemory.forUser(connector.address()));
    }

    /** @param ui runs the outcome of remote calls on the UI thread: {@code SwingUtilities::invokeLater} */
    public Till(Connector connector, Executor ui, ServerLink.Timings timings, ParkedSalesMemory memory) {
        this.sales = new TillSales(memory, known);
        this.messages = new ClerkMessages(Notice.info("Connecting to the checkout server at " + connector.address() + "…"));
        this.sync = new ServerSync(sales, known, messages, this::changed);
        this.link = new ServerLink(connector, ui, timings, sync);
        this.scanMessages = new ScanMessages(messages, known, connector.address(), sync::lost);
        this.sender = new ScanSender(link, scanMessages);
        this.calls = new BasketCalls(link, messages, sync::lost);
        this.payments = new PaymentDesk(link, messages, sales::ended, this::changed, sync::lost);
        this.records = new CompletedSales(link);
        sync.use(link, sender, calls, payments, records.refunds());
        this.switcher = new SaleSwitcher(sales, messages, sender, calls, sync, this::changed);
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

    /** The connection all the till's calls go through: a clerk's sign-in sets their session on it. */
    public ServerLink link() {
        return link;
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

    /** The favourites the server sent (its buttons) with every promoted product, or null while never connected. */
    public Catalog favourites() {
        return known.favourites();
    }

    /** What a scan of {@code code} (a code, a barcode, a label) adds, if the till knows it without asking. */
    Optional<KnownProduct> known(String code) {
        return known.get(code);
    }

    /** The clerk's latest scan when the server refused it and nothing was done since, to be corrected; else null. */
    PendingScan toCorrect() {
        return scanMessages.toCorrect();
    }

    /** A product search, whose {@link ProductFinder.Results} {@code shown} hears on the UI thread. */
    public ProductFinder finder(Consumer<ProductFinder.Results> shown) {
        return new ProductFinder(link, known, shown);
    }

    public OpenSale current() {
        return sales.current();
    }

    public List<OpenSale> parked() {
        return sales.parked();
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
        return sales.pendingScans();
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
        return sales.pendingPayments();
    }

    /** Sales a quit would leave behind: the current one if it has items, and the parked ones. */
    public int openSales() {
        return sales.open();
    }

    // ---------------------------------------------------------------- what the clerk does

    /** Connects and loads the favourites; the window is usable (and says so) whether or not it works. */
    public void start() {
        link.start();
    }

    /** F5: re-creates the current sale when the server lost it; otherwise asks the server now. */
    public void retry() {
        if (current().isLost()) {
            String name = current().name();
            int units = current().recreate();
            messages.say(Notice.info("Re-creating sale " + name + " on the server with its "
                    + units + (units == 1 ? " item…" : " items…")));
            sender.send(current());
        } else {
            messages.say(Notice.info("Asking the checkout server at " + address() + "…"));
            link.probeNow();
        }
        changed();
    }

    /**
     * Checks what the scan field holds ({@code PEN}, {@code 3*PEN}, a barcode): its form and a
     * barcode's check digit. Whether such a product exists is the server's to say.
     *
     * @return the scan, or empty when it is none (the notice says why)
     */
    public Optional<ScanInput> check(String text) {
        try {
            return Optional.of(ScanInput.parse(text));
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
        return LargeLines.question(current(), input, known);
    }

    /** The clerk said yes to a large line: add it, and ask no more about that product in this sale. */
    public void addLargeLine(String code, int quantity) {
        current().acceptLargeLine(code);
        add(code, quantity);
    }

    /** Shows a problem the screen found before anything was sent, e.g. a quantity out of range. */
    public void showProblem(String message) {
        show(Notice.problem(message));
    }

    /** Shows a notice the screen has for the clerk, e.g. where a receipt was saved. */
    public void show(Notice notice) {
        messages.say(notice);
        changed();
    }

    /** Why the current sale cannot be paid now (empty, scans not confirmed…), or empty when it can. */
    public Optional<String> paymentRefusal() {
        return payments.refusal(current());
    }

    /**
     * Completes the sale with the payments of a settled draft; {@code watcher} hears what became of
     * them. The sale must be the current one still (the dialog was opened for it).
     */
    public void pay(OpenSale sale, PaymentDraft draft, PaymentSender.Outcome watcher) {
        if (sale != current()) {
            watcher.refused(sale, "Sale " + sale.name() + " is not the current sale any more: nothing was charged");
            return;
        }
        payments.pay(sale, draft, watcher);
    }

    /** Adds {@code quantity} units to the current sale: pending at once, sent when the server answers. */
    public void add(String code, int quantity) {
        if (refusedWhilePaying("press F2 to start the next customer's sale")) {
            return;
        }
        payments.scanned();
        ClerkMessages.Ticket ticket = messages.action();
        PendingScan scan = current().scanned(code, quantity);
        scanMessages.scanned(scan, ticket);
        if (link.state() != ServerLink.State.CONNECTED) {
            messages.answer(ticket, Notice.info("Kept " + quantity + " × " + known.nameOf(code, null)
                    + ": it is sent as soon as the server answers"));
        } else if (current().isLost()) {
            messages.answer(ticket, Notice.problem("Sale " + current().name() + " is not on the server: "
                    + "press F5 to re-create it, this scan included"));
        }
        sender.send(current());
        changed();
    }

    /** Takes back a scan the server has not got yet. */
    public void dropPending(OperationId operation) {
        messages.say(current().pending().drop(operation) ? Notice.info("Scan taken back before it reached the server")
                : Notice.problem("That scan is being sent now: void it once the server confirms it"));
        changed();
    }

    /** Takes one unit of a product out of the current sale (a void). */
    public void voidOne(String code) {
        OpenSale sale = current();
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
        calls.voidOne(sale, code, known.nameOf(code, sale.receipt()), messages.action());
        changed();
    }

    /** Voids one unit of the product last scanned in this sale, taking back a pending scan first. */
    public void voidLastScanned() {
        String code = current().lastScanned();
        if (code == null) {
            showProblem("Nothing scanned in this sale yet");
            return;
        }
        Optional<PendingScan> pending = current().pending().lastOf(code);
        if (pending.isPresent() && pending.get().state() != PendingScan.State.SENDING) {
            dropPending(pending.get().operation());
        } else {
            voidOne(code);
        }
    }

    /** F2: starts the next customer's sale; a sale with items is parked, not thrown away. */
    public void newSale() {
        switcher.newSale();
    }

    /** Sets the current sale aside, to be resumed later, and starts a new one. */
    public void park() {
        switcher.park();
    }

    /** Resumes the parked sale waiting longest. */
    public void resumeOldest() {
        switcher.resumeOldest();
    }

    /** Makes a parked sale current again, parking the current one if it has items. */
    public void resume(OpenSale sale) {
        switcher.resume(sale);
    }

    /** Resumes the parked sale the screen showed as {@code shown}; nothing when it is parked no more. */
    public void resume(SaleView shown) {
        parked().stream().filter(sale -> sale.isShownBy(shown)).findFirst().ifPresent(this::resume);
    }

    /** Cancels the current sale: its basket is removed from the server. The caller confirms first. */
    public void cancel() {
        OpenSale sale = current();
        if (refusedWhilePaying("it cannot be cancelled now")) {
            return;
        }
        sender.close(sale);
        sales.startNew();
        ClerkMessages.Ticket ticket = messages.action();
        PaymentDraft taken = sale.taken();
        sale.keepTaken(null);
        messages.answer(ticket, taken == null ? Notice.info("Sale " + sale.name() + " cancelled. New sale " + current().name())
                : Notice.warning("Sale " + sale.name() + " cancelled: " + taken.toGiveBack() + ". New sale " + current().name()));
        if (sale.basket() != null && !sale.isLost()) {
            calls.remove(sale, ticket, () -> switcher.restore(sale));
        }
        changed();
    }

    /** F6: shows an open basket, named by the short code another till shows for it or by its full id. */
    public void open(String typed) {
        switcher.open(typed);
    }

    /**
     * Called a few times a second: keeps the connection state true and re-reads the current sale so
     * that changes made elsewhere show up (not while calls are in flight or scans pending).
     */
    public void tick() {
        sync.tick();
    }

    /** Before quitting: the current sale, if it has a basket, joins the parked ones remembered for next time. */
    public void keepForNextSession() {
        if (!current().isEmpty() && current().basket() != null && !current().isLost()) {
            sales.parkCurrent();
        }
        changed();
    }

    /** Stops the background threads; calls in flight are abandoned. */
    public void close() {
        link.close();
    }

    // ---------------------------------------------------------------- outcomes, on the UI thread

    /** True, after saying so, when the current sale is being paid: its lines cannot change now. */
    private boolean refusedWhilePaying(String why) {
        if (current().isPaying()) {
            showProblem("Sale " + current().name() + " is being paid: " + why);
        }
        return current().isPaying();
    }

    private void changed() {
        sales.remember();
        for (Listener listener : listeners) {
            listener.salesChanged();
        }
    }
}
