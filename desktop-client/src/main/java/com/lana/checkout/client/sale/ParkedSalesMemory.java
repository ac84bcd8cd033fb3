package com.lana.checkout.client.sale;

import com.lana.checkout.api.BasketId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The baskets of the parked sales, kept in {@link Preferences} per server address, so that the
 * parked list survives a restart of the client. Only baskets are kept: their lines live on the server.
 */
public final class ParkedSalesMemory {

    private static final Logger LOG = Logger.getLogger(ParkedSalesMemory.class.getName());
    /** Preferences keys are at most 80 characters; an address longer than that is cut. */
    private static final int MAX_KEY = Preferences.MAX_KEY_LENGTH;

    private final Preferences node;
    private final String key;
    private List<BasketId> remembered;

    /** @param node where lists are kept; the application passes a node of the user's preferences */
    public ParkedSalesMemory(Preferences node, String address) {
        this.node = Objects.requireNonNull(node, "node");
        this.key = address.length() > MAX_KEY ? address.substring(0, MAX_KEY) : address;
    }

    /** The clerk's own memory, in the user's preferences (the node the till has always used). */
    static ParkedSalesMemory forUser(String address) {
        return new ParkedSalesMemory(Preferences.userRoot().node("com/lana/checkout/client/parked"), address);
    }

    /** The baskets remembered last, oldest parked first; ids that no longer parse are skipped. */
    List<BasketId> recall() {
        List<BasketId> baskets = new ArrayList<>();
        for (String id : node.get(key, "").split(" ")) {
            if (!id.isBlank()) {
                try {
                    baskets.add(BasketId.parse(id));
                } catch (IllegalArgumentException e) {
                    LOG.log(Level.FINE, "Skipping a remembered basket id that does not parse: " + id, e);
                }
            }
        }
        return baskets;
    }

    /** Keeps the baskets of these parked sales (those the server still has), when they changed. */
    void rememberParked(List<OpenSale> parked) {
        List<BasketId> baskets = new ArrayList<>();
        for (OpenSale sale : parked) {
            if (sale.basket() != null && !sale.isLost()) {
                baskets.add(sale.basket());
            }
        }
        if (!baskets.equals(remembered)) {
            remembered = List.copyOf(baskets);
            remember(remembered);
        }
    }

    private void remember(List<BasketId> baskets) {
        StringBuilder ids = new StringBuilder();
        for (BasketId basket : baskets) {
            if (ids.length() + 27 > Preferences.MAX_VALUE_LENGTH) {
                break;
            }
            ids.append(ids.length() == 0 ? "" : " ").append(basket);
        }
        if (ids.length() == 0) {
            node.remove(key);
        } else {
            node.put(key, ids.toString());
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(Level.FINE, "Parked sales not saved; the list holds until the window closes", e);
        }
    }
}
