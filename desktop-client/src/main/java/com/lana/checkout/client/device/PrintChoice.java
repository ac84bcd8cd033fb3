package com.lana.checkout.client.device;

import java.util.Objects;
import java.util.prefs.Preferences;

/** When each till prints, remembered in the user's preferences under the till's id. */
public final class PrintChoice {

    private final Preferences node;
    private final String till;

    /** @param node where choices are kept; {@code till} the id they are kept under */
    public PrintChoice(Preferences node, String till) {
        this.node = Objects.requireNonNull(node, "node");
        this.till = Objects.requireNonNull(till, "till");
    }

    /** This user's node for the till's choices. */
    public static Preferences userNode() {
        return Preferences.userRoot().node("com/lana/checkout/client/printing");
    }

    /** The till's choice; {@link PrintWhen#EVERY_SALE} until one is made, or when the kept one is unknown. */
    public PrintWhen get() {
        String kept = node.get(till, PrintWhen.EVERY_SALE.name());
        try {
            return PrintWhen.valueOf(kept);
        } catch (IllegalArgumentException e) {
            return PrintWhen.EVERY_SALE;
        }
    }

    public void set(PrintWhen when) {
        node.put(till, Objects.requireNonNull(when, "when").name());
    }
}
