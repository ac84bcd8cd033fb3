package com.lana.checkout.client.sale;

import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.Sale;
import com.lana.checkout.client.link.ServerLink;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the sales screen shows, taken from the {@link Till} at one moment ({@link #of}): the window renders
 * one of these at a time and reads nothing else of the till. Immutable.
 *
 * @param current the sale being served
 * @param parked the parked sales, oldest first
 * @param favourites the favourites catalog: the product buttons ({@link Catalog#favouriteProducts()}), or
 *     null while never connected
 * @param pendingProducts what the till knows of the products of the current sale's pending scans,
 *     by the code scanned; a code it does not know is not in it
 * @param connection what the calls find of the server
 * @param server the server named in the status bar: the one the calls go to when connected, else all of them
 * @param waitingSeconds how long the oldest call has waited, once worth saying; else 0
 * @param pendingScans scans not confirmed by the server, in every sale
 * @param pendingPayments payments not confirmed by the server, in every sale
 * @param busy whether a call the clerk asked for is in flight
 * @param justCompleted the sale just completed, shown until the next scan, or null
 * @param notice the message under the scan field, or null
 * @param toCorrect the clerk's latest scan when the server refused it and nothing was done since, for
 *     the scan field to offer again; else null
 */
public record TillView(SaleView current, List<SaleView> parked, Catalog favourites,
                       Map<String, KnownProduct> pendingProducts, ServerLink.State connection, String server,
                       long waitingSeconds, int pendingScans, int pendingPayments, boolean busy, Sale justCompleted,
                       Notice notice, PendingScan toCorrect) {

    public TillView {
        Objects.requireNonNull(current, "current");
        parked = List.copyOf(parked);
        pendingProducts = Map.copyOf(pendingProducts);
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(server, "server");
    }

    /** What the screen shows of {@code till}, now. On the UI thread, as every call to the till. */
    public static TillView of(Till till) {
        ServerLink.State state = till.connection();
        SaleView current = till.current().view();
        Map<String, KnownProduct> pendingProducts = new HashMap<>();
        for (PendingScan scan : current.pending()) {
            till.known(scan.code()).ifPresent(product -> pendingProducts.put(scan.code(), product));
        }
        return new TillView(current, till.parked().stream().map(OpenSale::view).toList(), till.favourites(),
                pendingProducts, state, state == ServerLink.State.CONNECTED ? till.server() : till.address(),
                till.waitingSeconds(), till.pendingScans(), till.pendingPayments(), till.isBusy(), till.justCompleted(),
                till.notice(), till.toCorrect());
    }
}
