package com.lana.checkout.client;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.BasketNotFoundException;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Product;
import com.lana.checkout.api.Receipt;
import com.lana.checkout.api.UnknownProductException;

import java.rmi.NoSuchObjectException;
import java.rmi.RemoteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The point of sale's state and the only code that talks to the server: the current sale, the
 * parked ones, the catalog and the connection. No Swing in here, so it is tested without a display.
 *
 * <p>Threading: every public method is called on the UI thread (the EDT in the application) and
 * returns at once. Remote calls run one at a time, in the order asked, on a single background
 * thread; their outcome is handed back to the UI thread through the {@code ui} executor, which then
 * tells the {@link Listener}s. State fields are touched on the UI thread only, except
 * {@link Sale#basket} and {@link #service}, which the call thread sets.
 */
final class SalesModel {

    private static final Logger LOG = Logger.getLogger(SalesModel.class.getName());

    static final String RETRY_HINT = "press F5 to retry";
    static final String NEW_SALE_HINT = "press F2 for a new sale";

    enum Connection { CONNECTING, CONNECTED, UNREACHABLE }

    /** A short message for the clerk, shown inline under the scan field. */
    record Notice(boolean error, String text) {
        static Notice info(String text) {
            return new Notice(false, text);
        }

        static Notice error(String text) {
            return new Notice(true, text);
        }
    }

    /** Told, on the UI thread, after anything the screen shows has changed. */
    interface Listener {
        void salesChanged();
    }

    /** One customer's sale as this window knows it. */
    static final class Sale {
        private final int number;
        /** Created on the server with the first scan; set by the call thread, or by open(). */
        private volatile BasketId basket;
        private Receipt receipt;
        private String lastScanned;

        private Sale(int number, BasketId basket) {
            this.number = number;
            this.basket = basket;
        }

        int number() {
            return number;
        }

        BasketId basket() {
            return basket;
        }

        /** The latest receipt seen, or null before the first one arrives. */
        Receipt receipt() {
            return receipt;
        }

        /** Canonical code of the product last added in this window, or null. */
        String lastScanned() {
            return lastScanned;
        }

        boolean isEmpty() {
            return receipt == null || receipt.isEmpty();
        }

        /** How the parked-sales list shows it: {@code Sale 2 · 4 items · 32.50€}. */
        @Override
        public String toString() {
            if (receipt == null) {
                return "Sale " + number;
            }
            long units = receipt.units();
            return "Sale " + number + " · " + units + (units == 1 ? " item · " : " items · ") + receipt.total();
        }
    }

    /** A remote call; runs on the call thread. */
    @FunctionalInterface
    interface RemoteCall<T> {
        T call(CheckoutService service) throws RemoteException, CheckoutException;
    }

    private final Connector connector;
    private final Executor ui;
    private final ExecutorService calls;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** The stub in use; null until connected and after the server stopped answering. Call thread. */
    private volatile CheckoutService service;

    // UI-thread state
    private Connection connection = Connection.CONNECTING;
    private Catalog catalog;
    private Sale current;
    private final List<Sale> parked = new ArrayList<>();
    private int busy;
    private boolean pollInFlight;
    private Notice notice;
    private int nextSaleNumber = 1;

    /**
     * @param ui runs the outcome of remote calls on the UI thread: {@code SwingUtilities::invokeLater}
     */
    SalesModel(Connector connector, Executor ui) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.calls = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "checkout-calls");
            thread.setDaemon(true);
            return thread;
        });
        this.current = newSale(null);
        this.notice = Notice.info("Connecting to the checkout server at " + connector.address() + "…");
    }

    void addListener(Listener listener) {
        listeners.add(listener);
    }

    // ---------------------------------------------------------------- what the screen shows

    String address() {
        return connector.address();
    }

    Connection connection() {
        return connection;
    }

    /** The products on sale, or null while never connected. */
    Catalog catalog() {
        return catalog;
    }

    Sale current() {
        return current;
    }

    List<Sale> parked() {
        return List.copyOf(parked);
    }

    /** True while a call the clerk asked for is in flight (polls do not count). */
    boolean isBusy() {
        return busy > 0;
    }

    Notice notice() {
        return notice;
    }

    // ---------------------------------------------------------------- what the clerk does

    /** Connects and loads the catalog; the window is usable (and says so) whether or not it works. */
    void start() {
        submit(false, false, service -> null, ignored -> { }, this::refused);
    }

    /** Reconnects, reloads the catalog and re-reads the current sale: after the server was away. */
    void retry() {
        connection = Connection.CONNECTING;
        notice = Notice.info("Connecting to the checkout server at " + address() + "…");
        Sale sale = current;
        submit(false, true, service -> sale.basket == null ? null : service.receipt(sale.basket),
                receipt -> {
                    if (receipt != null) {
                        apply(sale, receipt);
                    }
                }, e -> refused(sale, e));
    }

    /**
     * Adds what the scan field holds ({@code PEN}, {@code 3*PEN}).
     *
     * @return false when the text is not a scan (the notice says why), true when the add was sent
     */
    boolean scan(String text) {
        ScanInput input;
        try {
            input = ScanInput.parse(text);
        } catch (ScanInput.InvalidScanException e) {
            show(Notice.error(e.getMessage()));
            return false;
        }
        add(input.code(), input.quantity());
        return true;
    }

    /** Shows a problem the screen found before anything was sent, e.g. a quantity out of range. */
    void showProblem(String message) {
        show(Notice.error(message));
    }

    /** Adds {@code quantity} units of a product to the current sale, creating its basket if needed. */
    void add(String code, int quantity) {
        Sale sale = current;
        OperationId operation = OperationId.random();
        submit(false, false, service -> service.addProduct(basketOf(sale, service), code, quantity, operation),
                receipt -> {
                    sale.lastScanned = code;
                    apply(sale, receipt);
                    notice = Notice.info("Added " + quantity + " × " + nameOf(code, receipt));
                }, e -> refused(sale, e));
    }

    /** Takes one unit of a product out of the current sale (a void). */
    void voidOne(String code) {
        Sale sale = current;
        if (code == null || sale.basket == null || sale.isEmpty()) {
            show(Notice.error("Nothing to void: select a line of the receipt first"));
            return;
        }
        OperationId operation = OperationId.random();
        submit(false, false, service -> service.removeProduct(sale.basket, code, 1, operation),
                receipt -> {
                    String name = nameOf(code, sale.receipt);
                    apply(sale, receipt);
                    notice = Notice.info("Voided 1 × " + name);
                }, e -> refused(sale, e));
    }

    /** Voids one unit of the product last scanned in this sale. */
    void voidLastScanned() {
        if (current.lastScanned == null) {
            show(Notice.error("Nothing scanned in this sale yet"));
            return;
        }
        voidOne(current.lastScanned);
    }

    /**
     * Starts the next customer's sale. The finished one stays on the server (there is no payment
     * step yet), where a customer display may still show it, until the server expires it.
     */
    void newSale() {
        current = newSale(null);
        show(Notice.info("New sale " + current.number + ": scan the first item"));
    }

    /** Sets the current sale aside, to be resumed later, and starts a new one. */
    void park() {
        if (current.isEmpty()) {
            show(Notice.error("Nothing to park: this sale is empty"));
            return;
        }
        Sale sale = current;
        parked.add(sale);
        current = newSale(null);
        show(Notice.info("Parked sale " + sale.number + " (F4 resumes it). New sale " + current.number));
    }

    /** Resumes the parked sale waiting longest. */
    void resumeOldest() {
        if (parked.isEmpty()) {
            show(Notice.error("No parked sales to resume"));
            return;
        }
        resume(parked.get(0));
    }

    /** Makes a parked sale current again, parking the current one if it has items. */
    void resume(Sale sale) {
        if (!parked.remove(sale)) {
            return;
        }
        if (!current.isEmpty()) {
            parked.add(current);
        }
        current = sale;
        notice = Notice.info("Resumed sale " + sale.number);
        submit(false, false, service -> service.receipt(sale.basket), receipt -> apply(sale, receipt),
                e -> refused(sale, e));
    }

    /** Cancels the current sale: its basket is removed from the server. The caller confirms first. */
    void cancel() {
        Sale sale = current;
        current = newSale(null);
        notice = Notice.info("Sale " + sale.number + " cancelled. New sale " + current.number);
        if (sale.basket == null && sale.isEmpty()) {
            changed();
            return;
        }
        submit(false, false, service -> {
            if (sale.basket != null) {
                service.removeBasket(sale.basket);
            }
            return null;
        }, ignored -> { }, e -> {
            if (!(e instanceof BasketNotFoundException)) {
                notice = Notice.error("Could not cancel sale " + sale.number + ": " + e.getMessage());
            }
        });
    }

    /**
     * Shows a basket by its id, as a second terminal or a customer display would; the window then
     * follows changes others make to it.
     */
    void open(String basketIdText) {
        BasketId basket;
        try {
            basket = BasketId.parse(basketIdText == null ? "" : basketIdText);
        } catch (IllegalArgumentException e) {
            show(Notice.error(e.getMessage()));
            return;
        }
        for (Sale sale : List.copyOf(parked)) {
            if (basket.equals(sale.basket)) {
                resume(sale);
                return;
            }
        }
        if (!current.isEmpty()) {
            parked.add(current);
        }
        Sale sale = newSale(basket);
        current = sale;
        notice = Notice.info("Opening basket " + basket + "…");
        submit(false, false, service -> service.receipt(basket), receipt -> {
            apply(sale, receipt);
            notice = Notice.info("Showing basket " + basket + " as sale " + sale.number);
        }, e -> refused(sale, e));
    }

    /**
     * Re-reads the current sale so that changes made elsewhere show up; the window calls this
     * every half second. Does nothing while other calls are in flight, the server is unreachable,
     * or the sale has no basket yet.
     */
    void poll() {
        Sale sale = current;
        if (pollInFlight || busy > 0 || connection != Connection.CONNECTED || sale.basket == null) {
            return;
        }
        submit(true, false, service -> service.receipt(sale.basket), receipt -> apply(sale, receipt),
                e -> refused(sale, e));
    }

    /** Stops the call thread; calls in flight are abandoned. */
    void close() {
        calls.shutdownNow();
    }

    // ---------------------------------------------------------------- outcomes, on the UI thread

    private void apply(Sale sale, Receipt receipt) {
        // Calls complete in order, but a poll and an add can still cross: keep the later state.
        if (sale.receipt == null || receipt.version() >= sale.receipt.version()) {
            sale.receipt = receipt;
        }
    }

    private void refused(CheckoutException e) {
        refused(current, e);
    }

    private void refused(Sale sale, CheckoutException e) {
        if (e instanceof UnknownProductException) {
            String code = ((UnknownProductException) e).productCode();
            notice = Notice.error("Unknown product '" + code + "': check the code and scan again");
        } else if (e instanceof BasketNotFoundException) {
            gone(sale, (BasketNotFoundException) e);
        } else {
            notice = Notice.error(e.getMessage());
        }
    }

    /**
     * The sale's basket is no longer on the server: restarted, cancelled elsewhere, or expired.
     * Messages stay short enough for one line of the window.
     */
    private void gone(Sale sale, BasketNotFoundException e) {
        boolean wasParked = parked.remove(sale);
        String what = (wasParked ? "Parked sale " : "Sale ") + sale.number;
        String why = e.reason() == BasketNotFoundException.Reason.EXPIRED
                ? what + " expired on the server after being left unused."
                : what + " is gone: the server restarted or another terminal closed it.";
        if (sale == current) {
            current = newSale(null);
            notice = Notice.error(why + " Scan its items again.");
        } else {
            notice = Notice.error(why);
        }
    }

    private void unreachable(RemoteException e) {
        LOG.log(Level.FINE, "Call failed", e);
        connection = Connection.UNREACHABLE;
        notice = Notice.error("No answer from the checkout server at " + address() + ". Check that it runs, then "
                + RETRY_HINT + ".");
    }

    private void connected(Catalog newCatalog) {
        connection = Connection.CONNECTED;
        catalog = newCatalog;
        notice = Notice.info("Connected to the checkout server at " + address() + ". Ready to scan.");
    }

    private void show(Notice newNotice) {
        notice = newNotice;
        changed();
    }

    private void changed() {
        for (Listener listener : listeners) {
            listener.salesChanged();
        }
    }

    private Sale newSale(BasketId basket) {
        return new Sale(nextSaleNumber++, basket);
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

    // ---------------------------------------------------------------- the call thread

    /**
     * Runs {@code call} on the call thread, connecting first when there is no stub, then hands the
     * outcome to the UI thread: {@code done} with the result, {@code refused} with the server's
     * answer, or the connection goes UNREACHABLE. A quiet call (a poll) shows no busy indicator.
     */
    private <T> void submit(boolean quiet, boolean reconnect, RemoteCall<T> call, Consumer<T> done,
                            Consumer<CheckoutException> refused) {
        if (quiet) {
            pollInFlight = true;
        } else {
            busy++;
            changed();
        }
        calls.execute(() -> {
            Runnable outcome;
            try {
                if (reconnect) {
                    service = null;
                }
                T result = callWithService(call);
                outcome = () -> done.accept(result);
            } catch (CheckoutException e) {
                outcome = () -> refused.accept(e);
            } catch (RemoteException e) {
                service = null;
                outcome = () -> unreachable(e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Unexpected failure of a checkout call", e);
                outcome = () -> notice = Notice.error("Something went wrong: " + e);
            }
            Runnable then = outcome;
            ui.execute(() -> {
                if (quiet) {
                    pollInFlight = false;
                } else {
                    busy--;
                }
                then.run();
                changed();
            });
        });
    }

    private <T> T callWithService(RemoteCall<T> call) throws RemoteException, CheckoutException {
        CheckoutService stub = service;
        if (stub == null) {
            return call.call(connect());
        }
        try {
            return call.call(stub);
        } catch (NoSuchObjectException e) {
            // The server restarted on the same address: the old stub names an object that is gone,
            // and the call never ran. Look the service up again and run it once more.
            return call.call(connect());
        }
    }

    private CheckoutService connect() throws RemoteException {
        service = null;
        CheckoutService stub = connector.connect();
        Catalog newCatalog = stub.catalog();
        service = stub;
        ui.execute(() -> connected(newCatalog));
        return stub;
    }

    /** The sale's basket, created on the server with the first add. Call thread. */
    private static BasketId basketOf(Sale sale, CheckoutService service) throws RemoteException, CheckoutException {
        BasketId basket = sale.basket;
        if (basket == null) {
            basket = service.createBasket();
            sale.basket = basket;
        }
        return basket;
    }
}
