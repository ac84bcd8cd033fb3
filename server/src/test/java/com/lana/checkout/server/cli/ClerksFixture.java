package com.lana.checkout.server.cli;

import com.lana.checkout.api.staff.Clerk;
import com.lana.checkout.server.security.ClerkAuthenticator;
import com.lana.checkout.server.security.Pepper;
import com.lana.checkout.server.security.PinHasher;
import com.lana.checkout.server.store.CheckoutStore;
import com.lana.checkout.server.store.kinds.CheckoutStores;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** Signing in against a store as a server will, to check what the {@code clerks} commands stored. */
final class ClerksFixture {

    private ClerksFixture() {
    }

    static Clerk signIn(String store, String pepperFile, String name, String pin) throws Exception {
        try (CheckoutStore opened = CheckoutStores.open(store)) {
            PinHasher hasher = new PinHasher(Pepper.load(Map.of(), Path.of(pepperFile)));
            return new ClerkAuthenticator(opened.clerks(), hasher, Clock.systemUTC()).authenticate(name, pin.toCharArray());
        }
    }
}
