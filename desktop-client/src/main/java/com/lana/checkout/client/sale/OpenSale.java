package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.OperationId;
import com.lana.checkout.api.Receipt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One customer's sale as this window knows it: the basket on the server, the last receipt the
 * server sent, and the scans it has not confirmed yet. When the server loses the basket (a restart
 * of a server that keeps baskets in memory) the sale keeps its lines, so it can be re-created.
 * Its receipts teach the till's {@link KnownProducts}, which tell it in turn which line a scanned
 * barcode is on. Use on the UI thread.
 */
public final class OpenSale {

    /** This window's count of sales, for the name of a sale without a basket. */
    private final int number;
    private final KnownProducts known;
    private final PendingScans pending = new PendingScans();
    private final Set<String> largeLinesAccepted = new HashSet<>();
    private BasketId basket;
    private Receipt receipt;
    private boolean lost;
    /** From a re-create until every line is back on the server. */
    private boolean recreating;
    private String lastScanned;
    private int scanCount;
    private PendingPayment payment;
    private PendingPayment turnedDown;
    private PaymentDraft taken;
    private String endedElsewhere;

    OpenSale(int number, BasketId basket, KnownProducts known) {
        this.number = number;
        this.basket = basket;
        this.known = Objects.requireNonNull(known, "known");
    }

    /**
     * What the till calls the sale: its basket's short code ({@code 0XV-0KJ}), which every terminal
     * derives alike from the basket id; before the sale has a basket (no scan reached the server
     * yet, or it is being re-created on a new one), {@code #} and this window's count of sales ({@code #3}).
     */
    public String name() {
        return basket == null ? "#" + number : basket.shortCode();
    }

    /** The basket on the server; null until the first scan is sent, and while it is re-created. */
    public BasketId basket() {
        return basket;
    }

    /** The latest receipt the server sent, or null before the first one. */
    public Receipt receipt() {
        return receipt;
    }

    public PendingScans pending() {
        return pending;
    }

    /** The payment confirmed by the clerk and not answered by the server yet, or null. */
    public PendingPayment payment() {
        return payment;
    }

    /** True from the clerk's confirmation of a payment until the server answers it. */
    boolean isPaying() {
        return payment != null;
    }

    /** Keeps the payment on its way to the server, or the new state of it. */
    void paying(PendingPayment newPayment) {
        payment = Objects.requireNonNull(newPayment, "newPayment");
    }

    /** The server answered the payment: it is no longer on its way. */
    void paid() {
        payment = null;
    }

    /** The server turned the payment down; it is kept, so that the same payments sent again keep its id. */
    void paymentTurnedDown() {
        turnedDown = payment;
        payment = null;
    }

    /** The payment the server turned down last, or null. */
    PendingPayment turnedDown() {
        return turnedDown;
    }

    /**
     * The payments the clerk took in the payment dialog and did not send yet (the customer's cash
     * is in the drawer, a card was charged), kept with the sale while it is parked or the dialog is
     * closed; null when none.
     */
    public PaymentDraft taken() {
        return taken;
    }

    /** Keeps the payments taken so far; a draft without payments keeps none. */
    void keepTaken(PaymentDraft draft) {
        taken = draft == null || draft.payments().isEmpty() ? null : draft;
    }

    /** What another terminal did to end this sale ({@code was paid as S-000004 at another terminal}), or null. */
    String endedElsewhere() {
        return endedElsewhere;
    }

    /** Another terminal ended the sale: it can no longer be paid here. */
    void endElsewhere(String what) {
        endedElsewhere = Objects.requireNonNull(what, "what");
    }

    /** True when the sale can no longer be paid here: ended at another terminal, or not on the server. */
    boolean isGone() {
        return endedElsewhere != null || lost;
    }

    /** True when the server no longer has the basket; the lines shown are this window's memory of it. */
    public boolean isLost() {
        return lost;
    }

    /**
     * The product scanned last in this sale, or null: the code typed, until the server confirmed
     * the scan; then its line's code (a barcode's product, a price label's digits), when the till can tell.
     */
    public String lastScanned() {
        return lastScanned;
    }

    /** Counts scans, so that the screen can follow each one, even of the same product. */
    public int scanCount() {
        return scanCount;
    }

    /** No line on the server and none pending. */
    public boolean isEmpty() {
        return (receipt == null || receipt.isEmpty()) && pending.isEmpty();
    }

    /** Units on a basket line, confirmed and pending (scanned by code or by any barcode the till knows it by). */
    int unitsOf(String line) {
        int confirmed = 0;
        if (receipt != null) {
            for (Receipt.Line each : receipt.lines()) {
                if (each.code().equals(line)) {
                    confirmed = each.quantity();
                }
            }
        }
        return confirmed + pending.all().stream().filter(scan -> known.lineOf(scan.code()).equals(line))
                .mapToInt(PendingScan::quantity).sum();
    }

    /** Whether the clerk already said yes to a large line of what {@code code} adds. */
    boolean largeLineAccepted(String code) {
        return largeLinesAccepted.contains(known.lineOf(code));
    }

    void acceptLargeLine(String code) {
        largeLinesAccepted.add(known.lineOf(code));
    }

    /** Queues a scan to be sent, and remembers it as the last scanned. */
    PendingScan scanned(String code, int quantity) {
        lastScanned = code;
        scanCount++;
        return pending.enqueue(code, quantity);
    }

    /** The basket the first scan made. */
    void created(BasketId newBasket) {
        basket = newBasket;
    }

    /** Keeps a receipt from the server, unless a later one is already here (a poll and an add may cross). */
    void apply(Receipt newReceipt) {
        known.learn(newReceipt);
        if (receipt == null || !receipt.basket().equals(newReceipt.basket()) || newReceipt.version() >= receipt.version()) {
            receipt = newReceipt;
        }
        lost = false;
    }

    /**
     * A scan was confirmed by the server with this receipt.
     *
     * @return true when that completed a re-creation: every line is back on the server
     */
    boolean confirmed(OperationId operation, Receipt newReceipt) {
        Optional<PendingScan> scan = pending.find(operation);
        Receipt before = receipt;
        pending.confirm(operation);
        apply(newReceipt);
        scan.ifPresent(confirmed -> {
            String line = known.landed(confirmed, before, newReceipt);
            if (confirmed.code().equals(lastScanned)) {
                lastScanned = line;
            }
        });
        boolean recreated = recreating && pending.isEmpty();
        if (recreated) {
            recreating = false;
        }
        return recreated;
    }

    /** The server has no basket of this sale any more. */
    void markLost() {
        lost = true;
    }

    /**
     * Starts over on a new basket with the same lines: each line of the last receipt becomes a
     * pending scan (with a fresh operation id, so it is applied once), ahead of the scans still pending.
     *
     * @return the number of units that go back to the server
     */
    int recreate() {
        List<PendingScan> lines = new ArrayList<>();
        int units = 0;
        if (receipt != null) {
            for (Receipt.Line line : receipt.lines()) {
                for (int left = line.quantity(); left > 0; left -= CheckoutService.MAX_QUANTITY_PER_CALL) {
                    lines.add(PendingScan.of(line.code(), Math.min(left, CheckoutService.MAX_QUANTITY_PER_CALL)));
                }
                units += line.quantity();
            }
        }
        pending.enqueueFirst(lines);
        receipt = null;
        basket = null;
        lost = false;
        recreating = true;
        return units + pending.all().stream().skip(lines.size()).mapToInt(PendingScan::quantity).sum();
    }

    /** The sale as it is now, for the screen. */
    public SaleView view() {
        return new SaleView(number, name(), basket, receipt, pending.all(), payment, lost, lastScanned, scanCount,
                toString());
    }

    /** Whether {@code view} is of this sale. */
    boolean isShownBy(SaleView view) {
        return view.number() == number;
    }

    /**
     * How the parked-sales list shows it: {@code OpenSale 0XV-0KJ · 4 items · 32.50€}, the payments taken
     * ({@code 5.00€ taken}) and what is not confirmed.
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Sale ").append(name());
        if (receipt != null) {
            long units = receipt.units();
            text.append(" · ").append(units).append(units == 1 ? " item · " : " items · ").append(receipt.total());
        }
        if (!pending.isEmpty()) {
            text.append(" · ").append(pending.size()).append(" pending");
        }
        if (lost) {
            text.append(" · not on the server");
        }
        if (taken != null) {
            text.append(" · ").append(taken.paid()).append(" taken");
        }
        if (payment != null) {
            text.append(" · payment ").append(payment.state() == PendingPayment.State.SENDING ? "sending" : "waiting");
        }
        return text.toString();
    }
}
