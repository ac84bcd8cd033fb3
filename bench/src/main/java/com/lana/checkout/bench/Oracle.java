package com.lana.checkout.bench;

import com.lana.checkout.api.BasketId;
import com.lana.checkout.api.Catalog;
import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.Money;
import com.lana.checkout.server.pricing.BasketLines;
import com.lana.checkout.server.catalog.PriceList;
import com.lana.checkout.server.pricing.Pricing;

import java.rmi.RemoteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a basket must cost, worked out in this JVM with the server's own pricing on the catalog the
 * server reports: the expected side of every check after a run. It shares no state, lock or
 * transport with the server under load, so a lost update there cannot hide here.
 */
public final class Oracle {

    /** Where the catalog comes from, asked once, at the first total. */
    @FunctionalInterface
    public interface Source {
        Catalog catalog() throws RemoteException;
    }

    private final Source source;
    private PriceList prices;

    public Oracle(Catalog catalog) {
        this.source = () -> catalog;
    }

    /**
     * An oracle of the catalog {@code source} answers, asked for it at the first total, after the
     * timed calls: a catalog of 100,000 products is then not read (nor indexed) before them.
     */
    public Oracle(Source source) {
        this.source = source;
    }

    private synchronized PriceList prices() throws RemoteException {
        if (prices == null) {
            prices = PriceList.of(source.catalog());
        }
        return prices;
    }

    /** The total of a basket holding these quantities (product code → units). */
    public Money total(Map<String, Long> quantities) throws CheckoutException, RemoteException {
        PriceList prices = prices();
        List<BasketLines.Line> lines = new ArrayList<>();
        for (Map.Entry<String, Long> entry : quantities.entrySet()) {
            String code = entry.getKey();
            if (prices.line(code).isEmpty()) {
                throw new IllegalArgumentException("The server's catalog has no product " + code);
            }
            if (entry.getValue() > 0) {
                lines.add(new BasketLines.Line(code, Math.toIntExact(entry.getValue())));
            }
        }
        return Pricing.receipt(prices, new BasketLines(new BasketId(0, 0), 0, lines)).total();
    }

    /** The total of {@code units} units of one product. */
    public Money total(String code, long units) throws CheckoutException, RemoteException {
        return total(Map.of(code, units));
    }
}
