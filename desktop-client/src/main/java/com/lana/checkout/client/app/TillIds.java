package com.lana.checkout.client.app;

import com.lana.checkout.api.shift.TillId;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The till id a till goes by when {@code --till} does not say: its machine's name, cut to a till id. */
final class TillIds {

    /** The id of a till whose machine has no name a till id can be made of. */
    static final String FALLBACK = "TILL";

    private TillIds() {
    }

    /** This machine's host name, cut to a till id; {@value #FALLBACK} when it has none. */
    static String fromHostName() {
        try {
            return of(InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return FALLBACK;
        }
    }

    /**
     * {@code name} cut to a till id: up to its first dot ({@code till-3.shop.lan} is {@code till-3}),
     * only letters, digits, '-' and '_' kept, at most 16 of them; {@value #FALLBACK} when none is left.
     */
    static String of(String name) {
        String host = name == null ? "" : name.strip();
        int dot = host.indexOf('.');
        if (dot >= 0) {
            host = host.substring(0, dot);
        }
        String kept = host.replaceAll("[^A-Za-z0-9_-]", "");
        kept = kept.substring(0, Math.min(16, kept.length()));
        return kept.isEmpty() ? FALLBACK : TillId.require(kept);
    }
}
