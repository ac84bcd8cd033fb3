package com.lana.checkout.client.app;

import com.lana.checkout.api.shift.TillId;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;

/** The till id a till goes by when {@code --till} does not say: its machine's name, cut to a till id. */
final class TillIds {

    /** The id of a till whose machine has no name a till id can be made of. */
    static final String FALLBACK = "TILL";

    private TillIds() {
    }

    /**
     * The till this till is: {@code given} by {@code --till}, else the one its TLS certificate is for,
     * else this machine's name cut to a till id. A terminal whose certificate is for one till cannot be
     * another: the server would refuse every sign-in, so this refuses it first.
     *
     * @param certificateTill the till the {@code keyStore} certificate is for; empty without TLS or when it names none
     * @throws IllegalArgumentException saying why when {@code given} is no till id or not the certificate's
     */
    static String chosen(String given, Optional<String> certificateTill, Path keyStore) {
        if (given == null) {
            return certificateTill.orElseGet(TillIds::fromHostName);
        }
        TillId.require(given);
        if (certificateTill.isPresent() && !certificateTill.get().equals(given)) {
            throw new IllegalArgumentException("this terminal's certificate (" + keyStore + ") is for till "
                    + certificateTill.get() + ", not " + given + ": give --till " + certificateTill.get()
                    + " or the --keystore of till " + given);
        }
        return given;
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
