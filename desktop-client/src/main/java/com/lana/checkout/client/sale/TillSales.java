package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The till's open sales: the current one, on screen, and the parked ones, waiting longest first.
 * Parked sales are remembered for the next session once the remembered ones were read back. Use on
 * the UI thread.
 */
final class TillSales {

    private final ParkedSalesMemory memory;
    private final KnownProducts known;
    private final List<OpenSale> parked = new ArrayList<>();
    private OpenSale current;
    private int nextSaleNumber = 1;
    private boolean recalled;

    TillSales(ParkedSalesMemory memory, KnownProducts known) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.known = Objects.requireNonNull(known, "known");
        current = newSale(null);
    }

    OpenSale current() {
        return current;
    }

    List<OpenSale> parked() {
        return List.copyOf(parked);
    }

    boolean isParked(OpenSale sale) {
        return parked.contains(sale);
    }

    /** The parked sale of that basket, if one is. */
    Optional<OpenSale> parkedWith(BasketId basket) {
        return parked.stream().filter(sale -> basket.equals(sale.basket())).findFirst();
    }

    /** An empty sale becomes the current one; the one before is dropped, not parked. */
    OpenSale startNew() {
        current = newSale(null);
        return current;
    }

    /** Parks the current sale and starts an empty one. */
    OpenSale parkCurrent() {
        parked.add(current);
        return startNew();
    }

    /** Makes a parked (or new) sale current, parking the current one if it has items. */
    void makeCurrent(OpenSale sale) {
        parked.remove(sale);
        if (!current.isEmpty()) {
            parked.add(current);
        }
        current = sale;
    }

    /** A sale for a basket made elsewhere becomes the current one, parking the current one if it has items. */
    OpenSale open(BasketId basket) {
        OpenSale sale = newSale(basket);
        makeCurrent(sale);
        return sale;
    }

    /** The sale is over: the next one starts if it was current, else it leaves the parked ones. */
    void ended(OpenSale sale) {
        if (sale == current) {
            current = newSale(null);
        } else {
            parked.remove(sale);
        }
    }

    /** A parked sale leaves the list. */
    void drop(OpenSale sale) {
        parked.remove(sale);
    }

    /** The parked sales of the last session, back in the list as sales to be re-read from the server. */
    List<OpenSale> recall() {
        List<OpenSale> back = new ArrayList<>();
        for (BasketId basket : memory.recall()) {
            back.add(newSale(basket));
        }
        parked.addAll(back);
        recalled = true;
        return back;
    }

    /** Writes the parked sales to the memory, once the last session's were read back. */
    void remember() {
        if (recalled) {
            memory.rememberParked(parked);
        }
    }

    /** Scans not confirmed by the server, in every sale. */
    int pendingScans() {
        return parked.stream().mapToInt(sale -> sale.pending().size()).sum() + current.pending().size();
    }

    /** Payments confirmed by the clerk that the server has not answered, in every sale. */
    int pendingPayments() {
        return (int) parked.stream().filter(OpenSale::isPaying).count() + (current.isPaying() ? 1 : 0);
    }

    /** Sales a quit would leave behind: the current one if it has items, and the parked ones. */
    int open() {
        return parked.size() + (current.isEmpty() ? 0 : 1);
    }

    private OpenSale newSale(BasketId basket) {
        return new OpenSale(nextSaleNumber++, basket, known);
    }
}
