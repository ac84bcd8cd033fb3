package com.lana.checkout.server.service;

import com.lana.checkout.api.CheckoutException;
import com.lana.checkout.api.CheckoutService;
import com.lana.checkout.api.InvalidRequestException;
import com.lana.checkout.api.ServerStoppingException;
import com.lana.checkout.api.staff.Till;
import com.lana.checkout.server.store.ClerkStore;

import java.rmi.RemoteException;
import java.util.Objects;

/**
 * What the service does about clerks: signs them in through the {@link Sessions} it is given, and,
 * once the store has clerks, refuses the bare calls that change money or a sale ({@link #clerks}).
 */
abstract class SignInGate implements CheckoutService {

    /** Asked by each bare call that changes money or a sale. */
    final ClerkPresence clerks;
    private volatile Sessions sessions;

    SignInGate(ClerkStore clerks) {
        this.clerks = new ClerkPresence(clerks);
    }

    /** Refuses the call when the server is stopping. */
    abstract void checkRunning() throws ServerStoppingException;

    /** Signs a clerk in through the {@link Sessions} given to {@link #takeSignIns}; without them refuses. */
    @Override
    public Till signIn(String till, String clerk, String pin) throws CheckoutException, RemoteException {
        checkRunning();
        Sessions taking = sessions;
        if (taking == null) {
            throw new InvalidRequestException("This server does not take sign-ins");
        }
        return taking.signIn(till, clerk, pin);
    }

    /** From now on {@link #signIn} signs clerks in through {@code sessions}. */
    public void takeSignIns(Sessions sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }
}
